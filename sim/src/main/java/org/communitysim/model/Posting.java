package org.communitysim.model;

import org.communitysim.random.Rng;
import org.communitysim.scenario.Ablations;
import org.communitysim.scenario.ContentPlan;
import org.communitysim.scenario.KolSpec;
import org.communitysim.scenario.PostingParams;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 4, posting. On-topic posts ~ Poisson(a·eng(S)·aff·bystander(n)); chatter ~ Poisson(a·eng(S)·(1 − aff)),
 * not diluted by the crowd — load-bearing: the crowd silences valuable contributions, not noise.
 * bystander(n) = 1/(1 + (n/n½)^β) (Darley &amp; Latané 1968: β ≈ 0.63); a direct mention by the operator or a
 * KOL lifts it for that member that day. Advertisers post ads, which moderation may remove (and ban the
 * poster). The operator adds {@code cadence} posts (a share promotions); KOLs add frequent good posts.
 */
final class Posting implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        CommunityModel m = (CommunityModel) state;
        if (!m.memberActivity) {
            return;
        }
        Rng rng = m.postingRng;
        PostingParams p = m.scenario.behaviour().posting();
        ContentPlan content = m.scenario.content();
        KolSpec kols = m.scenario.kols();
        Ablations ab = m.scenario.ablations();
        double[] today = m.today;

        int every = content.eventEveryDays();
        m.eventToday = ab.events() && every > 0 && m.day > 0 && m.day % every == 0;
        double n = m.memberCount;
        m.bystanderToday = ab.bystander() ? 1.0 / (1.0 + Math.pow(n / p.bystanderHalf(), p.bystanderBeta())) : 1.0;

        // operator posts: a whole number a day on average equal to the cadence
        int operatorPosts = (int) content.cadence();
        if (rng.nextDouble() < content.cadence() - operatorPosts) {
            operatorPosts++;
        }
        int promos = rng.binomial(operatorPosts, content.promoShare());
        m.poolOperator = operatorPosts - promos;
        m.poolPromo = promos;
        m.poolQuality = m.poolOperator * content.quality();

        // mentions: operator (per post) and each KOL (per day) name members, lifting their bystander effect
        int kolsPresent = 0;
        for (int i = 0; i < m.memberCount; i++) {
            if (m.slotRole[i] == CommunityModel.KOL) {
                kolsPresent++;
            }
        }
        m.kolsPresent = kolsPresent;
        if (m.memberCount > 0) {
            int mentions = rng.poisson(operatorPosts * content.mentionsPerPost() + kolsPresent * kols.mentionsPerDay());
            for (int k = 0; k < mentions; k++) {
                m.mentionedDay[rng.nextInt(m.memberCount)] = m.day;
            }
        }

        int onTopic = 0;
        int noise = 0;
        int ads = 0;
        int adsRemoved = 0;
        int kolPosts = 0;
        double quality = 0;
        double answerCapacity = 0;
        double eventFactor = m.eventToday ? p.eventPostFactor() : 1.0;
        double moderation = ab.moderation() ? m.scenario.group().moderation() : 0;
        double ban = m.scenario.group().banOnRemoval();
        boolean inWindow = m.day >= m.inequalityWindowStart;
        int banned = 0;
        for (int i = 0; i < m.memberCount; i++) {
            int who = m.memberList[i];
            byte role = m.slotRole[i];
            if (role == CommunityModel.ADVERTISER) {
                int posted = rng.poisson(p.adsPerAdvertiser());
                boolean banNow = false;
                for (int a = 0; a < posted; a++) {
                    if (rng.nextDouble() < moderation) {
                        adsRemoved++;
                        if (rng.nextDouble() < ban) {
                            banNow = true;
                        }
                    } else {
                        ads++;
                    }
                }
                if (banNow) {
                    m.applicants[banned++] = who; // reuse the (empty) applicant buffer as the ban list
                }
                continue;
            }
            if (role == CommunityModel.KOL) {
                int posted = rng.poisson(kols.postsPerDay());
                kolPosts += posted;
                quality += posted * kols.quality();
                continue;
            }
            double a = m.slotActivity[i] * CommunityModel.engagement(m.satisfaction[i]);
            if (m.lurking[i]) {
                a *= p.lurkerPostFactor();
            } else {
                answerCapacity += m.slotActivity[i] * m.slotExpertise[i];
            }
            double bystander = m.mentionedDay[i] == m.day ? 1.0 : m.bystanderToday;
            double affinity = m.slotAff[i];
            int on = rng.poisson(a * affinity * bystander * eventFactor);
            int off = ab.noise() ? rng.poisson(a * (1 - affinity)) : 0;
            onTopic += on;
            noise += off;
            quality += on * m.slotExpertise[i];
            if (inWindow) {
                m.windowPosts[who] += on + off;
            }
        }
        if (!m.groupMechanisms) {
            banned = 0; // ads are still removed, but nobody is banned from the group
        }
        for (int b = 0; b < banned; b++) {
            m.leave(m.applicants[b], CommunityModel.BANNED);
        }
        today[DailyMetric.BANS.ordinal()] += banned;

        m.poolOnTopic = onTopic;
        m.poolNoise = noise;
        m.poolAds = ads;
        m.poolKol = kolPosts;
        m.poolQuality += quality;
        m.answerCapacity = answerCapacity;
        today[DailyMetric.POSTS_ON_TOPIC.ordinal()] = onTopic;
        today[DailyMetric.POSTS_NOISE.ordinal()] = noise;
        today[DailyMetric.POSTS_ADS.ordinal()] = ads;
        today[DailyMetric.ADS_REMOVED.ordinal()] = adsRemoved;
        today[DailyMetric.POSTS_OPERATOR.ordinal()] = m.poolOperator;
        today[DailyMetric.POSTS_KOL.ordinal()] = kolPosts;
        today[DailyMetric.POSTS_PROMO.ordinal()] = promos;
        today[DailyMetric.EVENT.ordinal()] = m.eventToday ? 1 : 0;
    }

    /** Total posts in today's pool. */
    static int pool(CommunityModel m) {
        return m.poolOnTopic + m.poolNoise + m.poolAds + m.poolOperator + m.poolKol + m.poolPromo;
    }
}
