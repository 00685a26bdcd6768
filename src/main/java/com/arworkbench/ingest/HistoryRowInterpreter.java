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
import com.arworkbench.model.InvoiceRecord;
import com.arworkbench.model.RowDisposition;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns each row of an invoice history into an {@link InvoiceRecord}, a rejected row with its reason,
 * or a structural row (handled exactly as for open items, see {@link StructuralRows}). Settlement is
 * taken only from a paid date, and only when nothing in the row says the document is still open.
 * What it decided about rows it still used comes back as {@link Note} counts, for the caller to word.
 */
final class HistoryRowInterpreter {

    /** What the interpreter decided about a record it still used, counted per read. */
    enum Note {
        /** A status column said paid/closed, but there was no paid date: the record is left unsettled. */
        PAID_STATUS_WITHOUT_DATE,
        /** A paid date was given while an amount was still open (or the status said open): left unsettled. */
        PAID_DATE_BUT_OPEN,
        /** The record has a paid date. */
        SETTLED,
        /** A write-off document (bad debt). */
        WRITE_OFF
    }

    /**
     * The outcome of a read.
     *
     * @param summary the counts, without notes
     * @param notes   how many records each note applies to; notes that never applied are absent
     */
    record Result(IngestSummary summary, Map<Note, Long> notes) {
    }

    private final Layout layout;
    private final ColumnMapping map;
    private final HistorySink sink;
    private final Field amountField;
    private final StructuralRows structural;
    private final RowFields fields;
    private final Map<Note, Long> notes = new EnumMap<>(Note.class);
    private long rowsRead;
    private long records;
    private long signsNormalized;
    private long dueDateFallbacks;

    private HistoryRowInterpreter(Layout layout, HistorySink sink) {
        this.layout = layout;
        this.map = layout.mapping();
        this.sink = sink;
        // A user's own mapping may call the document amount "amount"; the profiles call it the original amount.
        this.amountField = map.has(Field.ORIGINAL_AMOUNT) ? Field.ORIGINAL_AMOUNT : Field.AMOUNT;
        this.structural = new StructuralRows(layout, amountField, sink::notUsed);
        this.fields = new RowFields(layout);
    }

    static Result run(TableReader reader, Layout layout, HistorySink sink) throws IOException, UnreadableFileException {
        HistoryRowInterpreter h = new HistoryRowInterpreter(layout, sink);
        reader.read(row -> {
            h.rowsRead++;
            if (!h.structural.handle(row)) {
                h.dataRow(row);
            }
            return true;
        });
        h.structural.finish();
        return new Result(new IngestSummary(h.rowsRead, h.records, h.structural.counts(), h.structural.controlTotals(),
                h.structural.controlTotalRows(), h.signsNormalized, h.dueDateFallbacks), Collections.unmodifiableMap(h.notes));
    }

    private void dataRow(RawRow row) {
        String amountText = row.cell(map.index(amountField));
        Optional<AmountParser.Amount> amount = AmountParser.parse(amountText, layout.numberStyle());
        String currency = structural.currency(row, amount.orElse(null));
        if (amount.isEmpty()) {
            reject(row, amountText.isBlank() ? "Amount is empty"
                    : "Amount '" + amountText + "' is not a number in " + layout.numberStyle().label() + " style", null, currency);
            return;
        }
        BigDecimal value = amount.get().value();
        String typeText = fields.text(row, Field.DOCUMENT_TYPE);
        // Without a type column a history lists invoices, and its negative lines are credit notes (Xero, Odoo).
        DocumentType type = map.has(Field.DOCUMENT_TYPE) ? fields.type(typeText)
                : value.signum() < 0 ? DocumentType.CREDIT_MEMO : DocumentType.INVOICE;
        boolean negated = value.signum() > 0 && (type.reducesBalance() || fields.creditIndicated(row));
        if (negated) {
            value = value.negate();
        }
        RowFields.DateCell documentDate = fields.date(row, Field.DOCUMENT_DATE);
        Field dateField = Field.DOCUMENT_DATE;
        if (documentDate.text() == null) {
            documentDate = fields.date(row, Field.POSTING_DATE);
            dateField = Field.POSTING_DATE;
        }
        if (documentDate.invalid()) {
            reject(row, fields.dateProblem(dateField, documentDate.text()), value, currency);
            return;
        }
        if (documentDate.date() == null) {
            reject(row, "No document date: the document date column is empty", value, currency);
            return;
        }
        RowFields.DateCell due = fields.date(row, Field.DUE_DATE);
        if (due.invalid()) {
            reject(row, fields.dateProblem(Field.DUE_DATE, due.text()), value, currency);
            return;
        }
        Customer customer = fields.customer(row, structural.headingContext());
        if (customer == null) {
            reject(row, "No customer: the customer column is empty", value, currency);
            return;
        }
        BigDecimal open = null;
        String openText = fields.text(row, Field.OPEN_AMOUNT);
        if (!openText.isEmpty()) {
            Optional<AmountParser.Amount> o = AmountParser.parse(openText, layout.numberStyle());
            if (o.isEmpty()) {
                reject(row, "Open amount '" + openText + "' is not a number in " + layout.numberStyle().label() + " style",
                        value, currency);
                return;
            }
            open = negated && o.get().value().signum() > 0 ? o.get().value().negate() : o.get().value();
        }
        RowFields.DateCell paid = fields.date(row, Field.CLEARING_DATE);
        if (paid.invalid()) {
            reject(row, fields.dateProblem(Field.CLEARING_DATE, paid.text()), value, currency);
            return;
        }
        if (paid.date() != null && paid.date().isBefore(documentDate.date())) {
            reject(row, "Paid date " + paid.date() + " is before the document date " + documentDate.date(), value, currency);
            return;
        }
        LocalDate paidDate = paid.date();
        SettlementStatus status = fields.status(row);
        if (paidDate == null && status == SettlementStatus.PAID) {
            note(Note.PAID_STATUS_WITHOUT_DATE);
        } else if (paidDate != null && ((open != null && open.signum() != 0) || status == SettlementStatus.NOT_PAID)) {
            paidDate = null;
            note(Note.PAID_DATE_BUT_OPEN);
        }
        LocalDate dueDate = due.date();
        if (dueDate == null) {
            dueDate = documentDate.date();
            dueDateFallbacks++;
        }
        if (negated) {
            signsNormalized++;
        }
        if (paidDate != null) {
            note(Note.SETTLED);
        }
        if (type == DocumentType.WRITE_OFF) {
            note(Note.WRITE_OFF);
        }
        records++;
        sink.record(new InvoiceRecord(row.rowNumber(), customer, fields.text(row, Field.DOCUMENT_NUMBER), type,
                documentDate.date(), dueDate, value, open, currency, paidDate,
                FlagText.meaning(fields.text(row, Field.DISPUTE))));
    }

    private void note(Note note) {
        notes.merge(note, 1L, Long::sum);
    }

    private void reject(RawRow row, String reason, BigDecimal amount, String currency) {
        structural.emit(StructuralRows.rejected(row, RowDisposition.REJECTED, reason, amount, currency));
    }
}
