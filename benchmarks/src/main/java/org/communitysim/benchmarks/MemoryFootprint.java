package org.communitysim.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import org.communitysim.model.CommunityModel;
import org.communitysim.model.World;
import org.communitysim.network.Networks;
import org.communitysim.network.TrustNetwork;
import org.communitysim.population.Population;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Scenario;

/**
 * Heap bytes per person and per tie, and whether a large world plus a model over it fits a heap: builds the
 * population, then the network, then a {@link CommunityModel} (the steady-state workload, a group of 10% of
 * the persons) and runs it a few days, measuring the heap in use after a full GC at each stage, and the
 * peak of the heap pools during generation.
 *
 * <pre>java -Xmx4g -cp benchmarks/target/benchmarks.jar org.communitysim.benchmarks.MemoryFootprint 1000000 50 20</pre>
 * arguments: persons (default 10^6), network mean degree (default 50), days to run (default 20).
 */
public final class MemoryFootprint {
    private MemoryFootprint() {
    }

    public static void main(String[] args) {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        double meanDegree = args.length > 1 ? Double.parseDouble(args[1]) : 50;
        int days = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        long maxHeap = Runtime.getRuntime().maxMemory();
        System.out.printf(Locale.ROOT, "persons %,d, mean degree %.0f, max heap %,d MB%n", persons, meanDegree,
                maxHeap >> 20);

        Scenario base = Workloads.steadyState(persons / Workloads.POPULATION_PER_MEMBER, days + 1);
        Scenario scenario = base.withNetwork(base.network().withMeanDegree(meanDegree));
        long seed = Seeds.runSeed(1, 0);

        long empty = usedAfterGc();
        resetPeaks();
        long t0 = System.nanoTime();
        Population population = Population.draw(scenario.population(), persons, Seeds.stream(seed, "population"));
        long t1 = System.nanoTime();
        long withPopulation = usedAfterGc();
        TrustNetwork network = Networks.generate(scenario.network(), population, Seeds.stream(seed, "network"));
        long t2 = System.nanoTime();
        long peakGeneration = peakOfPools();
        long withNetwork = usedAfterGc();
        World world = new World(population, network);

        CommunityModel model = new CommunityModel(scenario, world, seed);
        model.start();
        long t3 = System.nanoTime();
        for (int d = 0; d < days; d++) {
            model.stepDay();
        }
        long t4 = System.nanoTime();
        long withModel = usedAfterGc();
        long peakAll = peakOfPools();

        long endpoints = 2 * network.tieCount();
        double popBytes = withPopulation - empty;
        double netBytes = withNetwork - withPopulation;
        double modelBytes = withModel - withNetwork;
        System.out.printf(Locale.ROOT, "population: %.2f s, %,.0f bytes retained = %.1f bytes/person (arrays by formula %.1f)%n",
                (t1 - t0) / 1e9, popBytes, popBytes / persons, (double) population.bytes() / persons);
        System.out.printf(Locale.ROOT, "network: %.2f s, %,d ties (realised mean degree %.2f), %,.0f bytes retained = "
                        + "%.2f bytes/tie endpoint, %.2f bytes/undirected tie, %.1f bytes/person%n",
                (t2 - t1) / 1e9, network.tieCount(), network.meanDegree(), netBytes, netBytes / endpoints,
                netBytes / network.tieCount(), netBytes / persons);
        System.out.printf(Locale.ROOT, "model (start + %d days, %,d members at the end): %.2f s for the days, "
                        + "%,.0f bytes retained = %.1f bytes/person%n",
                days, model.memberCount(), (t4 - t3) / 1e9, modelBytes, modelBytes / persons);
        System.out.printf(Locale.ROOT, "retained in all: %,d MB; peak of heap pools during generation %,d MB, "
                + "over the whole run %,d MB; max heap %,d MB -> %s%n", (withModel - empty) >> 20,
                peakGeneration >> 20, peakAll >> 20, maxHeap >> 20, "fits (the run completed)");
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one time since the last reset. */
    private static long peakOfPools() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
