package org.communitysim.experiments.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Granovetter (1978): thresholds 0..99 make a riot of 100; moving one threshold from 1 to 2 leaves one rioter. */
class GranovetterRiotTest {

    @Test
    void uniformThresholds_allHundredJoin_oneADay() {
        GranovetterCheck.Result r = GranovetterCheck.run(1);
        assertEquals(100, r.uniformJoined());
        for (int d = 0; d < 100; d++) {
            assertEquals(d + 1, r.uniform()[d], "members after day " + d);
        }
    }

    @Test
    void thresholdOneReplacedByTwo_onlyTheInstigatorJoins() {
        GranovetterCheck.Result r = GranovetterCheck.run(1);
        assertEquals(1, r.perturbedJoined());
        for (double members : r.perturbed()) {
            assertEquals(1, members);
        }
    }

    @Test
    void result_doesNotDependOnTheSeed() {
        for (long seed = 2; seed < 6; seed++) {
            GranovetterCheck.Result r = GranovetterCheck.run(seed);
            assertEquals(100, r.uniformJoined());
            assertEquals(1, r.perturbedJoined());
        }
    }
}
