package org.communitysim.experiments.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/**
 * Backstrom et al. (2006) under the default referral model, from logged exposures: P(join | k) rises with k,
 * its slope falls at large k (diminishing returns), and at equal k it is higher when the friends inside are tied
 * to each other. Each claim at z >= 2 (binomial variances of the pooled counts; CMH for the tied friends).
 * Concavity from k = 2 is not asserted: the model's curve is S-shaped there (docs/validation.md).
 */
@Tag("slow")
class JoinVsFriendsTest {

    private static final JoinVsFriendsCheck.Result R = JoinVsFriendsCheck.run(10_000, 12, 11, 2);

    @Test
    void pJoin_risesWithFriendsInside() {
        double[] z = R.riseZ();
        for (int b = 0; b < z.length; b++) {
            assertTrue(z[b] >= JoinVsFriendsCheck.Z, "rise between k bins " + b + " and " + (b + 1) + ": z = " + z[b]);
        }
    }

    @Test
    void pJoin_hasDiminishingReturnsAtLargeK() {
        double z = R.concavityZ(JoinVsFriendsCheck.BINS.length - 3);
        assertTrue(z >= JoinVsFriendsCheck.Z, "slope 3-4→5-8 minus slope 5-8→9-16: z = " + z);
        double[] slopes = R.slopes();
        assertTrue(slopes[slopes.length - 1] < slopes[slopes.length - 2]);
    }

    @Test
    void pJoin_isHigherWhenTheFriendsAreTiedToEachOther_atEqualK() {
        double z = R.tiedZ();
        assertTrue(z >= JoinVsFriendsCheck.Z, "CMH z = " + z);
        for (int k = 2; k <= 5; k++) {
            assertTrue(R.pTied(k) > R.pUntied(k), "k = " + k + ": tied " + R.pTied(k) + " untied " + R.pUntied(k));
        }
    }
}
