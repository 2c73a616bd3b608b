package org.communitysim.scenario;

import java.util.Arrays;
import java.util.Objects;

/**
 * Who joins and how (docs/model.md "Join rules"): the rule that turns non-members into applicants, who is in on
 * day 0, and whether the group-side mechanisms apply. The default is the design's model (docs/model.md §4): the referral rule, the
 * operator's circle, every mechanism on. The classic diffusion rules (Bass, fractional threshold, independent
 * cascade) run "unaltered" with {@code groupMechanisms} off: no screening, no cap, no churn, no bans.
 *
 * @param rule            the join rule
 * @param groupMechanisms screening (threshold), the size cap, leaving (churn) and bans apply to joiners
 * @param memberActivity  members post, read and update their satisfaction each day (off: a pure diffusion run,
 *                        members only count; needs a classic rule and groupMechanisms off)
 * @param seeding         who is in on day 0 besides the KOLs
 * @param seedCount       how many random seeds, for seeding {@code random}
 * @param seedIds         the seeds' node ids, for seeding {@code ids}
 * @param bass            parameters of the {@code bass} rule
 * @param threshold       parameters of the {@code fractional-threshold} rule
 * @param cascade         parameters of the {@code independent-cascade} rule
 */
public record JoinSpec(
        JoinRuleType rule,
        boolean groupMechanisms,
        boolean memberActivity,
        SeedingMode seeding,
        int seedCount,
        int[] seedIds,
        BassParams bass,
        ThresholdParams threshold,
        CascadeParams cascade) {

    public JoinSpec {
        Declarations.check(JoinSpec.class, rule, groupMechanisms, memberActivity, seeding, seedCount, seedIds, bass,
                threshold, cascade);
        seedIds = seedIds.clone();
        int[] sorted = seedIds.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            if (i > 0 && sorted[i] == sorted[i - 1]) {
                throw new IllegalArgumentException("join.seedIds lists node " + sorted[i] + " twice");
            }
        }
        if (seeding == SeedingMode.IDS && seedIds.length == 0) {
            throw new IllegalArgumentException("join.seedIds must list at least one node id when join.seeding is IDS");
        }
        if (!memberActivity && (groupMechanisms || rule == JoinRuleType.REFERRAL)) {
            throw new IllegalArgumentException("join.memberActivity can be false only with a classic rule (bass, "
                    + "fractional-threshold, independent-cascade) and join.groupMechanisms false: churn and "
                    + "referral invitations depend on members' satisfaction");
        }
    }

    /** A copy of the seed ids (the record never shares its array). */
    @Override
    public int[] seedIds() {
        return seedIds.clone();
    }

    /** The number of seeds on day 0 besides the KOLs, or -1 when it is the circle's {@code group.seedMembers}. */
    public int fixedSeedCount() {
        return switch (seeding) {
            case CIRCLE -> -1;
            case RANDOM -> seedCount;
            case IDS -> seedIds.length;
            case NONE -> 0;
        };
    }

    public JoinSpec withRule(JoinRuleType r) {
        return new JoinSpec(r, groupMechanisms, memberActivity, seeding, seedCount, seedIds, bass, threshold, cascade);
    }

    /** Group-side mechanisms and member activity on or off together (off: the textbook model unaltered). */
    public JoinSpec withMechanisms(boolean group, boolean activity) {
        return new JoinSpec(rule, group, activity, seeding, seedCount, seedIds, bass, threshold, cascade);
    }

    public JoinSpec withSeeding(SeedingMode mode, int count, int[] ids) {
        return new JoinSpec(rule, groupMechanisms, memberActivity, mode, count, ids, bass, threshold, cascade);
    }

    public JoinSpec withBass(BassParams b) {
        return new JoinSpec(rule, groupMechanisms, memberActivity, seeding, seedCount, seedIds, b, threshold, cascade);
    }

    public JoinSpec withThreshold(ThresholdParams t) {
        return new JoinSpec(rule, groupMechanisms, memberActivity, seeding, seedCount, seedIds, bass, t, cascade);
    }

    public JoinSpec withCascade(CascadeParams c) {
        return new JoinSpec(rule, groupMechanisms, memberActivity, seeding, seedCount, seedIds, bass, threshold, c);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JoinSpec j && rule == j.rule && groupMechanisms == j.groupMechanisms
                && memberActivity == j.memberActivity && seeding == j.seeding && seedCount == j.seedCount
                && Arrays.equals(seedIds, j.seedIds) && bass.equals(j.bass) && threshold.equals(j.threshold)
                && cascade.equals(j.cascade);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(rule, groupMechanisms, memberActivity, seeding, seedCount, bass, threshold, cascade)
                + Arrays.hashCode(seedIds);
    }

    @Override
    public String toString() {
        return "JoinSpec[rule=" + rule + ", groupMechanisms=" + groupMechanisms + ", memberActivity="
                + memberActivity + ", seeding=" + seeding + ", seedCount=" + seedCount + ", seedIds="
                + Arrays.toString(seedIds) + ", bass=" + bass + ", threshold=" + threshold + ", cascade=" + cascade
                + "]";
    }
}
