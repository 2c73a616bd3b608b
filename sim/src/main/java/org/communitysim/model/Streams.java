package org.communitysim.model;

import org.communitysim.random.Rng;
import org.communitysim.random.Seeds;

/**
 * One random stream per purpose (docs/model.md "Randomness"), all derived from the run seed, so switching one
 * mechanism off or changing the join rule leaves the other purposes' draws untouched.
 *
 * @param join    the classic join rules' stream (thresholds, Bass and cascade draws); unused by the referral rule
 * @param billing renewals of the membership fee (who pays); unused without a membership fee
 */
public record Streams(Rng seeding, Rng exposure, Rng referral, Rng screening, Rng posting, Rng reading, Rng state,
        Rng conversion, Rng join, Rng billing) {

    static Streams of(long runSeed) {
        return new Streams(Seeds.stream(runSeed, "seeding"), Seeds.stream(runSeed, "exposure"),
                Seeds.stream(runSeed, "referral"), Seeds.stream(runSeed, "screening"),
                Seeds.stream(runSeed, "posting"), Seeds.stream(runSeed, "reading"), Seeds.stream(runSeed, "state"),
                Seeds.stream(runSeed, "conversion"), Seeds.stream(runSeed, "join"), Seeds.stream(runSeed, "billing"));
    }
}
