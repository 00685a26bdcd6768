package com.arworkbench.kpi;

import com.arworkbench.model.Customer;
import com.arworkbench.model.DocumentType;
import com.arworkbench.model.InvoiceRecord;
import com.arworkbench.model.OpenItem;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Short constructors for readable KPI tests. Dates are "yyyy-mm-dd" text, amounts plain numbers. */
final class Records {

    private static long row;

    private Records() {
    }

    static LocalDate d(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    static BigDecimal m(String amount) {
        return new BigDecimal(amount);
    }

    /** An invoice in EUR: customer, document date, due date, amount, paid date (null = open). */
    static InvoiceRecord invoice(String customer, String doc, String due, String amount, String paid) {
        return record(customer, DocumentType.INVOICE, doc, due, amount, paid, "EUR");
    }

    /** An invoice in EUR marked disputed in the history. */
    static InvoiceRecord disputedInvoice(String customer, String doc, String due, String amount, String paid) {
        row++;
        return new InvoiceRecord(row, new Customer(null, customer), "D" + row, DocumentType.INVOICE, d(doc), d(due),
                m(amount), null, "EUR", d(paid), "yes");
    }

    static InvoiceRecord record(String customer, DocumentType type, String doc, String due, String amount,
                                String paid, String currency) {
        row++;
        return new InvoiceRecord(row, new Customer(null, customer), "D" + row, type, d(doc), d(due), m(amount),
                null, currency, d(paid));
    }

    static OpenItem open(String customer, String doc, String due, String amount) {
        return openItem(customer, doc, due, amount, "EUR", null);
    }

    static OpenItem openItem(String customer, String doc, String due, String amount, String currency, String dispute) {
        row++;
        return new OpenItem(row, new Customer(null, customer), "O" + row,
                m(amount).signum() < 0 ? DocumentType.CREDIT_MEMO : DocumentType.INVOICE, "", d(doc), d(due), false,
                m(amount), m(amount), currency, "", "", dispute, null);
    }

    /** 2-decimal expected figure. */
    static BigDecimal r(String value) {
        return new BigDecimal(value);
    }
}
