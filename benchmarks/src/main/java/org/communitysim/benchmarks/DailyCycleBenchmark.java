package org.communitysim.benchmarks;

import java.util.concurrent.TimeUnit;
import org.communitysim.benchmarks.kernel.KernelCheck;
import org.communitysim.benchmarks.kernel.ReferenceKernel;
import org.communitysim.model.CommunityModel;
import org.communitysim.model.World;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Scenario;
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
 * The daily cycle in steady state: one operation is one day of a group held full at {@code members} members
 * (population 10×, see {@link Workloads#steadyState}), started {@value #WARMUP_DAYS} days earlier so the day-0
 * start-up is over. {@code engineDay} steps the {@link CommunityModel} (MASON schedule, nine phase objects);
 * {@code kernelDay} steps the {@link ReferenceKernel}, the same work as bare loops, which must first reproduce
 * the engine's days bit for bit ({@link KernelCheck}).
 *
 * <p>The secondary result {@code memberDays} is the same run counted in member-days: in average-time mode JMH
 * reports it as time per member-day, the figure docs/performance.md compares (efficiency = kernel ÷ engine).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class DailyCycleBenchmark {
    static final int WARMUP_DAYS = 60;
    /** Days the kernel check compares before the kernel is measured. */
    static final int CHECK_DAYS = 10;
    static final long SEED = Seeds.runSeed(1, 0);
    /** The longest horizon a scenario may have (horizonDays is at most 10,000). */
    static final int MAX_HORIZON = 10_000;

    /** The world of one size, built once per fork. */
    @State(Scope.Benchmark)
    public static class Sized {
        @Param({"100", "1000", "10000", "100000"})
        public int members;
        /** Persons per member (10 as the issue asks; {@code -p populationPerMember=2} shows the cache effect). */
        @Param({"10"})
        public int populationPerMember;
        Scenario scenario;
        World world;
        int horizon;

        @Setup(Level.Trial)
        public void build() {
            // days one iteration could use if a member-day took only 50 ns and a day 2 µs, twice over
            long runway = 2 * 2_000_000_000L / (50L * members + 2_000);
            // a scenario runs at most MAX_HORIZON days (the schema's limit): small groups restart within an iteration
            horizon = (int) Math.min(MAX_HORIZON, WARMUP_DAYS + CHECK_DAYS + runway);
            scenario = Workloads.steadyState(members, horizon, populationPerMember);
            world = World.build(scenario, SEED);
        }
    }

    @State(Scope.Thread)
    public static class Engine {
        CommunityModel model;
        private Sized sized;

        @Setup(Level.Iteration)
        public void ensureRunway(Sized s) {
            sized = s;
            long perIteration = (s.horizon - WARMUP_DAYS - CHECK_DAYS) / 2;
            if (model == null || model.day() + perIteration > s.horizon) {
                model = KernelCheck.startedModel(s.scenario, s.world, SEED, WARMUP_DAYS);
            }
        }

        int step() {
            if (model.day() >= sized.horizon) {
                // out of days (groups under ~2,000 members run more than MAX_HORIZON days an iteration): start over
                // from the day-60 state; the 60 warm-up days cost < 1% of the iteration at 100 members
                model = KernelCheck.startedModel(sized.scenario, sized.world, SEED, WARMUP_DAYS);
            }
            model.stepDay();
            return model.memberCount();
        }
    }

    @State(Scope.Thread)
    public static class Kernel {
        ReferenceKernel kernel;

        @Setup(Level.Trial)
        public void verifyAndTakeOver(Sized s) {
            kernel = KernelCheck.verify(s.scenario, s.world, SEED, WARMUP_DAYS, CHECK_DAYS);
        }
    }

    /** Member-days run in the iteration: reported per member-day. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class MemberDays {
        public long memberDays;

        @Setup(Level.Iteration)
        public void reset() {
            memberDays = 0;
        }
    }

    @Benchmark
    public int engineDay(Engine e, MemberDays counter) {
        int members = e.step();
        counter.memberDays += members;
        return members;
    }

    @Benchmark
    public int kernelDay(Kernel k, MemberDays counter) {
        k.kernel.step();
        int members = k.kernel.memberCount();
        counter.memberDays += members;
        return members;
    }
}
