package com.arworkbench.jobs;

/** What every job reports back to the CLI: one line for people and the time each phase took. */
public interface JobOutcome {

    String summaryLine();

    AgingOutcome.Timings timings();
}
