package org.communitysim.experiments.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.communitysim.experiments.montecarlo.Ensemble;

/**
 * A one-line progress bar on stderr: runs done, rate and ETA, redrawn at most 10 times a second. Silent when
 * stderr is not a terminal, when the CI environment variable is set, or with --quiet.
 */
final class ProgressBar implements Ensemble.Progress {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final long start = System.nanoTime();
    private long lastDraw;

    private ProgressBar(PrintStream err) {
        this.err = err;
    }

    static Ensemble.Progress create(boolean quiet, PrintStream err) {
        boolean terminal = System.console() != null;
        boolean ci = System.getenv("CI") != null;
        return quiet || !terminal || ci ? Ensemble.Progress.NONE : new ProgressBar(err);
    }

    @Override
    public synchronized void update(int done, int total) {
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        double eta = rate > 0 ? (total - done) / rate : 0;
        int filled = (int) ((long) WIDTH * done / total);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        err.printf(Locale.ROOT, "\r[%s] %d/%d runs  %.1f runs/s  ETA %s ", bar, done, total, rate, duration(eta));
        if (done == total) {
            err.printf(Locale.ROOT, "\r%s\r", " ".repeat(WIDTH + 60));
        }
        err.flush();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + "s" : (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s";
    }
}
