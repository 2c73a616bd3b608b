package org.communitysim.experiments.montecarlo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The worker pool of Monte Carlo ensembles and sweeps: daemon threads, failures rethrown as they were. */
public final class Workers {
    private Workers() {
    }

    public static ExecutorService pool(int threads, String name) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Waits for every task; the first failure is rethrown unwrapped (IOException wrapped as UncheckedIOException). */
    public static void awaitAll(List<? extends Future<?>> futures) throws InterruptedException {
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                if (cause instanceof IOException io) {
                    throw new UncheckedIOException(io);
                }
                throw new IllegalStateException(cause);
            }
        }
    }
}
