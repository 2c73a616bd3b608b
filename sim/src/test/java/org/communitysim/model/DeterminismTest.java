package org.communitysim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.communitysim.population.Population;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.file.ShippedScenarios;
import org.communitysim.scenario.Scenario;
import org.junit.jupiter.api.Test;

class DeterminismTest {
    private static final Scenario SMALL = ShippedScenarios.load("big-open-group")
            .withPopulation(Defaults.POPULATION.withSize(3000)).withHorizonDays(90);

    @Test
    void run_sameSeed_identicalSeriesAndSummary() {
        long seed = Seeds.runSeed(7, 3);
        RunResult a = CommunityModel.run(SMALL, seed);
        RunResult b = CommunityModel.run(SMALL, seed);
        assertEquals(a.daily(), b.daily());
        assertEquals(a.summary(), b.summary());
        for (DailyMetric m : DailyMetric.values()) {
            double[] x = a.daily().series(m);
            double[] y = b.daily().series(m);
            for (int d = 0; d < x.length; d++) {
                assertEquals(Double.doubleToLongBits(x[d]), Double.doubleToLongBits(y[d]), m + " day " + d);
            }
        }
    }

    @Test
    void run_differentSeeds_differentSeries() {
        RunResult a = CommunityModel.run(SMALL, Seeds.runSeed(7, 0));
        RunResult b = CommunityModel.run(SMALL, Seeds.runSeed(7, 1));
        assertNotEquals(a.daily(), b.daily());
    }

    @Test
    void run_concurrentRuns_matchSequentialRuns() {
        RunResult sequential = CommunityModel.run(SMALL, Seeds.runSeed(9, 5));
        var parallel = java.util.stream.IntStream.range(0, 4).parallel()
                .mapToObj(i -> CommunityModel.run(SMALL, Seeds.runSeed(9, 5))).toList();
        for (RunResult r : parallel) {
            assertEquals(sequential.daily(), r.daily());
        }
    }

    @Test
    void world_sameReplicateDifferentGroupSpec_identicalPopulationAndNetwork() {
        long seed = Seeds.runSeed(11, 2);
        Scenario open = SMALL;
        Scenario curated = ShippedScenarios.load("small-curated-group").withPopulation(Defaults.POPULATION.withSize(3000));
        World a = World.build(open, seed);
        World b = World.build(curated, seed);
        Population pa = a.population();
        Population pb = b.population();
        assertEquals(pa.size(), pb.size());
        for (int i = 0; i < pa.size(); i++) {
            assertEquals(pa.activity(i), pb.activity(i));
            assertEquals(pa.interest(i, 0), pb.interest(i, 0));
            assertEquals(pa.advertiser(i), pb.advertiser(i));
            assertEquals(a.network().degree(i), b.network().degree(i));
        }
        for (int k = 0; k < a.network().rowEnd(pa.size() - 1); k++) {
            assertEquals(a.network().target(k), b.network().target(k));
            assertEquals(a.network().weight(k), b.network().weight(k));
        }
    }

    @Test
    void world_differentReplicates_differentPopulations() {
        World a = World.build(SMALL, Seeds.runSeed(11, 0));
        World b = World.build(SMALL, Seeds.runSeed(11, 1));
        int same = 0;
        for (int i = 0; i < a.population().size(); i++) {
            if (a.population().activity(i) == b.population().activity(i)) {
                same++;
            }
        }
        assertTrue(same < 5, "populations of different replicates share " + same + " activity draws");
    }

    @Test
    void runSeed_dependsOnMasterAndReplicateOnly() {
        assertEquals(Seeds.runSeed(1, 0), Seeds.runSeed(1, 0));
        assertNotEquals(Seeds.runSeed(1, 0), Seeds.runSeed(1, 1));
        assertNotEquals(Seeds.runSeed(1, 0), Seeds.runSeed(2, 0));
        assertNotEquals(Seeds.streamSeed(5, "posting"), Seeds.streamSeed(5, "reading"));
    }
}
