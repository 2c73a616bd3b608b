package org.communitysim.scenario;

/**
 * Step 5, reading and socialisation. V = contentSaturation·(1 − e^(−g/contentSaturation))
 * − noiseCost·(0.2 + 0.8·aff)·#noise − adCost·#ads + Σ promotions (promoBase + promoIntentGain·intent)
 * − overloadCost·(1 − attention/pool)₊.
 *
 * @param lurkerReadFactor   factor on a lurker's attention
 * @param contentSaturation  saturation level of a day's content value, units
 * @param noiseCost          cost per off-topic post read (× (0.2 + 0.8·aff))
 * @param adCost             cost per ad read
 * @param promoBase          value of a promotion read by someone with no purchase intent
 * @param promoIntentGain    extra value of a promotion per unit of purchase intent
 * @param overloadCost       cost when everything is unread (scaled by the unread share)
 * @param askProbability     daily probability that a newcomer asks a question
 * @param askDays            days a member counts as a newcomer who asks
 * @param kolAnswer          answering strength per KOL present
 * @param operatorAnswer     answering strength of an operator who posts (cadence &gt; 0)
 * @param memberAnswer       answering strength per unit of Σ activity·expertise of members (× bystander)
 * @param answeredValue      value of an answered question
 * @param answeredCommitment commitment gained per answered question
 * @param unansweredCost     cost of a question left unanswered
 */
public record ReadingParams(
        double lurkerReadFactor,
        double contentSaturation,
        double noiseCost,
        double adCost,
        double promoBase,
        double promoIntentGain,
        double overloadCost,
        double askProbability,
        int askDays,
        double kolAnswer,
        double operatorAnswer,
        double memberAnswer,
        double answeredValue,
        double answeredCommitment,
        double unansweredCost) {
    public ReadingParams {
        Declarations.check(ReadingParams.class, lurkerReadFactor, contentSaturation, noiseCost, adCost, promoBase,
                promoIntentGain, overloadCost, askProbability, askDays, kolAnswer, operatorAnswer, memberAnswer,
                answeredValue, answeredCommitment, unansweredCost);
    }
}
