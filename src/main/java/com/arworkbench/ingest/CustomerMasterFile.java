package com.arworkbench.ingest;

import com.arworkbench.ingest.layout.ColumnMapping;
import com.arworkbench.ingest.layout.Field;
import com.arworkbench.ingest.layout.Layout;
import com.arworkbench.ingest.layout.LayoutDetector;
import com.arworkbench.ingest.layout.TableKind;
import com.arworkbench.ingest.table.FormatSniffer;
import com.arworkbench.ingest.table.RawRow;
import com.arworkbench.ingest.table.SniffResult;
import com.arworkbench.ingest.table.TableReader;
import com.arworkbench.ingest.table.TableReaders;
import com.arworkbench.ingest.values.AmountParser;
import com.arworkbench.ingest.values.CustomerText;
import com.arworkbench.ingest.values.FlagText;
import com.arworkbench.model.Customer;
import com.arworkbench.model.CustomerProfile;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.RowDisposition;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer master export (ERP or CRM), read with the same sniffing and header detection as open
 * items, against the customer-master profiles. Rows without a customer are listed, not dropped.
 */
public record CustomerMasterFile(SourceFile source, SniffResult sniff, Layout layout, List<CustomerProfile> profiles,
                                 List<RejectedRow> rejected, long rowsRead) {

    public static CustomerMasterFile read(Path path, String displayName) throws IOException, UnreadableFileException {
        SourceFile source = SourceFile.of(path, displayName);
        SniffResult sniff = FormatSniffer.sniff(path);
        TableReader reader = TableReaders.open(path, sniff);
        Layout layout = LayoutDetector.detect(reader, sniff, IngestOptions.detect(), TableKind.CUSTOMER_MASTER);
        ColumnMapping m = layout.mapping();
        List<CustomerProfile> profiles = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        long[] rows = {0};
        reader.read(row -> {
            rows[0]++;
            if (row.rowNumber() <= layout.headerRow() || row.isBlank()) {
                return true;
            }
            String id = text(row, m, Field.CUSTOMER_ID);
            String name = text(row, m, Field.CUSTOMER_NAME);
            Customer customer = null;
            if (!id.isEmpty() || !name.isEmpty()) {
                customer = new Customer(id, name);
            } else if (!text(row, m, Field.CUSTOMER).isEmpty()) {
                customer = CustomerText.parse(text(row, m, Field.CUSTOMER));
            }
            if (customer == null) {
                rejected.add(new RejectedRow(row.rowNumber(), RowDisposition.REJECTED,
                        "Customer master row without customer ID or name", row.values(), null, ""));
                return true;
            }
            BigDecimal limit = AmountParser.parse(text(row, m, Field.CREDIT_LIMIT), layout.numberStyle())
                    .map(AmountParser.Amount::value).orElse(null);
            profiles.add(new CustomerProfile(row.rowNumber(), customer, blankToNull(text(row, m, Field.CONTACT_NAME)),
                    blankToNull(text(row, m, Field.EMAIL)), blankToNull(text(row, m, Field.CC_EMAIL)),
                    blankToNull(text(row, m, Field.PHONE)), blankToNull(text(row, m, Field.LANGUAGE)),
                    blankToNull(text(row, m, Field.PAYMENT_TERMS)), limit, blankToNull(text(row, m, Field.COLLECTOR)),
                    FlagText.meaning(text(row, m, Field.DUNNING_BLOCK)),
                    blankToNull(text(row, m, Field.PAYER_ACCOUNT).replace(" ", ""))));
            return true;
        });
        return new CustomerMasterFile(source, sniff, layout, List.copyOf(profiles), List.copyOf(rejected), rows[0]);
    }

    private static String text(RawRow row, ColumnMapping m, Field f) {
        return m.has(f) ? row.cell(m.index(f)).strip() : "";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
