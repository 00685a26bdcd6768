package com.arworkbench.workbook.dunning;

import static com.arworkbench.model.WorklistSheets.CURRENCY;
import static com.arworkbench.model.WorklistSheets.CUSTOMER_ID;
import static com.arworkbench.model.WorklistSheets.CUSTOMER_NAME;
import static com.arworkbench.model.WorklistSheets.LAST_ACTION;
import static com.arworkbench.model.WorklistSheets.LEVEL;
import static com.arworkbench.model.WorklistSheets.NOTES;
import static com.arworkbench.model.WorklistSheets.OPEN_BALANCE;
import static com.arworkbench.model.WorklistSheets.PROMISE_AMOUNT;
import static com.arworkbench.model.WorklistSheets.PROMISE_DATE;
import static com.arworkbench.model.WorklistSheets.STATUS;

import com.arworkbench.aging.AgingBucket;
import com.arworkbench.dunning.DunningParameters;
import com.arworkbench.dunning.Notice;
import com.arworkbench.workbook.ColumnSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Worklist's columns, declared once from the parameters: fixed ones first, then one per overdue
 * bucket, then the rest. The sheet, its validations, conditional formats, formulas and the dunning
 * checks use the handles.
 */
final class WorklistColumns {

    static final String NEXT_EXPECTED_PAYMENT = "Next expected payment";
    static final String EXPECTED_AMOUNT = "Expected amount";
    static final String PROBABILITY = "Probability";

    final ColumnSchema schema = new ColumnSchema();
    final ColumnSchema.Handle rank = schema.integer("Rank");
    final ColumnSchema.Handle score = schema.integer("Score");
    final ColumnSchema.Handle id = schema.text(CUSTOMER_ID);
    final ColumnSchema.Handle name = schema.text(CUSTOMER_NAME);
    final ColumnSchema.Handle currency = schema.text(CURRENCY);
    final ColumnSchema.Handle level = schema.integer(LEVEL);
    final ColumnSchema.Handle levelName = schema.text("Level name");
    final ColumnSchema.Handle previousLevel = schema.integer("Previous level");
    final ColumnSchema.Handle overdue = schema.amount("Overdue");
    /** One per overdue bucket, in the parameters' order (Current is left out: nothing overdue is current). */
    final List<ColumnSchema.Handle> buckets;
    final ColumnSchema.Handle interest;
    final ColumnSchema.Handle fee;
    final ColumnSchema.Handle amountDue;
    final ColumnSchema.Handle oldestDue;
    final ColumnSchema.Handle maxDaysPastDue;
    final ColumnSchema.Handle items;
    final ColumnSchema.Handle openBalance;
    final ColumnSchema.Handle contact;
    final ColumnSchema.Handle email;
    final ColumnSchema.Handle phone;
    final ColumnSchema.Handle language;
    final ColumnSchema.Handle collector;
    final ColumnSchema.Handle creditLimit;
    final ColumnSchema.Handle overLimit;
    final ColumnSchema.Handle broken;
    /**
     * What the collection forecast expects from the customer (its {@code CustomerForecast}): only in a pack with an
     * invoice history; null handles otherwise (the standalone dunning job has no forecast, so no such columns).
     */
    final ColumnSchema.Handle nextPayment;
    final ColumnSchema.Handle expectedAmount;
    final ColumnSchema.Handle probability;
    final ColumnSchema.Handle expectedInHorizon;
    final ColumnSchema.Handle lastAction;
    final ColumnSchema.Handle status;
    final ColumnSchema.Handle promiseDate;
    final ColumnSchema.Handle promiseAmount;
    final ColumnSchema.Handle notes;

    /** {@code forecastWeeks}: the forecast's horizon when the book has one, else 0 (no forecast columns). */
    WorklistColumns(DunningParameters p, int forecastWeeks) {
        List<ColumnSchema.Handle> b = new ArrayList<>();
        for (AgingBucket bucket : p.buckets().buckets()) {
            if (!bucket.isCurrent()) {
                b.add(schema.amount(bucket.label()));
            }
        }
        this.buckets = List.copyOf(b);
        this.interest = schema.amount("Interest");
        this.fee = schema.amount("Fee");
        this.amountDue = schema.amount("Amount due");
        this.oldestDue = schema.date("Oldest due date");
        this.maxDaysPastDue = schema.integer("Max days past due");
        this.items = schema.integer("Items");
        this.openBalance = schema.amount(OPEN_BALANCE);
        this.contact = schema.text("Contact");
        this.email = schema.text("E-mail");
        this.phone = schema.text("Phone");
        this.language = schema.text("Language");
        this.collector = schema.text("Collector");
        this.creditLimit = schema.amount("Credit limit");
        this.overLimit = schema.text("Over credit limit");
        this.broken = schema.text("Broken promise");
        boolean forecast = forecastWeeks > 0;
        this.nextPayment = forecast ? schema.date(NEXT_EXPECTED_PAYMENT) : null;
        this.expectedAmount = forecast ? schema.amount(EXPECTED_AMOUNT) : null;
        this.probability = forecast ? schema.percent(PROBABILITY) : null;
        this.expectedInHorizon = forecast ? schema.amount("Expected in " + forecastWeeks + " weeks") : null;
        this.lastAction = schema.text(LAST_ACTION);
        this.status = schema.text(STATUS);
        this.promiseDate = schema.date(PROMISE_DATE);
        this.promiseAmount = schema.amount(PROMISE_AMOUNT);
        this.notes = schema.text(NOTES);
    }

    boolean hasForecast() {
        return nextPayment != null;
    }

    /** A notice's overdue amount in bucket {@code b}: zero when the notice has none there. */
    static BigDecimal inBucket(Notice n, int b) {
        return b < n.overdueByBucket().size() ? n.overdueByBucket().get(b) : BigDecimal.ZERO;
    }

    /** The amount columns the per-currency total rows sum, each with the notice's value it sums. */
    Map<ColumnSchema.Handle, Function<Notice, BigDecimal>> totalled() {
        Map<ColumnSchema.Handle, Function<Notice, BigDecimal>> m = new LinkedHashMap<>();
        m.put(overdue, Notice::overdue);
        for (int i = 0; i < buckets.size(); i++) {
            final int b = i;
            m.put(buckets.get(i), n -> inBucket(n, b));
        }
        m.put(interest, Notice::interest);
        m.put(fee, Notice::fee);
        m.put(amountDue, Notice::amountDue);
        return m;
    }
}
