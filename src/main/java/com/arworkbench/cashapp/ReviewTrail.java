package com.arworkbench.cashapp;

import com.arworkbench.model.Customer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the previous workbook decided, beside the report's rows (by identity): which applications that
 * workbook had already applied (not imported again), which a reviewer accepted, which deductions were
 * that workbook's, the reviewer's notes, the customer each unapplied amount belongs to when it is known,
 * and which unapplied amounts that workbook already put on account.
 */
public final class ReviewTrail {

    public final String previousName;
    public final Set<Application> previousRun = Collections.newSetFromMap(new IdentityHashMap<>());
    public final Set<Application> accepted = Collections.newSetFromMap(new IdentityHashMap<>());
    public final Set<Deduction> previousRunDeductions = Collections.newSetFromMap(new IdentityHashMap<>());
    public final Map<Object, String> notes = new IdentityHashMap<>();
    public final Map<Unapplied, Customer> customerOf = new IdentityHashMap<>();
    public final Set<Unapplied> onAccountEarlier = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Payments taken from the previous workbook rather than matched again. */
    public long paymentsRecognised;
    public long rejected;
    public long undecided;
    /** Accepted or undecided rows whose invoice is no longer open enough: they went to Unapplied, saying so. */
    public long notOpenAnyMore;
    /** Why a payment id of the previous workbook was matched afresh (another amount, or the id twice in the file). */
    public final List<String> matchedAfresh = new ArrayList<>();

    public ReviewTrail(String previousName) {
        this.previousName = previousName;
    }

    public static ReviewTrail none() {
        return new ReviewTrail(null);
    }

    public String note(Object row) {
        return notes.get(row);
    }
}
