package com.arworkbench.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real-samples test layer: tests over the real bank files in {@code ../shared/real-samples}, which ship beside
 * the repository, not in it (their licences differ; see that folder's README). Where the folder exists they run;
 * under {@code CI=true} they are required, so a missing folder fails them; on a plain clone they are skipped, with
 * one line saying why. Every reader they cover also has small hand-written fixtures in the repository.
 * Run only this layer with {@code mvn test -Dgroups=real-samples}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("real-samples")
@ExtendWith(RealSamples.Layer.class)
public @interface RealSamples {

    /** The folder, relative to the repository (the tests run with the repository as working directory). */
    Path DIR = Path.of("..", "shared", "real-samples");

    /** Runs, fails (CI=true) or skips the annotated tests depending on the folder. */
    final class Layer implements ExecutionCondition, BeforeEachCallback {

        static final String MISSING = "../shared/real-samples not found: the real bank-file samples ship beside the "
                + "repository; skipped";
        private static final AtomicBoolean SAID = new AtomicBoolean();

        private static boolean present() {
            return Files.isDirectory(DIR);
        }

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (present() || Required.ci()) {
                return ConditionEvaluationResult.enabled("../shared/real-samples is present or required (CI=true)");
            }
            if (SAID.compareAndSet(false, true)) {
                System.out.println(MISSING);
            }
            return ConditionEvaluationResult.disabled(MISSING);
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            if (!present()) {
                fail("../shared/real-samples not found and CI=true: the real-samples layer is required on CI "
                        + "(the folder ships beside the repository, at " + DIR.toAbsolutePath().normalize() + ")");
            }
        }
    }
}
