package org.communitysim.scenario;

/**
 * The group and its gate (docs/model.md §2 "Group"; levers 规模 size and 门槛 threshold).
 *
 * @param topic           index of the group's topic (its topic vector is that unit vector)
 * @param sizeCap         maximum number of members; applicants are turned away when full
 * @param threshold       entry threshold θ in [0, 1]: applicants need affinity + noise ≥ θ; θ = 0 is an open group (no screening)
 * @param seedMembers     members on day 0: the operator's own circle
 * @param outsideExposure people per day who see the group's poster or ad (public traffic)
 * @param moderation      probability that a posted ad is removed
 * @param banOnRemoval    probability that an advertiser whose ad was removed is banned
 */
public record GroupSpec(
        int topic,
        int sizeCap,
        double threshold,
        int seedMembers,
        double outsideExposure,
        double moderation,
        double banOnRemoval) {

    public GroupSpec {
        Declarations.check(GroupSpec.class, topic, sizeCap, threshold, seedMembers, outsideExposure, moderation,
                banOnRemoval);
    }

    public GroupSpec withSizeCap(int cap) {
        return new GroupSpec(topic, cap, threshold, seedMembers, outsideExposure, moderation, banOnRemoval);
    }

    public GroupSpec withThreshold(double theta) {
        return new GroupSpec(topic, sizeCap, theta, seedMembers, outsideExposure, moderation, banOnRemoval);
    }

    public GroupSpec withOutsideExposure(double perDay) {
        return new GroupSpec(topic, sizeCap, threshold, seedMembers, perDay, moderation, banOnRemoval);
    }

    public GroupSpec withModeration(double removeProbability) {
        return new GroupSpec(topic, sizeCap, threshold, seedMembers, outsideExposure, removeProbability, banOnRemoval);
    }

    public GroupSpec withSeedMembers(int seeds) {
        return new GroupSpec(topic, sizeCap, threshold, seeds, outsideExposure, moderation, banOnRemoval);
    }
}
