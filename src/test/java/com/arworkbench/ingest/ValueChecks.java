package com.arworkbench.ingest;

import com.arworkbench.ingest.layout.ErpProfile;
import com.arworkbench.ingest.layout.ErpProfiles;
import com.arworkbench.ingest.values.AmountParser;
import com.arworkbench.ingest.values.CustomerText;
import com.arworkbench.ingest.values.DateOrder;
import com.arworkbench.ingest.values.DateParser;
import com.arworkbench.ingest.values.FlagText;
import com.arworkbench.ingest.values.NumberStyle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The contract of the single-value parsers: they never throw on any string, and an amount that parses
 * is an exact BigDecimal with a sane scale (never negative, never more decimals than the text has
 * characters) and a three-letter currency or none.
 */
final class ValueChecks {

    private static final List<ErpProfile> PROFILES = ErpProfiles.all();

    private ValueChecks() {
    }

    static void check(String text) {
        for (NumberStyle style : NumberStyle.values()) {
            Optional<AmountParser.Amount> amount = AmountParser.parse(text, style);
            if (amount.isPresent()) {
                BigDecimal value = amount.get().value();
                if (value == null || value.scale() < 0 || value.scale() > text.length()) {
                    throw new AssertionError("amount with scale " + (value == null ? "null" : value.scale())
                            + " from " + quoted(text) + " in " + style);
                }
                String currency = amount.get().currency();
                if (currency != null && currency.length() != 3) {
                    throw new AssertionError("currency " + currency + " from " + quoted(text));
                }
            }
            AmountParser.styleEvidence(text);
        }
        for (DateOrder order : DateOrder.values()) {
            Optional<LocalDate> date = DateParser.parse(text, order);
            if (date.isPresent() && date.get() == null) {
                throw new AssertionError("null date from " + quoted(text));
            }
        }
        DateParser.orderEvidence(text);
        CustomerText.parse(text);
        DocumentTypes.map(text, null);
        for (ErpProfile profile : PROFILES) {
            DocumentTypes.map(text, profile);
        }
        FlagText.meaning(text);
    }

    static String quoted(String text) {
        String shown = text.length() > 200 ? text.substring(0, 200) + "…(" + text.length() + " chars)" : text;
        StringBuilder sb = new StringBuilder("\"");
        shown.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && !Character.isLetterOrDigit(c))) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(Character.toChars(c));
            }
        });
        return sb.append('"').toString();
    }
}
