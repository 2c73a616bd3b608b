package org.communitysim.model;

import org.communitysim.scenario.EconomicsSpec;
import org.communitysim.scenario.MoneyResponse;

/**
 * What money does to the decision to join (docs/model.md §4.10), applied to applying after an outside exposure and
 * to accepting an invitation. A fee is a barrier: willingness to pay for admission is exponential with mean
 * wtpScale·(wtpFloor + (1 − wtpFloor)·aff), so a person pays the admission price F with P = e^(−F/mean) — the more
 * interested pay more. Points and coupons pull the incentive-sensitive: the probability is multiplied by
 * 1 + incentivePull·R·ι·(1 − aff) (capped at 1), R the offered points in standard rewards, so they attract the
 * low-affinity. A group without a fee or points is {@link #FREE}, which leaves the probability as it is.
 */
interface Admission {
    /** No fee, no points: the probability unchanged. */
    Admission FREE = (p, affinity, sensitivity) -> p;

    /** P of joining given the money: {@code p} the probability without money. */
    double apply(double p, double affinity, double sensitivity);

    static Admission of(EconomicsSpec e) {
        MoneyResponse r = e.response();
        double price = e.admissionPrice();
        double offered = r.inRewards(e.postPoints() + e.eventPoints());
        if (price == 0 && offered == 0) {
            return FREE;
        }
        return (p, affinity, sensitivity) -> Math.min(1, p * willingToPay(r, price, affinity)
                * (1 + r.incentivePull() * offered * sensitivity * (1 - affinity)));
    }

    /** P that a person of this affinity pays {@code price}: e^(−price / (wtpScale·(wtpFloor + (1 − wtpFloor)·aff))). */
    static double willingToPay(MoneyResponse r, double price, double affinity) {
        if (price == 0) {
            return 1;
        }
        double mean = r.wtpScale() * (r.wtpFloor() + (1 - r.wtpFloor()) * affinity);
        return mean > 0 ? Math.exp(-price / mean) : 0;
    }
}
