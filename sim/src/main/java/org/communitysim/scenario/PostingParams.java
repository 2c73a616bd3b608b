package org.communitysim.scenario;

/**
 * Step 4, posting. On-topic ~ Poisson(a·eng(S)·aff·bystander(n)), chatter ~ Poisson(a·eng(S)·(1 − aff)),
 * bystander(n) = 1/(1 + (n/bystanderHalf)^bystanderBeta).
 *
 * @param bystanderHalf    group size n½ at which on-topic posting halves
 * @param bystanderBeta    exponent β of the bystander effect (Darley &amp; Latané: ≈ 0.63)
 * @param lurkerPostFactor factor on a lurker's posting
 * @param eventPostFactor  factor on on-topic posting on an event day
 * @param eventBonus       satisfaction units everyone present gains on an event day
 * @param adsPerAdvertiser mean ads per advertiser-day
 */
public record PostingParams(
        double bystanderHalf,
        double bystanderBeta,
        double lurkerPostFactor,
        double eventPostFactor,
        double eventBonus,
        double adsPerAdvertiser) {
    public PostingParams {
        Declarations.check(PostingParams.class, bystanderHalf, bystanderBeta, lurkerPostFactor, eventPostFactor,
                eventBonus, adsPerAdvertiser);
    }
}
