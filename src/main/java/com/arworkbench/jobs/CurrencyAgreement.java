package com.arworkbench.jobs;

import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.layout.Field;
import com.arworkbench.ingest.layout.Layout;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One currency for the files of a job (issue 11): a file without a currency column takes the user's
 * base currency, else the single currency the other files name. Files that disagree stop the job with
 * a message: a history in one currency and open items in another would otherwise split the KPIs into
 * two ledgers that each lack half their data.
 */
final class CurrencyAgreement {

    /** A file of the job, by what the user would call it. */
    record Named(String what, String fileName, Layout layout) {
        boolean hasCurrencyColumn() {
            return layout.mapping().has(Field.CURRENCY);
        }
    }

    private CurrencyAgreement() {
    }

    /**
     * @param userBase the user's --currency (or the page's field); null when not given
     * @return the currency for files without a currency column; null when nothing names one
     * @throws UnreadableFileException when files name currencies that do not overlap, or a file without a
     *                                 currency column sits beside files in several currencies
     */
    static String decide(String userBase, List<Named> files) throws UnreadableFileException {
        List<Named> with = new ArrayList<>();
        List<Named> without = new ArrayList<>();
        for (Named f : files) {
            (f.hasCurrencyColumn() ? with : without).add(f);
        }
        for (int i = 0; i < with.size(); i++) {
            for (int j = i + 1; j < with.size(); j++) {
                Set<String> a = with.get(i).layout().namedCurrencies();
                Set<String> b = with.get(j).layout().namedCurrencies();
                if (!a.isEmpty() && !b.isEmpty() && Collections.disjoint(a, b)) {
                    throw new UnreadableFileException("The " + with.get(i).what() + " " + with.get(i).fileName() + " is in "
                            + String.join(", ", a) + ", the " + with.get(j).what() + " " + with.get(j).fileName() + " in "
                            + String.join(", ", b) + ": they share no currency, so they look like different companies or "
                            + "ledgers. Check that both files are exports of the same ledger.");
                }
            }
        }
        if (userBase != null || without.isEmpty()) {
            return userBase;
        }
        Set<String> named = new TreeSet<>();
        with.forEach(f -> named.addAll(f.layout().namedCurrencies()));
        if (named.size() > 1) {
            Named f = without.get(0);
            throw new UnreadableFileException("The " + f.what() + " " + f.fileName() + " has no currency column and the other "
                    + "files hold " + String.join(", ", named) + ": say which currency its amounts are in with --currency "
                    + "(on the page, the Currency field).");
        }
        return named.isEmpty() ? null : named.iterator().next();
    }

    /** Where a file's currency comes from, for its line on About. */
    static String source(Layout layout, String userBase) {
        if (layout.mapping().has(Field.CURRENCY) || layout.baseCurrency() == null) {
            return layout.currencySource();
        }
        return layout.baseCurrency() + (userBase != null ? ", the base currency given for this run"
                : ", the currency of the other files of this run") + " (the file has no currency column)";
    }
}
