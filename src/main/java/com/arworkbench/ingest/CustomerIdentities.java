package com.arworkbench.ingest;

import com.arworkbench.model.Customer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Watches customer IDs and names as rows are read: two IDs that share a name stay two customers, and
 * one ID written with two names stays one, but both are worth a look, so they are listed as warnings.
 * Memory grows with customers, not rows.
 */
final class CustomerIdentities {

    /** Examples named per kind of warning; the rest are counted. */
    private static final int EXAMPLES = 5;

    private final Map<String, String> nameOfId = new HashMap<>();
    private final Map<String, String> idOfName = new HashMap<>();
    private final List<String> sharedNames = new ArrayList<>();
    private final List<String> renamedIds = new ArrayList<>();
    private long sharedNameCount;
    private long renamedIdCount;
    private Customer last;

    void see(Customer c) {
        if (c == null || c == last || c.id() == null || c.name() == null) {
            return;
        }
        last = c;
        String name = c.name().strip().replaceAll("\\s+", " ");
        String folded = name.toLowerCase(Locale.ROOT);
        String known = nameOfId.putIfAbsent(c.id(), name);
        if (known != null && !known.equalsIgnoreCase(name) && !known.startsWith("\u0000")) {
            renamedIdCount++;
            if (renamedIds.size() < EXAMPLES) {
                renamedIds.add(c.id() + " ('" + known + "' and '" + name + "')");
            }
            nameOfId.put(c.id(), "\u0000" + known); // reported once per ID
        }
        String otherId = idOfName.putIfAbsent(folded, c.id());
        if (otherId != null && !otherId.equals(c.id()) && !otherId.startsWith("\u0000")) {
            sharedNameCount++;
            if (sharedNames.size() < EXAMPLES) {
                sharedNames.add("'" + name + "' (" + otherId + " and " + c.id() + ")");
            }
            idOfName.put(folded, "\u0000" + otherId);
        }
    }

    List<String> warnings() {
        List<String> out = new ArrayList<>();
        if (sharedNameCount > 0) {
            out.add("Same name, different IDs: " + sharedNameCount + " name(s) carried by more than one customer ID, kept as "
                    + "separate customers: " + String.join(", ", sharedNames) + (sharedNameCount > EXAMPLES ? ", …" : "") + ".");
        }
        if (renamedIdCount > 0) {
            out.add("Same ID, different names: " + renamedIdCount + " customer ID(s) written with more than one name, kept as "
                    + "one customer: " + String.join(", ", renamedIds) + (renamedIdCount > EXAMPLES ? ", …" : "") + ".");
        }
        return out;
    }
}
