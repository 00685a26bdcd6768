package com.arworkbench.ingest;

import com.arworkbench.model.Customer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Watches customer IDs and names as rows are read: two IDs that share a name stay two customers, and
 * one ID written with two names stays one, but both are worth a look, so they are listed as warnings.
 * Memory grows with customers, not rows; a row whose ID was seen with the same name costs one lookup.
 */
final class CustomerIdentities {

    /** Examples named per kind of warning; the rest are counted. */
    private static final int EXAMPLES = 5;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Each ID with the name it was first seen with, as written. */
    private final Map<String, String> nameOfId = new HashMap<>();
    private static final int SEEN_LIMIT = 100_000;
    private final Set<Customer> seenInstances = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Each name (folded) with the first ID seen with it. */
    private final Map<String, String> idOfName = new HashMap<>();
    private final Set<String> reportedIds = new HashSet<>();
    private final Set<String> reportedNames = new HashSet<>();
    private final List<String> sharedNames = new ArrayList<>();
    private final List<String> renamedIds = new ArrayList<>();

    void see(Customer c) {
        if (c == null || c.id() == null || c.name() == null) {
            return;
        }
        // The readers hand one instance per customer: an instance seen before has nothing new to say.
        if (seenInstances.size() < SEEN_LIMIT ? !seenInstances.add(c) : seenInstances.contains(c)) {
            return;
        }
        String known = nameOfId.get(c.id());
        if (known != null && known.equals(c.name())) {
            return; // the common case: a customer seen before, named as before
        }
        if (known == null) {
            nameOfId.put(c.id(), c.name());
            String folded = fold(c.name());
            String otherId = idOfName.putIfAbsent(folded, c.id());
            if (otherId != null && !otherId.equals(c.id()) && reportedNames.add(folded) && sharedNames.size() < EXAMPLES) {
                sharedNames.add("'" + c.name().strip() + "' (" + otherId + " and " + c.id() + ")");
            }
        } else if (!fold(known).equals(fold(c.name())) && reportedIds.add(c.id()) && renamedIds.size() < EXAMPLES) {
            renamedIds.add(c.id() + " ('" + known.strip() + "' and '" + c.name().strip() + "')");
        }
    }

    List<String> warnings() {
        List<String> out = new ArrayList<>();
        if (!reportedNames.isEmpty()) {
            out.add("Same name, different IDs: " + reportedNames.size() + " name(s) carried by more than one customer ID, "
                    + "kept as separate customers: " + examples(sharedNames, reportedNames.size()) + ".");
        }
        if (!reportedIds.isEmpty()) {
            out.add("Same ID, different names: " + reportedIds.size() + " customer ID(s) written with more than one name, "
                    + "kept as one customer: " + examples(renamedIds, reportedIds.size()) + ".");
        }
        return out;
    }

    private static String examples(List<String> all, int count) {
        return String.join(", ", all) + (count > all.size() ? ", …" : "");
    }

    private static String fold(String name) {
        return SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
