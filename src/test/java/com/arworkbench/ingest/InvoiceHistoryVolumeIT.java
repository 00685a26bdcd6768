package com.arworkbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.arworkbench.model.InvoiceRecord;
import com.arworkbench.model.RejectedRow;
import java.io.BufferedWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 200,000-row invoice history read as a stream (the load layer: {@link InvoiceHistoryFileTest} has the rest). */
class InvoiceHistoryVolumeIT {

    @Test
    void streamsManyRowsWithoutHoldingThem(@TempDir Path tmp) throws Exception {
        Path big = tmp.resolve("big.csv");
        int rows = 200_000;
        try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write("Customer,Invoice Number,Invoice Date,Due Date,Amount,Paid Date\n");
            LocalDate d = LocalDate.of(2024, 1, 1);
            for (int i = 0; i < rows; i++) {
                LocalDate doc = d.plusDays(i % 700);
                out.write("Customer " + (i % 500) + ",INV" + i + "," + doc + "," + doc.plusDays(30) + "," + (i % 9000) + ".25,"
                        + (i % 3 == 0 ? "" : doc.plusDays(35).toString()) + "\n");
            }
        }
        long[] count = {0};
        BigDecimal[] sum = {BigDecimal.ZERO};
        IngestSummary s = InvoiceHistoryFile.open(big, "big.csv").read(new HistorySink() {
            @Override
            public void record(InvoiceRecord record) {
                count[0]++;
                sum[0] = sum[0].add(record.amount());
            }

            @Override
            public void notUsed(RejectedRow row) {
                throw new AssertionError(row.toString());
            }
        });
        assertEquals(rows, count[0]);
        assertEquals(rows + 1, s.rowsRead());
        assertEquals(rows - rows / 3 - 1, s.note(InvoiceHistoryFile.SETTLED));
    }
}
