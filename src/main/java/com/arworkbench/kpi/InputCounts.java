package com.arworkbench.kpi;

/**
 * What the engine was given and what it set aside, so nothing disappears silently.
 *
 * @param historyIgnored      history lines without a document date or amount
 * @param historyFutureDated  history lines dated after the as-of date: not in sales, AR or habits
 * @param priorFutureDated    prior-period items dated after the prior month end: not in beginning AR
 * @param openItemsFutureDated open items dated after the as-of date: forecast, but not in KPI AR
 */
public record InputCounts(
        long historyRecords,
        long historyIgnored,
        long historyFutureDated,
        long writeOffRecords,
        long writeOffIgnored,
        long priorItems,
        long priorFutureDated,
        long openItems,
        long openItemsFutureDated) {
}
