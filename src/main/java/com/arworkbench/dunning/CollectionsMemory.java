package com.arworkbench.dunning;

import com.arworkbench.model.ContactEntry;
import java.util.List;
import java.util.Map;

/**
 * What the worklist remembers from run to run, as this run leaves it: the whole Contact log (every earlier row first,
 * unchanged but for a promise judged now, then this run's rows) and the payment plans tracked against the export.
 *
 * @param carried      how many of {@code contactLog}'s first rows came from the previous worklist's Contact log
 * @param promiseFlags per {@code PreviousWorklist.customerKey} of a notice: "Broken", "Partly kept" or
 *                     "Instalment missed" when that raised the notice's priority
 * @param unreadRows   rows of the previous Contact log or Payment plans that could not be read, each with why
 * @param unmatched    customers with a promise or plan that neither this export nor the previous worklist has
 */
public record CollectionsMemory(List<ContactEntry> contactLog, int carried, List<PlanStatus> plans,
                                Map<String, String> promiseFlags, List<String> unreadRows, List<String> unmatched) {

    public static CollectionsMemory empty() {
        return new CollectionsMemory(List.of(), 0, List.of(), Map.of(), List.of(), List.of());
    }

    public int added() {
        return contactLog.size() - carried;
    }
}
