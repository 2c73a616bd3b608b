package org.communitysim.benchmarks.kernel;

import org.communitysim.model.CommunityModel;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.World;
import org.communitysim.scenario.Scenario;

/**
 * Proves that the {@link ReferenceKernel} does the engine's work: two engines run the same scenario and seed to
 * day {@code warmupDays}; the kernel takes over one of them and both go on for {@code days} days, which must give
 * the same metrics, bit for bit, every day. Run before every kernel benchmark; also a main.
 */
public final class KernelCheck {
    private KernelCheck() {
    }

    /**
     * Returns the kernel, {@code warmupDays + days} days into the run, once it has matched the engine every day
     * after {@code warmupDays}; throws IllegalStateException at the first day and metric where they differ.
     */
    public static ReferenceKernel verify(Scenario scenario, World world, long seed, int warmupDays, int days) {
        if (scenario.horizonDays() < warmupDays + days) {
            throw new IllegalArgumentException("horizon too short for the check");
        }
        CommunityModel engine = startedModel(scenario, world, seed, warmupDays);
        CommunityModel donor = startedModel(scenario, world, seed, warmupDays);
        ReferenceKernel kernel = new ReferenceKernel(scenario, world.population(), world.network(),
                EngineStates.takeOver(donor));
        DailyMetric[] metrics = DailyMetric.values();
        for (int d = 0; d < days; d++) {
            int day = engine.day();
            engine.stepDay();
            kernel.step();
            double[] k = kernel.lastDay();
            for (DailyMetric m : metrics) {
                double e = engine.daily().get(m, day);
                if (Double.doubleToLongBits(e) != Double.doubleToLongBits(k[m.ordinal()])) {
                    throw new IllegalStateException("reference kernel differs from the engine on day " + day + ", "
                            + m.column() + ": engine " + e + ", kernel " + k[m.ordinal()]
                            + " (scenario " + scenario.name() + "): update ReferenceKernel to the model's phases");
                }
            }
        }
        return kernel;
    }

    /** A started model run {@code days} days. */
    public static CommunityModel startedModel(Scenario scenario, World world, long seed, int days) {
        CommunityModel m = new CommunityModel(scenario, world, seed);
        m.start();
        for (int d = 0; d < days; d++) {
            m.stepDay();
        }
        return m;
    }

    public static void main(String[] args) {
        org.communitysim.benchmarks.OutputFingerprint.SHIPPED.forEach(name -> {
            Scenario s = org.communitysim.scenario.file.ShippedScenarios.load(name);
            for (int r = 0; r < 3; r++) {
                long seed = org.communitysim.random.Seeds.runSeed(1, r);
                World w = World.build(s, seed);
                verify(s, w, seed, 30, s.horizonDays() - 30);
            }
            System.out.println("kernel = engine: " + name);
        });
        for (int members : new int[] {100, 1_000, 10_000}) {
            Scenario s = org.communitysim.benchmarks.Workloads.steadyState(members, 400);
            long seed = org.communitysim.random.Seeds.runSeed(1, 0);
            verify(s, World.build(s, seed), seed, 60, 340);
            System.out.println("kernel = engine: " + s.name());
        }
    }
}
