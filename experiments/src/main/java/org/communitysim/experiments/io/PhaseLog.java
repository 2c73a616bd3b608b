package org.communitysim.experiments.io;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Where a command's wall time goes, for docs/performance.md ("End to end"): with the environment variable
 * {@code COMMUNITY_SIM_TIMING} set, each {@link #mark} prints one line to standard error, the seconds since the JVM
 * started and since the previous mark; without it, marks cost one field read and print nothing, so outputs never
 * depend on it. The first mark also says how long the JVM took to reach {@code main} (class loading of the launcher
 * included), the part that class-data sharing shortens.
 */
public final class PhaseLog {
    private static final boolean ON = System.getenv("COMMUNITY_SIM_TIMING") != null;
    private static final PrintStream ERR = System.err;
    private static long last = -1;

    private PhaseLog() {
    }

    /** Whether timing lines are printed. */
    public static boolean on() {
        return ON;
    }

    /** Prints "timing: PHASE" with the seconds since JVM start and since the previous mark (when on). */
    public static synchronized void mark(String phase) {
        if (!ON) {
            return;
        }
        long now = System.currentTimeMillis();
        if (last < 0) {
            last = ManagementFactory.getRuntimeMXBean().getStartTime();
        }
        long sinceStart = now - ManagementFactory.getRuntimeMXBean().getStartTime();
        ERR.printf(Locale.ROOT, "timing: %-28s %6.3f s (at %6.3f s)%n", phase, (now - last) / 1e3, sinceStart / 1e3);
        last = now;
    }
}
