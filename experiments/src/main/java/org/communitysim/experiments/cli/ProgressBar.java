package org.communitysim.experiments.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.communitysim.experiments.report.CjkSpacing;
import org.communitysim.experiments.report.Labels;
import org.communitysim.experiments.report.Lang;

/**
 * Progress on stderr, in the report's language. On a terminal: a one-line bar (runs done, rate and ETA) redrawn at
 * most 10 times a second. Without one (a script, a pipe, CI, Python's subprocess): plain lines, no escape code and no
 * carriage return, one every {@value #LINE_SECONDS} seconds with runs done, rate and ETA, and a last line when all
 * runs are done (that line carries no timing, so a short job's log is the same every time). Nothing with --quiet.
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    /** Seconds between two plain lines. */
    static final int LINE_SECONDS = 5;

    private ProgressBar() {
    }

    static Ensemble.Progress create(boolean quiet, Lang lang, PrintWriter err) {
        if (quiet) {
            return Ensemble.Progress.NONE;
        }
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        return terminal ? new Bar(err, lang, System::nanoTime) : new Lines(err, lang, System::nanoTime);
    }

    /** The redrawn bar of an interactive terminal. */
    static final class Bar implements Ensemble.Progress {
        private final PrintWriter err;
        private final Lang lang;
        private final LongSupplier clock;
        private final long start;
        private long lastDraw;

        Bar(PrintWriter err, Lang lang, LongSupplier clock) {
            this.err = err;
            this.lang = lang;
            this.clock = clock;
            this.start = clock.getAsLong();
        }

        @Override
        public synchronized void update(int done, int total) {
            long now = clock.getAsLong();
            if (done < total && now - lastDraw < 100_000_000L) {
                return;
            }
            lastDraw = now;
            double seconds = (now - start) / 1e9;
            double rate = seconds > 0 ? done / seconds : 0;
            double eta = rate > 0 ? (total - done) / rate : 0;
            int filled = (int) ((long) WIDTH * done / total);
            String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
            String line = Labels.format(Labels.Text.TERM_BAR, lang, done, total, String.format(Locale.ROOT, "%.1f", rate),
                    duration(eta, lang));
            err.print("\r[" + bar + "] " + (lang == Lang.ZH ? CjkSpacing.apply(line) : line) + " ");
            if (done == total) {
                err.printf(Locale.ROOT, "\r%s\r", " ".repeat(WIDTH + 60));
            }
            err.flush();
        }
    }

    /** Plain lines for logs: one every few seconds, then one at the end. */
    static final class Lines implements Ensemble.Progress {
        private final PrintWriter err;
        private final Lang lang;
        private final LongSupplier clock;
        private final long start;
        private long lastLine;
        private boolean finished;

        Lines(PrintWriter err, Lang lang, LongSupplier clock) {
            this.err = err;
            this.lang = lang;
            this.clock = clock;
            this.start = clock.getAsLong();
            this.lastLine = start;
        }

        @Override
        public synchronized void update(int done, int total) {
            long now = clock.getAsLong();
            if (done >= total) {
                if (!finished) {
                    finished = true;
                    print(Labels.format(Labels.Text.TERM_PROGRESS_DONE, lang, done, total));
                }
                return;
            }
            if (now - lastLine < LINE_SECONDS * 1_000_000_000L) {
                return;
            }
            lastLine = now;
            double seconds = (now - start) / 1e9;
            double rate = seconds > 0 ? done / seconds : 0;
            double eta = rate > 0 ? (total - done) / rate : 0;
            print(Labels.format(Labels.Text.TERM_PROGRESS, lang, done, total,
                    String.format(Locale.ROOT, "%.0f%%", 100.0 * done / total), String.format(Locale.ROOT, "%.1f", rate),
                    duration(eta, lang)));
        }

        private void print(String line) {
            err.println(lang == Lang.ZH ? CjkSpacing.apply(line) : line);
            err.flush();
        }
    }

    /** "37s", "1m05s"; in Chinese "37秒", "1分05秒". */
    static String duration(double seconds, Lang lang) {
        long s = Math.round(seconds);
        boolean zh = lang == Lang.ZH;
        String sec = zh ? "秒" : "s";
        return s < 60 ? s + sec : (s / 60) + (zh ? "分" : "m") + String.format(Locale.ROOT, "%02d", s % 60) + sec;
    }
}
