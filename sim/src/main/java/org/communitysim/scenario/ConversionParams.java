package org.communitysim.scenario;

/**
 * Step 8, conversion: each promotion read converts with P = buyRate·aff·(1 + trustTieGain·ln(1 + W)) (× kolTrust
 * with a KOL present); a buyer who reads promotions buys again that day with P = rebuyRate·eng(S)·min(1, promotions read).
 *
 * @param buyRate      conversion probability per promotion read at affinity 1 and no ties inside
 * @param trustTieGain gain of conversion per log unit of tie weight inside
 * @param kolTrust     factor on conversion while a KOL is a member
 * @param rebuyRate    repurchase probability per day a buyer reads a promotion, per unit engagement
 */
public record ConversionParams(double buyRate, double trustTieGain, double kolTrust, double rebuyRate) {
    public ConversionParams {
        Declarations.check(ConversionParams.class, buyRate, trustTieGain, kolTrust, rebuyRate);
    }
}
