package org.communitysim.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.communitysim.model.CommunityModel;
import org.communitysim.model.Outcome;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.file.ShippedScenarios;
import org.communitysim.scenario.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Monte Carlo throughput: 16 replicates of big-open-group (world build included, as a replicate is run) on a
 * fixed pool of 1 or 2 threads, one task per replicate — the shape of the experiments module's {@code Ensemble}
 * without its statistics, so this benchmark depends on the model only. Scaling = time(1 thread) ÷ time(2).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class EnsembleBenchmark {
    static final int REPLICATES = 16;

    @Param({"1", "2"})
    public int threads;

    private ExecutorService pool;
    private Scenario scenario;
    private long[] seeds;

    @Setup(Level.Trial)
    public void start() {
        scenario = ShippedScenarios.load("big-open-group");
        seeds = new long[REPLICATES];
        for (int r = 0; r < REPLICATES; r++) {
            seeds[r] = Seeds.runSeed(1, r);
        }
        pool = Executors.newFixedThreadPool(threads);
    }

    @TearDown(Level.Trial)
    public void stop() {
        pool.shutdownNow();
    }

    /** Runs the ensemble; returns the summed final members so the runs cannot be optimised away. */
    @Benchmark
    public double ensemble() throws InterruptedException, ExecutionException {
        List<Future<Double>> runs = new ArrayList<>(REPLICATES);
        for (long seed : seeds) {
            runs.add(pool.submit(() -> CommunityModel.run(scenario, seed).summary().get(Outcome.FINAL_MEMBERS)));
        }
        double sum = 0;
        for (Future<Double> f : runs) {
            sum += f.get();
        }
        return sum;
    }
}
