package com.arworkbench.ingest.bank;

/** Text as banks write it, shared by the payment readers. */
final class BankText {

    private BankText() {
    }

    /** Banks pad names and remittance lines with runs of spaces and break them over lines: one space each. */
    static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
