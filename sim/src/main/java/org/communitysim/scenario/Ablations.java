package org.communitysim.scenario;

import org.communitysim.scenario.schema.RecordTrees;

/**
 * One switch per mechanism: {@code true} = the mechanism runs (the default), {@code false} = it is
 * removed so a user can see what drives an outcome. What each switch removes is documented in
 * docs/model.md, "Ablations".
 */
public record Ablations(
        boolean bystander,
        boolean noise,
        boolean advertisers,
        boolean overload,
        boolean contentSaturation,
        boolean socialBonds,
        boolean referrerBond,
        boolean entryCommitment,
        boolean tenureCommitment,
        boolean newcomerAnswers,
        boolean referralSelectivityLoss,
        boolean affinityOpportunityCost,
        boolean welcome,
        boolean events,
        boolean moderation) {

    /** Every mechanism on: the model as specified. */
    public static final Ablations ALL_ON = RecordTrees.construct(Ablations.class, component -> true);

    /**
     * A copy with one mechanism switched on or off, by its name in files ({@code ablations.noise}) and here
     * ({@code with("noise", false)}). One generic copy instead of a hand-written method per switch: a new switch
     * is a record component and its declaration in reference.yaml, nothing more.
     *
     * @throws IllegalArgumentException for a name that is not a switch (the message lists the switches)
     */
    public Ablations with(String mechanism, boolean on) {
        return RecordTrees.with(this, mechanism, on);
    }
}
