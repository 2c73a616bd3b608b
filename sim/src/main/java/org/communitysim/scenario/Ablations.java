package org.communitysim.scenario;

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

    public static final Ablations ALL_ON = new Ablations(true, true, true, true, true, true, true, true, true, true,
            true, true, true, true, true);

    public Ablations withBystander(boolean on) {
        return new Ablations(on, noise, advertisers, overload, contentSaturation, socialBonds, referrerBond,
                entryCommitment, tenureCommitment, newcomerAnswers, referralSelectivityLoss, affinityOpportunityCost,
                welcome, events, moderation);
    }

    public Ablations withNoise(boolean on) {
        return new Ablations(bystander, on, advertisers, overload, contentSaturation, socialBonds, referrerBond,
                entryCommitment, tenureCommitment, newcomerAnswers, referralSelectivityLoss, affinityOpportunityCost,
                welcome, events, moderation);
    }

    public Ablations withAdvertisers(boolean on) {
        return new Ablations(bystander, noise, on, overload, contentSaturation, socialBonds, referrerBond,
                entryCommitment, tenureCommitment, newcomerAnswers, referralSelectivityLoss, affinityOpportunityCost,
                welcome, events, moderation);
    }

    public Ablations withOverload(boolean on) {
        return new Ablations(bystander, noise, advertisers, on, contentSaturation, socialBonds, referrerBond,
                entryCommitment, tenureCommitment, newcomerAnswers, referralSelectivityLoss, affinityOpportunityCost,
                welcome, events, moderation);
    }

    public Ablations withContentSaturation(boolean on) {
        return new Ablations(bystander, noise, advertisers, overload, on, socialBonds, referrerBond,
                entryCommitment, tenureCommitment, newcomerAnswers, referralSelectivityLoss, affinityOpportunityCost,
                welcome, events, moderation);
    }

    public Ablations withSocialBonds(boolean on) {
        return new Ablations(bystander, noise, advertisers, overload, contentSaturation, on, referrerBond,
                entryCommitment, tenureCommitment, newcomerAnswers, referralSelectivityLoss, affinityOpportunityCost,
                welcome, events, moderation);
    }

    public Ablations withReferrerBond(boolean on) {
        return new Ablations(bystander, noise, advertisers, overload, contentSaturation, socialBonds, on,
                entryCommitment, tenureCommitment, newcomerAnswers, referralSelectivityLoss, affinityOpportunityCost,
                welcome, events, moderation);
    }

    public Ablations withEntryCommitment(boolean on) {
        return new Ablations(bystander, noise, advertisers, overload, contentSaturation, socialBonds, referrerBond,
                on, tenureCommitment, newcomerAnswers, referralSelectivityLoss, affinityOpportunityCost,
                welcome, events, moderation);
    }

    public Ablations withTenureCommitment(boolean on) {
        return new Ablations(bystander, noise, advertisers, overload, contentSaturation, socialBonds, referrerBond,
                entryCommitment, on, newcomerAnswers, referralSelectivityLoss, affinityOpportunityCost,
                welcome, events, moderation);
    }

    public Ablations withNewcomerAnswers(boolean on) {
        return new Ablations(bystander, noise, advertisers, overload, contentSaturation, socialBonds, referrerBond,
                entryCommitment, tenureCommitment, on, referralSelectivityLoss, affinityOpportunityCost,
                welcome, events, moderation);
    }

    public Ablations withReferralSelectivityLoss(boolean on) {
        return new Ablations(bystander, noise, advertisers, overload, contentSaturation, socialBonds, referrerBond,
                entryCommitment, tenureCommitment, newcomerAnswers, on, affinityOpportunityCost,
                welcome, events, moderation);
    }

    public Ablations withAffinityOpportunityCost(boolean on) {
        return new Ablations(bystander, noise, advertisers, overload, contentSaturation, socialBonds, referrerBond,
                entryCommitment, tenureCommitment, newcomerAnswers, referralSelectivityLoss, on,
                welcome, events, moderation);
    }

    public Ablations withWelcome(boolean on) {
        return new Ablations(bystander, noise, advertisers, overload, contentSaturation, socialBonds, referrerBond,
                entryCommitment, tenureCommitment, newcomerAnswers, referralSelectivityLoss, affinityOpportunityCost,
                on, events, moderation);
    }

    public Ablations withEvents(boolean on) {
        return new Ablations(bystander, noise, advertisers, overload, contentSaturation, socialBonds, referrerBond,
                entryCommitment, tenureCommitment, newcomerAnswers, referralSelectivityLoss, affinityOpportunityCost,
                welcome, on, moderation);
    }

    public Ablations withModeration(boolean on) {
        return new Ablations(bystander, noise, advertisers, overload, contentSaturation, socialBonds, referrerBond,
                entryCommitment, tenureCommitment, newcomerAnswers, referralSelectivityLoss, affinityOpportunityCost,
                welcome, events, on);
    }
}
