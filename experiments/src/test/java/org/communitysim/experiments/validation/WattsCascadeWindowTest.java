package org.communitysim.experiments.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Watts (2002): with everyone at threshold 0.18 on a random graph, one random seed sets off global cascades only
 * for mean degrees inside the window (about 1.02 to 5.76); none well outside it.
 */
class WattsCascadeWindowTest {

    @Test
    void globalCascades_happenInsideTheWindow_andNeverWellOutsideIt() {
        double[] z = {0.5, 2, 3, 4, 8};
        WattsCheck.Result r = WattsCheck.run(5_000, z, 40, 3, 2);
        for (double inside : WattsCheck.INSIDE) {
            double f = r.frequency(r.index(inside));
            assertTrue(f >= WattsCheck.INSIDE_MIN, "z = " + inside + ": frequency " + f);
        }
        for (double outside : WattsCheck.OUTSIDE) {
            assertEquals(0, r.global()[r.index(outside)], "z = " + outside);
        }
        // inside the window a global cascade takes most of the population, and more of it at higher degree
        assertTrue(r.meanGlobalSize()[r.index(4)] > r.meanGlobalSize()[r.index(2)]);
        assertTrue(r.meanGlobalSize()[r.index(4)] > 0.9);
    }

    @Test
    void analyticWindow_solvesTheCascadeCondition() {
        double[] w = WattsCheck.analyticWindow(WattsCheck.PHI);
        for (double z : w) {
            // z·P(Poisson(z) <= 3) = 1 for threshold 0.18 (vulnerable degrees <= 5)
            double p = Math.exp(-z) * (1 + z + z * z / 2 + z * z * z / 6);
            assertEquals(1, z * p, 1e-9, "z = " + z);
        }
        assertTrue(w[0] > 1 && w[0] < 1.1, "lower end " + w[0]);
        assertTrue(w[1] > 5.5 && w[1] < 6, "upper end " + w[1]);
    }
}
