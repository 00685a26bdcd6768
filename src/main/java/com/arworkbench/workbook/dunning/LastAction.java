package com.arworkbench.workbook.dunning;

import com.arworkbench.model.ContactEntry;
import com.arworkbench.model.PreviousWorklist;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The Worklist's Last action: what happened with the customer on the previous worklist, in one line. */
final class LastAction {

    private LastAction() {
    }

    /**
     * "Level 2 on 2026-05-31 · Promised · promised 500.00 by 2026-06-15 · notes"; then the latest contact a person
     * logged on the Contact log: "2026-06-20 Phone: called AP, will pay by 10 Jul". Blank without either.
     */
    static String of(PreviousWorklist.CustomerState s, LocalDate previousAsOf, ContactEntry lastContact) {
        String worklist = of(s, previousAsOf);
        if (lastContact == null || Texts.blank(lastContact.note())) {
            return worklist;
        }
        String logged = (lastContact.date() == null ? "" : lastContact.date() + " ")
                + (Texts.blank(lastContact.channel()) ? "" : lastContact.channel() + ": ") + lastContact.note().strip();
        return worklist == null ? logged : worklist + " · last contact " + logged;
    }

    /** "Level 2 on 2026-05-31 · Promised · promised 500.00 by 2026-06-15 · notes"; blank without a previous row. */
    static String of(PreviousWorklist.CustomerState s, LocalDate previousAsOf) {
        if (s == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (s.level() > 0) {
            parts.add("Level " + s.level() + (previousAsOf == null ? "" : " on " + previousAsOf));
        }
        if (!Texts.blank(s.status())) {
            parts.add(s.status().strip());
        }
        if (s.promiseDate() != null) {
            parts.add("promised " + (s.promiseAmount() == null ? "" : Texts.money(s.promiseAmount()) + " ") + "by " + s.promiseDate());
        }
        if (!Texts.blank(s.notes())) {
            parts.add(s.notes().strip());
        }
        if (parts.isEmpty()) {
            return Texts.blank(s.lastAction()) ? null : s.lastAction().strip();
        }
        return String.join(" · ", parts);
    }
}
