package com.arworkbench.workbook.recon;

import com.arworkbench.model.DocumentType;
import com.arworkbench.recon.LedgerKey;
import com.arworkbench.recon.MatchStatus;
import com.arworkbench.recon.ReconRecord;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Counts and sums of the records written to Recon Data: the cached values of the COUNTIFS / SUMIFS over it. */
final class ReconTally {

    private final Map<String, Long> bySource = new HashMap<>();
    private final Map<LedgerKey, Counts> byLedger = new HashMap<>();
    private final Map<String, BigDecimal> subledgerByCurrency = new TreeMap<>();

    /** What one entity and currency has on Recon Data. */
    static final class Counts {
        long subledger;
        long glInBalance;
        long payments;
        /** GL − subledger amounts of the records marked Matched. */
        BigDecimal matchedNet = BigDecimal.ZERO;
        private final Map<MatchStatus, Long> byStatus = new EnumMap<>(MatchStatus.class);

        long status(MatchStatus s) {
            return byStatus.getOrDefault(s, 0L);
        }
    }

    void add(ReconRecord r) {
        bySource.merge(r.source(), 1L, Long::sum);
        Counts c = byLedger.computeIfAbsent(new LedgerKey(r.entity(), r.currency()), x -> new Counts());
        boolean sl = ReconRecord.SUBLEDGER.equals(r.source());
        boolean gl = ReconRecord.GL.equals(r.source());
        if (sl) {
            c.subledger++;
            subledgerByCurrency.merge(r.currency(), r.amount(), BigDecimal::add);
            if (DocumentType.PAYMENT.label().equals(r.type())) {
                c.payments++;
            }
        }
        if (gl && r.status() != MatchStatus.AFTER_CUT_OFF) {
            c.glInBalance++;
        }
        c.byStatus.merge(r.status(), 1L, Long::sum);
        if (r.status() == MatchStatus.MATCHED && (sl || gl)) {
            c.matchedNet = sl ? c.matchedNet.subtract(r.amount()) : c.matchedNet.add(r.amount());
        }
    }

    /** Records of one source (Subledger, GL, Register, Prior period). */
    long count(String source) {
        return bySource.getOrDefault(source, 0L);
    }

    Counts counts(LedgerKey k) {
        return byLedger.getOrDefault(k, new Counts());
    }

    /** Subledger amounts of one currency, or of all when {@code currency} is null. */
    BigDecimal subledgerAmount(String currency) {
        return currency == null ? subledgerByCurrency.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                : subledgerByCurrency.getOrDefault(currency, BigDecimal.ZERO);
    }
}
