package org.communitysim.scenario;

/**
 * Who may join: the persons of one run, drawn once per replicate (docs/model.md §2 "Person").
 *
 * @param size                   number of persons (potential members); ignored for an edge-list network, whose node count rules
 * @param topics                 number of topics T of the interest vectors
 * @param interestAlpha          Dirichlet concentration of interest vectors (small: people care about one or two topics)
 * @param activityMean           mean posting propensity, posts/day (log-normal: heavy tail)
 * @param activitySigma          log-scale sigma of activity
 * @param attentionMean          mean posts a person reads per day at most (log-normal)
 * @param attentionSigma         log-scale sigma of attention
 * @param expertiseA             Beta(a, b) of expertise, first shape
 * @param expertiseB             Beta(a, b) of expertise, second shape
 * @param advertiserShare        share of persons who are advertisers
 * @param purchaseIntentA        Beta(a, b) of purchase intent, first shape
 * @param purchaseIntentB        Beta(a, b) of purchase intent, second shape
 * @param incentiveShape         Gamma(shape, scale) of incentive sensitivity, shape
 * @param incentiveScale         Gamma(shape, scale) of incentive sensitivity, scale
 */
public record PopulationSpec(
        int size,
        int topics,
        double interestAlpha,
        double activityMean,
        double activitySigma,
        double attentionMean,
        double attentionSigma,
        double expertiseA,
        double expertiseB,
        double advertiserShare,
        double purchaseIntentA,
        double purchaseIntentB,
        double incentiveShape,
        double incentiveScale) {

    public PopulationSpec {
        Declarations.check(PopulationSpec.class, size, topics, interestAlpha, activityMean, activitySigma,
                attentionMean, attentionSigma, expertiseA, expertiseB, advertiserShare, purchaseIntentA,
                purchaseIntentB, incentiveShape, incentiveScale);
    }

    public PopulationSpec withSize(int newSize) {
        return new PopulationSpec(newSize, topics, interestAlpha, activityMean, activitySigma, attentionMean,
                attentionSigma, expertiseA, expertiseB, advertiserShare, purchaseIntentA, purchaseIntentB,
                incentiveShape, incentiveScale);
    }

    public PopulationSpec withAdvertiserShare(double share) {
        return new PopulationSpec(size, topics, interestAlpha, activityMean, activitySigma, attentionMean,
                attentionSigma, expertiseA, expertiseB, share, purchaseIntentA, purchaseIntentB,
                incentiveShape, incentiveScale);
    }
}
