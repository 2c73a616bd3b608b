package org.communitysim.benchmarks;

import java.util.concurrent.TimeUnit;
import org.communitysim.model.CommunityModel;
import org.communitysim.model.RunResult;
import org.communitysim.model.World;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole 180-day replicate at the default sizes (10,000 persons, mean degree 49), as the Monte Carlo runner
 * does it: {@code withWorldBuild} is {@code CommunityModel.run(scenario, seed)} (population and network drawn
 * first), {@code onBuiltWorld} runs on a world built beforehand. Operations cycle through 8 replicate seeds so
 * the figure is a mean over replicates, not one lucky seed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Thread)
public class ReplicateBenchmark {
    private static final int SEEDS = 8;

    @Param({"reference", "big-open-group"})
    public String scenario;

    private Scenario s;
    private long[] seeds;
    private World[] worlds;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        s = ShippedScenarios.load(scenario);
        seeds = new long[SEEDS];
        worlds = new World[SEEDS];
        for (int r = 0; r < SEEDS; r++) {
            seeds[r] = Seeds.runSeed(1, r);
            worlds[r] = World.build(s, seeds[r]);
        }
    }

    @Benchmark
    public RunResult withWorldBuild() {
        int r = next++ & (SEEDS - 1);
        return CommunityModel.run(s, seeds[r]);
    }

    @Benchmark
    public RunResult onBuiltWorld() {
        int r = next++ & (SEEDS - 1);
        return CommunityModel.run(s, worlds[r], seeds[r]);
    }
}
