package org.communitysim.experiments.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KaplanMeierTest {
    // six subjects: deaths at ages 1, 3, 3 and 5; censored at 2 and 4
    private static final int[] AGES = {1, 2, 3, 3, 4, 5};
    private static final boolean[] DEATH = {true, false, true, true, false, true};

    @Test
    void estimate_withCensoring_matchesTheHandComputedProductLimit() {
        KaplanMeier.Curve c = KaplanMeier.estimate(AGES, DEATH);
        // at risk: 6 at ages 0 and 1, 5 at 2 (the death at 1 gone), 4 at 3 (the censored at 2 gone), 2 at 4, 1 at 5
        assertArrayEquals(new int[] {6, 6, 5, 4, 2, 1}, c.atRisk());
        assertArrayEquals(new int[] {0, 1, 0, 2, 0, 1}, c.deaths());
        assertArrayEquals(new int[] {0, 0, 1, 0, 1, 0}, c.censored());
        // S(1) = 5/6; the censoring at 2 does not lower it; S(3) = 5/6 · (1 − 2/4) = 5/12; S(5) = 5/12 · (1 − 1/1) = 0
        double[] expected = {1, 5.0 / 6, 5.0 / 6, 5.0 / 12, 5.0 / 12, 0};
        assertArrayEquals(expected, c.survival(), 1e-12);
        assertArrayEquals(expected, c.low(), 1e-12);
        assertEquals(5.0 / 12, c.at(4), 1e-12);
        assertTrue(Double.isNaN(c.at(6)));
    }

    @Test
    void estimate_noCensoring_isTheShareStillAlive() {
        int[] ages = {2, 4, 4, 7};
        KaplanMeier.Curve c = KaplanMeier.estimate(ages, new boolean[] {true, true, true, true});
        assertEquals(1.0, c.at(1), 1e-12);
        assertEquals(0.75, c.at(2), 1e-12);
        assertEquals(0.25, c.at(4), 1e-12);
        assertEquals(0.25, c.at(6), 1e-12);
        assertEquals(0.0, c.at(7), 1e-12);
    }

    @Test
    void withClusterBand_identicalClusters_bandIsThePoint() {
        // two clusters holding the same subjects: every resample pools the same proportions
        int[] ages = new int[12];
        boolean[] death = new boolean[12];
        int[] cluster = new int[12];
        for (int i = 0; i < 12; i++) {
            ages[i] = AGES[i % 6];
            death[i] = DEATH[i % 6];
            cluster[i] = i / 6;
        }
        KaplanMeier.Curve c = KaplanMeier.withClusterBand(ages, death, cluster, 2, 7);
        assertArrayEquals(c.survival(), c.low(), 1e-12);
        assertArrayEquals(c.survival(), c.high(), 1e-12);
    }

    @Test
    void withClusterBand_differentClusters_bandHoldsThePointAndIsReproducible() {
        int clusters = 20;
        int perCluster = 5;
        int n = clusters * perCluster;
        int[] ages = new int[n];
        boolean[] death = new boolean[n];
        int[] cluster = new int[n];
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        for (int i = 0; i < n; i++) {
            cluster[i] = i / perCluster;
            // clusters differ in their hazard: a correlated death within a cluster
            ages[i] = 1 + r.nextInt(5 + 3 * cluster[i]);
            death[i] = ages[i] < 40;
        }
        KaplanMeier.Curve a = KaplanMeier.withClusterBand(ages, death, cluster, clusters, 11);
        KaplanMeier.Curve b = KaplanMeier.withClusterBand(ages, death, cluster, clusters, 11);
        assertArrayEquals(a.low(), b.low());
        assertArrayEquals(a.high(), b.high());
        boolean wide = false;
        for (int age = 0; age < a.days(); age++) {
            assertTrue(a.low()[age] <= a.survival()[age] + 1e-12 && a.survival()[age] <= a.high()[age] + 1e-12,
                    "age " + age);
            wide |= a.high()[age] - a.low()[age] > 0.05;
        }
        assertTrue(wide, "resampling clusters that differ gives a band");
    }
}
