package com.arworkbench.jobs;

/** What every job reports back to the CLI: one line for people and the time each phase took. */
public interface JobOutcome {

    String summaryLine();

    AgingOutcome.Timings timings();

    /** The run in figures (JSON-ready: strings, numbers, lists and maps), for the API and the page. */
    java.util.Map<String, Object> summary();
}
