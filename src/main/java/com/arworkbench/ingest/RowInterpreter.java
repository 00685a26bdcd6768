package com.arworkbench.ingest;

import com.arworkbench.ingest.layout.ColumnMapping;
import com.arworkbench.ingest.layout.Field;
import com.arworkbench.ingest.layout.Layout;
import com.arworkbench.ingest.table.RawRow;
import com.arworkbench.ingest.table.TableReader;
import com.arworkbench.ingest.values.AmountParser;
import com.arworkbench.ingest.values.FlagText;
import com.arworkbench.model.Customer;
import com.arworkbench.model.DocumentType;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.RowDisposition;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Second pass: every row becomes an {@link OpenItem}, a rejected row with its reason, or a counted
 * structural row (preamble, header, blank, heading, subtotal, total). The export's grand total rows
 * become control totals.
 */
public final class RowInterpreter {

    private final Layout layout;
    private final ColumnMapping map;
    private final RowSink sink;
    private final StructuralRows structural;
    private final RowFields fields;
    private final CustomerIdentities identities = new CustomerIdentities();
    private long rowsRead;
    private long items;
    private long signsNormalized;
    private long dueDateFallbacks;

    private RowInterpreter(Layout layout, RowSink sink) {
        this.layout = layout;
        this.map = layout.mapping();
        this.sink = sink;
        this.structural = new StructuralRows(layout, Field.OPEN_AMOUNT, sink::notUsed);
        this.fields = new RowFields(layout);
    }

    public static IngestSummary run(TableReader reader, Layout layout, RowSink sink)
            throws IOException, UnreadableFileException {
        RowInterpreter interpreter = new RowInterpreter(layout, sink);
        reader.read(row -> {
            interpreter.rowsRead++;
            if (!interpreter.structural.handle(row)) {
                interpreter.dataRow(row);
            }
            return true;
        });
        interpreter.structural.finish();
        return new IngestSummary(interpreter.rowsRead, interpreter.items, interpreter.structural.counts(),
                interpreter.structural.controlTotals(), interpreter.structural.controlTotalRows(),
                interpreter.signsNormalized, interpreter.dueDateFallbacks, Map.of(), interpreter.identities.warnings());
    }

    private void dataRow(RawRow row) {
        String amountText = row.cell(map.index(Field.OPEN_AMOUNT));
        Optional<AmountParser.Amount> amount = AmountParser.parse(amountText, layout.numberStyle());
        String currency = structural.currency(row, amount.orElse(null));
        if (amount.isEmpty()) {
            reject(row, RowDisposition.REJECTED, amountText.isBlank() ? "Open amount is empty"
                    : "Open amount '" + amountText + "' is not a number in " + layout.numberStyle().label() + " style",
                    null, currency);
            return;
        }
        BigDecimal value = amount.get().value();
        Customer customer = fields.customer(row, structural.headingContext());
        String typeText = fields.text(row, Field.DOCUMENT_TYPE);
        DocumentType type = fields.type(typeText);
        if (value.signum() > 0 && (type.reducesBalance() || fields.creditIndicated(row))) {
            value = value.negate();
            signsNormalized++;
        }
        if (value.signum() == 0) {
            reject(row, RowDisposition.NOT_OPEN, "Open amount is zero: nothing left to age", value, currency);
            return;
        }
        String cleared = fields.text(row, Field.CLEARING_DATE);
        if (!cleared.isEmpty()) {
            reject(row, RowDisposition.NOT_OPEN, "Cleared/settled on " + cleared + ": not an open item", value, currency);
            return;
        }
        RowFields.DateCell documentDate = fields.date(row, Field.DOCUMENT_DATE);
        if (documentDate.invalid()) {
            reject(row, RowDisposition.REJECTED, fields.dateProblem(Field.DOCUMENT_DATE, documentDate.text()), value, currency);
            return;
        }
        if (documentDate.date() == null) {
            RowFields.DateCell posting = fields.date(row, Field.POSTING_DATE);
            if (posting.invalid()) {
                reject(row, RowDisposition.REJECTED, fields.dateProblem(Field.POSTING_DATE, posting.text()), value, currency);
                return;
            }
            documentDate = posting;
        }
        RowFields.DateCell due = fields.date(row, Field.DUE_DATE);
        if (due.invalid()) {
            reject(row, RowDisposition.REJECTED, fields.dateProblem(Field.DUE_DATE, due.text()), value, currency);
            return;
        }
        LocalDate dueDate = due.date();
        boolean fallback = false;
        if (dueDate == null) {
            if (documentDate.date() == null) {
                reject(row, RowDisposition.REJECTED, "No due date and no document date: cannot be aged", value, currency);
                return;
            }
            dueDate = documentDate.date();
            fallback = true;
        }
        if (customer == null) {
            reject(row, RowDisposition.REJECTED, "No customer: the customer column is empty", value, currency);
            return;
        }
        if (fallback) {
            dueDateFallbacks++;
        }
        BigDecimal original = null;
        if (map.has(Field.ORIGINAL_AMOUNT)) {
            original = AmountParser.parse(row.cell(map.index(Field.ORIGINAL_AMOUNT)), layout.numberStyle())
                    .map(AmountParser.Amount::value).orElse(null);
        }
        BigDecimal local = null;
        if (map.has(Field.LOCAL_AMOUNT)) {
            local = AmountParser.parse(row.cell(map.index(Field.LOCAL_AMOUNT)), layout.numberStyle())
                    .map(AmountParser.Amount::value).orElse(null);
            if (local != null && local.signum() != 0 && local.signum() != value.signum()) {
                local = local.negate(); // the same sign rule as the open amount (credits shown positive)
            }
        }
        items++;
        identities.see(customer);
        sink.item(new OpenItem(row.rowNumber(), customer, fields.text(row, Field.DOCUMENT_NUMBER), type, typeText,
                documentDate.date(), dueDate, fallback, value, original, currency, fields.text(row, Field.ENTITY),
                fields.text(row, Field.REFERENCE), FlagText.meaning(fields.text(row, Field.DISPUTE)),
                FlagText.meaning(fields.text(row, Field.DUNNING_BLOCK)), local));
    }

    private void reject(RawRow row, RowDisposition d, String reason, BigDecimal amount, String currency) {
        structural.emit(StructuralRows.rejected(row, d, reason, amount, currency));
    }
}
