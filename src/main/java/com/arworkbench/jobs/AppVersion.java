package com.arworkbench.jobs;

/** The tool version recorded on every About sheet: the jar manifest's, or "dev" when run from classes. */
public final class AppVersion {

    private AppVersion() {
    }

    public static String get() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
