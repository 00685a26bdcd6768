package com.arworkbench.ingest.layout;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The header half of column inference: what the words of a header say a column is, for exports no
 * profile names ("Trx Number", "Amount Due Remaining", "Customer account", "Party's Name"). Scores:
 * 3 the header says it plainly, 2 probably, 1 only if the values agree, 0 no.
 */
final class HeaderWords {

    private static final Set<String> CUSTOMER = words("customer cust client debtor debitor party partner kunde kunden debiteur "
            + "klient co contact buyer payer sold soldto clientcode card schuldner");
    private static final Set<String> ID = words("id no nr num number code ref account acct nummer numero n key");
    /** One word that says "the customer's number": "Kundennr.", "Debitorennummer", "CustID". */
    private static final Set<String> CUSTOMER_NUMBER = words("kundennr kundennummer debitorennr debitorennummer custno "
            + "custid customerid clientid");
    private static final Set<String> NAME = words("name names kundenname nom raison");
    private static final Set<String> DOCUMENT = words("invoice inv document doc trx transaction bill beleg belegnummer "
            + "rechnung rechnungsnummer facture factura num");
    /** Ledger-internal numbers: used for the document number only when nothing better is there. */
    private static final Set<String> SECONDARY_DOCUMENT = words("voucher entry item reference ref record");
    private static final Set<String> DATE = words("date dt datum issued le belegdatum rechnungsdatum fakturadatum");
    private static final Set<String> DUE = words("due payable zahlbar fällig falligkeit fälligkeit nettofälligkeit échéance echeance "
            + "vencimiento scadenza expiry");
    private static final Set<String> POSTING = words("posting posted post gl buchung buchungsdatum");
    /** An amount that is still owed. */
    private static final Set<String> OPEN = words("balance bal remaining outstanding open residual due pending owing unpaid "
            + "offen offener offene restbetrag rest reste solde");
    /** Phrases that say "open" in one ERP's words: Dynamics GP's "Current Trx Amount" is what remains. */
    private static final Set<String> OPEN_PHRASES = Set.of("current trx amount", "current transaction amount");
    /** An amount as invoiced. */
    private static final Set<String> ORIGINAL = words("original orig amount amt total invoiced billed gross value "
            + "montant betrag importe ttc sales");
    /** Customer attributes that are neither the customer's ID nor its name: "Customer Group", "Customer LPO". */
    private static final Set<String> NOT_A_PARTY = words("group type class territory category lpo po segment");

    /** Words that say "as invoiced", never "still open". */
    private static final Set<String> ORIGINAL_ONLY = words("original orig invoiced billed gross");

    /** Amount-like columns that are neither the open nor the original amount. */
    private static final Set<String> OTHER_AMOUNT = words("paid credited tax vat fee fees discount received applied "
            + "allocated written limit payment payments deposit net interest charge charges");
    /** Counts of days, not money: "Days Past Due", "Age", "Overdue by days". */
    private static final Set<String> NOT_MONEY = words("days day age aging tage jours percent pct % period rate");
    /** The company's own currency: "LCY", "local currency", "Hauswährung", "functional", "base". */
    private static final Set<String> LOCAL = words("lcy local hauswährung hauswahrung functional hw");
    private static final Set<String> CURRENCY = words("currency cur curr ccy währung wahrung devise moneda valuta");
    private static final Set<String> TYPE = words("type art typ kind class");
    private static final Set<String> CLEARED = words("settled cleared clearing closed ausgleich ausgleichsdatum ausgeglichen");
    private static final Set<String> DISPUTE = words("dispute disputed disputes strittig reklamation litige");
    private static final Set<String> ENTITY = words("company entity subsidiary firma société");

    private HeaderWords() {
    }

