package com.arworkbench.dunning;

import com.arworkbench.model.Customer;
import com.arworkbench.model.CustomerProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The customer master, looked up by customer ID, falling back to the exact name (ignoring case and spaces). */
public final class CustomerDirectory {

    private final Map<String, CustomerProfile> byId = new HashMap<>();
    private final Map<String, CustomerProfile> byName = new HashMap<>();

    public CustomerDirectory(List<CustomerProfile> profiles) {
        for (CustomerProfile p : profiles) {
            if (p.customer().id() != null) {
                byId.putIfAbsent(p.customer().id().strip(), p);
            }
            if (p.customer().name() != null) {
                byName.putIfAbsent(fold(p.customer().name()), p);
            }
        }
    }

    public static CustomerDirectory empty() {
        return new CustomerDirectory(List.of());
    }

    public CustomerProfile find(Customer c) {
        CustomerProfile p = c.id() == null ? null : byId.get(c.id().strip());
        if (p == null && c.name() != null) {
            p = byName.get(fold(c.name()));
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
