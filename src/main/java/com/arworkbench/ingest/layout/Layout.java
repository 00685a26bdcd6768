package com.arworkbench.ingest.layout;

import com.arworkbench.ingest.AmbiguousMappingException;
import com.arworkbench.ingest.table.SniffResult;
import com.arworkbench.ingest.values.DateOrder;
import com.arworkbench.ingest.values.NumberStyle;
import java.util.List;
import java.util.Map;

/**
 * Everything learned about a file before converting its rows: where the header is, which profile
 * matched, and how each column writes dates and numbers (decided from all of the column's values).
 *
 * @param profile      the matched or forced profile; null for a user's own mapping
 * @param profileLabel what to call it on the About sheet
 * @param profileHow   "detected", "forced", "inferred", "saved mapping" or "custom mapping"
 * @param evidence     for each mapped column, why it got its field and how sure that is
 * @param baseCurrency the currency of rows without one (no currency column, or a blank cell); null if not given
 * @param sampleCurrencies the codes in the currency column among the rows read before deciding the layout
 * @param uncertain    required fields more than one column could fill; reading refuses to guess, inspecting shows them
 */
public record Layout(SniffResult sniff, ErpProfile profile, String profileLabel, String profileHow, long headerRow,
                     ColumnMapping mapping, Map<Field, DateOrder> dateOrders, String dateOrderReason,
                     NumberStyle numberStyle, String numberStyleReason, List<String> warnings,
                     List<ColumnEvidence> evidence, String baseCurrency, java.util.Set<String> sampleCurrencies,
                     List<AmbiguousMappingException.Choice> uncertain) {

    /** Where the file's currency comes from, for the About sheet. */
    public String currencySource() {
        if (mapping.has(Field.CURRENCY)) {
            return "the file's column '" + mapping.header(mapping.index(Field.CURRENCY)) + "'"
                    + (baseCurrency != null ? "; rows with it blank are " + baseCurrency : "");
        }
        return baseCurrency != null ? baseCurrency + ", the base currency given for this run (the file has no currency column)"
                : "the file has no currency column and no base currency was given (--currency): amounts are in one unnamed "
                  + "currency, or in the one written beside each amount";
    }

    /** This layout with another base currency: the currency a file without a currency column takes. */
    public Layout withBaseCurrency(String currency) {
        return new Layout(sniff, profile, profileLabel, profileHow, headerRow, mapping, dateOrders, dateOrderReason,
                numberStyle, numberStyleReason, warnings, evidence, currency, sampleCurrencies, uncertain);
    }

    /**
     * The currencies the file names: the base currency when the file has no currency column, else the
     * values of its currency column among the first rows. Empty when neither says.
     */
    public java.util.Set<String> namedCurrencies() {
        if (!mapping.has(Field.CURRENCY)) {
            return baseCurrency == null ? java.util.Set.of() : java.util.Set.of(baseCurrency);
        }
        return sampleCurrencies;
    }

    /** How sure the reading of a column is, or null if it is not used. */
    public ColumnEvidence evidence(int column) {
        for (ColumnEvidence e : evidence) {
            if (e.column() == column) {
                return e;
            }
        }
        return null;
    }

    public String profileId() {
        return profile == null ? "custom" : profile.id();
    }

    public DateOrder dateOrder(Field field) {
        return dateOrders.getOrDefault(field, DateOrder.MONTH_FIRST);
    }
}
