package com.arworkbench.recon;

/** Ledgers are compared per entity and currency: amounts of different currencies are never added. */
public record LedgerKey(String entity, String currency) implements Comparable<LedgerKey> {

    @Override
    public int compareTo(LedgerKey o) {
        int c = entity.compareTo(o.entity);
        return c != 0 ? c : currency.compareTo(o.currency);
    }

    public String label() {
        return (entity.isEmpty() ? "" : entity + " ") + (currency.isEmpty() ? "" : currency);
    }
}