    static int score(Field field, String folded) {
        if (folded.isEmpty()) {
            return 0;
        }
        List<String> tokens = tokens(folded);
        boolean customer = any(tokens, CUSTOMER);
        boolean id = any(tokens, ID);
        boolean name = any(tokens, NAME);
        boolean document = any(tokens, DOCUMENT);
        boolean date = any(tokens, DATE);
        boolean due = any(tokens, DUE);
        boolean notMoney = any(tokens, NOT_MONEY);
        return switch (field) {
            case CUSTOMER_ID -> customer && id && !name || any(tokens, CUSTOMER_NUMBER) ? 3
                    : customer && !name && !date && !any(tokens, NOT_A_PARTY) && tokens.size() > 1 ? 2
                    : folded.equals("account") || folded.equals("a c") || folded.equals("customer") || folded.equals("client")
                        || folded.equals("party") || folded.equals("kunde") || folded.equals("debtor")
                        || folded.equals("debitor") ? 1 : 0;
            case CUSTOMER_NAME -> name && !document && !any(tokens, words("file account")) || folded.equals("party s name") ? 3
                    : customer && !id && !date && !any(tokens, NOT_A_PARTY) ? (tokens.size() == 1 ? 2 : 1) : 0;
            case DOCUMENT_NUMBER -> customer || date || due || any(tokens, words("type amount amt")) ? 0
                    : document ? (id || tokens.size() == 1 ? 3 : 2)
                    : any(tokens, SECONDARY_DOCUMENT) ? 2 : 0;
            case DUE_DATE -> due && !notMoney && !any(tokens, OPEN_ONLY) && !any(tokens, words("amount amt")) ? 3 : 0;
            case DOCUMENT_DATE -> date && !due && !any(tokens, POSTING) && !any(tokens, CLEARED) && !any(tokens, words("paid"))
                    ? (document ? 3 : 2) : 0;
            case POSTING_DATE -> any(tokens, POSTING) && (date || tokens.size() == 1) ? 3 : 0;
            case CLEARING_DATE -> (any(tokens, CLEARED) || (any(tokens, words("paid")) && date)) ? 3 : 0;
            case OPEN_AMOUNT -> OPEN_PHRASES.contains(folded)
                    || any(tokens, OPEN) && !notMoney && !date && !any(tokens, OTHER_AMOUNT) && !any(tokens, LOCAL) ? 3 : 0;
            case LOCAL_AMOUNT -> any(tokens, LOCAL) && any(tokens, OPEN) && !any(tokens, ORIGINAL_ONLY) && !notMoney && !date ? 3 : 0;
            case ORIGINAL_AMOUNT -> any(tokens, ORIGINAL) && !notMoney && !date && !any(tokens, OPEN) && !OPEN_PHRASES.contains(folded)
                    && !any(tokens, OTHER_AMOUNT) ? 2 : 0;
            case CURRENCY -> any(tokens, CURRENCY) && !any(tokens, words("amount amt betrag")) ? 3 : 0;
            case DOCUMENT_TYPE -> any(tokens, TYPE) && !customer ? 2 : 0;
            case DISPUTE -> any(tokens, DISPUTE) ? 3 : 0;
            case ENTITY -> any(tokens, ENTITY) ? 1 : 0;
            default -> 0;
        };
    }

    /** A one-word header that names the customer as a party ("Debitor", "Kunde", "Client"), not an account. */
    static boolean namesParty(String folded) {
        return !folded.contains(" ") && CUSTOMER.contains(folded) && !folded.equals("account");
    }

    /** Words that make an amount column something other than the open or original amount: paid, tax, an aging bucket. */
    static boolean otherAmount(String folded) {
        List<String> tokens = tokens(folded);
        return any(tokens, OTHER_AMOUNT) || any(tokens, NOT_MONEY) || isBucket(folded);
    }

    /** An aging bucket's column: "Current", "0-30", "31 - 60 days", "91 and Over", "Over 120", "Older", "Period 1". */
    static boolean isBucket(String folded) {
        return BUCKET.matcher(folded).matches();
    }

    private static final java.util.regex.Pattern BUCKET = java.util.regex.Pattern.compile(
            "current|not due|future|older|\\d+( \\d+)?( days?)?( past due)?|(over|above|more than) \\d+( days?)?"
                    + "|\\d+ (and|or) (over|above|more|older)|\\d+ above|period \\d+|age \\d+( \\d+)?( d)?|\\d+ plus");

    static boolean saysOpen(String folded) {
        return score(Field.OPEN_AMOUNT, folded) == 3;
    }

    /** "Balance" alone says open; "due" needs a money word or nothing beside it, so "Due Date" stays a date. */
    private static final Set<String> OPEN_ONLY = words("balance remaining outstanding residual owing unpaid");

    /**
     * The header's words, with German compounds ending in a number word also read as their parts: "Belegnr." says
     * "Beleg" and "Nr", "Rechnungsnummer" "Rechnung" and "Nummer", so every stem the lists know works with every
     * ending, not only the compounds spelled out in them.
     */
    static List<String> tokens(String folded) {
        List<String> out = new java.util.ArrayList<>(Arrays.asList(folded.split(" ")));
        for (String t : List.copyOf(out)) {
            for (String ending : COMPOUND_ENDINGS) {
                if (t.length() >= ending.length() + 3 && t.endsWith(ending)) {
                    String stem = t.substring(0, t.length() - ending.length());
                    out.add(stem);
                    out.add(ending);
                    if (stem.endsWith("s")) {
                        out.add(stem.substring(0, stem.length() - 1)); // the linking s: "Rechnungsnr"
                    }
                    break;
                }
            }
        }
        return out;
    }

    private static final List<String> COMPOUND_ENDINGS = List.of("nummer", "nr");

    private static boolean any(List<String> tokens, Set<String> set) {
        for (String t : tokens) {
            if (set.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String s) {
        return new HashSet<>(Arrays.asList(s.split(" ")));
    }
}
