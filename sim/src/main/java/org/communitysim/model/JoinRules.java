package org.communitysim.model;

import org.communitysim.scenario.JoinSpec;

/** The join rule named by a scenario's {@code join.rule}. */
final class JoinRules {
    private JoinRules() {
    }

    static JoinRule of(JoinSpec spec) {
        return switch (spec.rule()) {
            case REFERRAL -> new ReferralRule();
            case BASS -> new BassRule(spec.bass());
            case FRACTIONAL_THRESHOLD -> new ThresholdRule(spec.threshold());
            case INDEPENDENT_CASCADE -> new CascadeRule(spec.cascade());
        };
    }
}
