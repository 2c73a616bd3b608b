package org.communitysim.benchmarks;

import java.util.concurrent.TimeUnit;
import org.communitysim.model.CommunityModel;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.GroupRecord;
import org.communitysim.model.RunResult;
import org.communitysim.model.World;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.FissionTrigger;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.ShippedScenarios;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * A world of many groups against one group, on the same 10,000 persons (docs/model.md §4.12): 180 days on a world
 * built beforehand, cycling through 4 replicate seeds. {@code one} is the reference group; {@code fifty} is 50 groups
 * of the reference group's settings from day 0, members in 5 background groups on average (joining one every 10
 * days), the operator posting 20 a day in all and the poster fading with a 30-day half-life: every piece of the
 * world's machinery runs each day. Reported as member-days per second (the {@code memberDays} counter: each group's
 * members summed over its days), so the two cost figures are comparable per unit of work: ns per member-day =
 * 10^9 ÷ memberDays.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Thread)
public class ManyGroupsBenchmark {
    private static final int SEEDS = 4;

    @Param({"one", "fifty"})
    public String world;

    private Scenario s;
    private long[] seeds;
    private World[] worlds;
    private int next;

    /** Work done, counted per measured operation. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Work {
        public long memberDays;
    }

    static Scenario scenario(String world) {
        Scenario reference = ShippedScenarios.load("reference");
        if (world.equals("one")) {
            return reference;
        }
        return reference.with("world.groups", 50).with("world.operatorPostsPerDay", 20.0)
                .with("world.outsideHalfLifeDays", 30.0).with("world.background.perPerson", 5.0)
                .with("world.background.newPerDay", 0.1).with("world.background.quitRate", 0.02)
                .with("world.fission.trigger", FissionTrigger.NEVER);
    }

    @Setup(Level.Trial)
    public void build() {
        s = scenario(world);
        seeds = new long[SEEDS];
        worlds = new World[SEEDS];
        for (int r = 0; r < SEEDS; r++) {
            seeds[r] = Seeds.runSeed(1, r);
            worlds[r] = World.build(s, seeds[r]);
        }
    }

    @Benchmark
    public RunResult run180Days(Work work) {
        int r = next++ & (SEEDS - 1);
        RunResult result = CommunityModel.run(s, worlds[r], seeds[r]);
        work.memberDays += memberDays(result);
        return result;
    }

    static long memberDays(RunResult result) {
        double sum = 0;
        for (GroupRecord g : result.groups()) {
            for (double members : g.daily().series(DailyMetric.MEMBERS)) {
                sum += members;
            }
        }
        return Math.round(sum);
    }
}
