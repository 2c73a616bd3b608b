package org.communitysim.spark;

import java.util.Arrays;
import org.apache.spark.TaskContext;

/**
 * For tests of retry safety: with the system property {@code communitysim.spark.failFirstAttempt} set to a comma
 * list of part numbers, the first attempt of those tasks throws after writing all but the last line of its part
 * file, as a lost executor would; Spark retries them (with a master that allows retries, e.g. {@code local[2,4]}). Unset, it does nothing.
 */
final class FaultInjection {
    static final String PROPERTY = "communitysim.spark.failFirstAttempt";
    /** The same, failing every attempt: the job fails, as if the driver had died (tests of --resume). */
    static final String ALWAYS = "communitysim.spark.failAlways";

    private FaultInjection() {
    }

    static void maybeFail(int part) {
        TaskContext tc = TaskContext.get();
        if (tc == null) {
            return;
        }
        if (listed(System.getProperty(ALWAYS), part)
                || tc.attemptNumber() == 0 && listed(System.getProperty(PROPERTY), part)) {
            throw new IllegalStateException("injected failure of part " + part + ", attempt " + tc.attemptNumber());
        }
    }

    private static boolean listed(String parts, int part) {
        return parts != null
                && Arrays.stream(parts.split(",")).map(String::trim).anyMatch(p -> p.equals(Integer.toString(part)));
    }
}
