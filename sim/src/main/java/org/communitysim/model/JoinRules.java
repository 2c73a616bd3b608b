package org.communitysim.model;

import org.communitysim.scenario.JoinSpec;
import org.communitysim.scenario.Scenario;

/** The join rule named by a scenario's {@code join.rule}. */
final class JoinRules {
    private JoinRules() {
    }

    /** @param threshold the entry threshold applicants face (0 without group mechanisms) */
    static JoinRule of(Scenario s, TopicWorld world, GroupState group, Streams streams, double threshold) {
        JoinSpec spec = s.join();
        return switch (spec.rule()) {
            case REFERRAL -> new ReferralRule(
                    new Exposure(Exposure.Params.of(s, threshold), world, group, streams.exposure()),
                    new Referral(Referral.Params.of(s), world, group, streams.referral()));
            case BASS -> new BassRule(spec.bass(), world, group, streams.join());
            case FRACTIONAL_THRESHOLD -> new ThresholdRule(spec.threshold(), world, group, streams.join());
            case INDEPENDENT_CASCADE -> new CascadeRule(spec.cascade(), world, group, streams.join());
        };
    }
}
