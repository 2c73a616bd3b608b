package org.communitysim.scenario;

/**
 * What the operator (群主) does (docs/model.md §2 "Operator"; levers 输出 output and 运营 operation).
 *
 * @param cadence         operator posts per day
 * @param quality         quality (value when read on topic) of an operator post
 * @param promoShare      share of operator posts that are promotions
 * @param eventEveryDays  an event every N days (0 = no events)
 * @param welcomeBonus    one-off satisfaction given to each newcomer (ritual, 仪式感)
 * @param mentionsPerPost members mentioned by name per operator post (a mention lifts the bystander effect that day)
 */
public record ContentPlan(
        double cadence,
        double quality,
        double promoShare,
        int eventEveryDays,
        double welcomeBonus,
        double mentionsPerPost) {

    public ContentPlan {
        Declarations.check(ContentPlan.class, cadence, quality, promoShare, eventEveryDays, welcomeBonus,
                mentionsPerPost);
    }

    public ContentPlan withCadence(double postsPerDay) {
        return new ContentPlan(postsPerDay, quality, promoShare, eventEveryDays, welcomeBonus, mentionsPerPost);
    }

    public ContentPlan withPromoShare(double share) {
        return new ContentPlan(cadence, quality, share, eventEveryDays, welcomeBonus, mentionsPerPost);
    }

    public ContentPlan withEventEveryDays(int days) {
        return new ContentPlan(cadence, quality, promoShare, days, welcomeBonus, mentionsPerPost);
    }
}
