package org.communitysim.experiments.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.communitysim.experiments.montecarlo.Workers;

/** Runs independent replicates on a pool; the results come back in replicate order, whatever the thread count. */
final class Replicates {
    private Replicates() {
    }

    static <T> List<T> map(int runs, int threads, IntFunction<T> replicate) {
        if (threads <= 1 || runs <= 1) {
            List<T> out = new ArrayList<>(runs);
            for (int r = 0; r < runs; r++) {
                out.add(replicate.apply(r));
            }
            return out;
        }
        ExecutorService pool = Workers.pool(Math.min(threads, runs), "validate-model");
        try {
            List<Future<T>> futures = new ArrayList<>(runs);
            for (int r = 0; r < runs; r++) {
                int index = r;
                futures.add(pool.submit(() -> replicate.apply(index)));
            }
            Workers.awaitAll(futures);
            List<T> out = new ArrayList<>(runs);
            for (Future<T> f : futures) {
                out.add(f.get()); // done: awaitAll rethrew any failure
            }
            return out;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
