package com.arworkbench.support;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * Tools a test needs from the machine (LibreOffice, Chromium, the full OOXML schemas). On a developer's machine a
 * missing tool skips the test, saying how to install it; under {@code CI=true} it fails the test, because CI must run
 * every check (.ci/run installs what is needed).
 */
public final class Required {

    private Required() {
    }

    /** True when the environment variable CI is {@code true}, as on the CI machine (.ci/run). */
    public static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Nothing when {@code present}; otherwise fails under CI=true and skips elsewhere, with {@code what} and the fix. */
    public static void require(boolean present, String what, String fix) {
        if (present) {
            return;
        }
        if (ci()) {
            fail(what + " and CI=true: this check must run on CI. " + fix);
        }
        Assumptions.abort(what + ": skipping. " + fix);
    }
}
