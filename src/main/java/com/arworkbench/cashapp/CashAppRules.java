package com.arworkbench.cashapp;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Everything the rules file sets: the matching tolerances, the deduction reason codes as the ERP knows them
 * (our code → the ERP's), the bank account and the GL (cash or clearing) account the ERP Import posts to, and
 * the unapplied-cash target as a percentage of open AR.
 *
 * @param reasonCodes    our deduction code → the ERP's reason code; a code not listed is reported as UNKNOWN's
 * @param bankAccount    the bank account when the payments file names none (null: none set)
 * @param glAccount      the GL account the receipts post to (null: none set; the ERP's default applies)
 * @param unappliedTargetPercent unapplied cash may be this % of open AR (1 means 1 %)
 */
public record CashAppRules(Tolerances tolerances, Map<String, String> reasonCodes, String bankAccount, String glAccount,
                           BigDecimal unappliedTargetPercent) {

    public static final String UNKNOWN = "UNKNOWN";
    /** What a payment processor kept of a payment (PayPal's fee): our cost, booked beside the invoice it settled. */
    public static final String PROCESSOR_FEE = "PROCESSOR_FEE";

    /** The deduction codes a user maps to the ERP's; the engine makes DISCOUNT and SHORT_PAY, advices the rest. */
    public static Map<String, String> standardReasonCodes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("DISCOUNT", "DISCOUNT");
        m.put("SHORT_PAY", "SHORT_PAY");
        m.put("FREIGHT", "FREIGHT");
        m.put("PRICING", "PRICING");
        m.put("DAMAGED", "DAMAGED");
        m.put(PROCESSOR_FEE, PROCESSOR_FEE);
        m.put(UNKNOWN, UNKNOWN);
        return m;
    }

    public static CashAppRules standard() {
        return new CashAppRules(Tolerances.standard(), standardReasonCodes(), null, null, BigDecimal.ONE);
    }

    public CashAppRules withUnappliedTarget(BigDecimal percent) {
        return percent == null ? this : new CashAppRules(tolerances, reasonCodes, bankAccount, glAccount, percent);
    }

    /** Our code as listed ("SHORT_PAY"), or UNKNOWN when the list does not have it (an advice's own "ADVICE"). */
    public String code(String ours) {
        String k = ours == null ? "" : ours.strip().toUpperCase(Locale.ROOT);
        return reasonCodes.containsKey(k) ? k : UNKNOWN;
    }

    /** The ERP's reason code for our code. */
    public String erpCode(String ours) {
        return reasonCodes.getOrDefault(code(ours), UNKNOWN);
    }
}
