package org.communitysim.experiments.job;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.communitysim.experiments.report.Charts;
import org.communitysim.experiments.report.Lang;
import org.communitysim.experiments.store.ParquetStore;

/**
 * First-use costs of the steps after the runs, paid on one background thread while the runs go on: DuckDB's native
 * library (~0.5 s) and Java2D, the fonts, ImageIO and XChart (~1.8 s of the charts phase whatever the replicate count).
 * After the runs those steps find everything loaded, and the wall time of a {@code run} or {@code compare} falls by
 * about what the warm-up took (docs/performance.md, "End to end").
 *
 * <p>A pure optimisation: it writes no file, reads no result, and any failure is ignored (the real step then fails
 * or succeeds on its own, with its own message). {@link #close} waits for the thread, so nothing of it outlives the
 * job (in particular DuckDB is never loading while the JVM exits).
 */
final class Prewarm implements AutoCloseable {
    private final ExecutorService thread;
    private final Future<?> done;

    private Prewarm(ExecutorService thread, Future<?> done) {
        this.thread = thread;
        this.done = done;
    }

    /** Starts warming what {@code outputs} will need (the Parquet copies always; the chart engine for charts). */
    static Prewarm start(MonteCarloJob.Outputs outputs, Lang lang) {
        boolean charts = outputs.report() && outputs.charts();
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "community-sim-prewarm");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        Future<?> done = thread.submit(() -> {
            quietly(ParquetStore::warmUp);
            if (charts) {
                quietly(() -> Charts.warmUp(lang));
            }
            return null;
        });
        return new Prewarm(thread, done);
    }

    private interface Step {
        void run() throws IOException;
    }

    private static void quietly(Step step) {
        try {
            step.run();
        } catch (IOException | RuntimeException | LinkageError e) {
            // an optimisation only: the step itself reports any real problem when the job reaches it
        }
    }

    /** Waits (at most a minute) for the warm-up to end; never throws. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            done.get(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // ignored, as above
        }
        thread.shutdownNow();
    }
}
