package com.arworkbench.dunning;

import com.arworkbench.model.Customer;
import com.arworkbench.model.CustomerProfile;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The customer master, looked up by customer ID first. The name (ignoring case and spaces) is a
 * fallback only where one side has no ID, and only when one master record carries that name: two
 * customers are never joined because they share a name.
 */
public final class CustomerDirectory {

    private final Map<String, CustomerProfile> byId = new HashMap<>();
    private final Map<String, CustomerProfile> byName = new HashMap<>();
    /** Names carried by master records with different IDs: no join by these names. */
    private final Set<String> sharedNames = new HashSet<>();

    public CustomerDirectory(List<CustomerProfile> profiles) {
        for (CustomerProfile p : profiles) {
            if (p.customer().id() != null) {
                byId.putIfAbsent(p.customer().id().strip(), p);
            }
            if (p.customer().name() != null) {
                String name = fold(p.customer().name());
                CustomerProfile before = byName.putIfAbsent(name, p);
                if (before != null && !java.util.Objects.equals(before.customer().id(), p.customer().id())) {
                    sharedNames.add(name);
                }
            }
        }
    }

    public static CustomerDirectory empty() {
        return new CustomerDirectory(List.of());
    }

    public CustomerProfile find(Customer c) {
        CustomerProfile p = c.id() == null ? null : byId.get(c.id().strip());
        if (p == null && c.name() != null && !sharedNames.contains(fold(c.name()))) {
            CustomerProfile named = byName.get(fold(c.name()));
            // By name only where one side has no ID: a master record with another ID is another customer.
            if (named != null && (c.id() == null || named.customer().id() == null)) {
                p = named;
            }
        }
        return p;
    }

    public boolean isEmpty() {
        return byId.isEmpty() && byName.isEmpty();
    }

    private static String fold(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
