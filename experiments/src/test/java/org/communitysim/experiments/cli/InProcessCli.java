package org.communitysim.experiments.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The command line run in the test's own JVM ({@link Main#execute}), its two streams kept for the assertions. */
final class InProcessCli {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs one command; the streams hold only its output. Returns the exit code. */
    int run(String... args) {
        out.reset();
        err.reset();
        return Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** What the last command printed on standard output. */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the last command printed on the error stream. */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
