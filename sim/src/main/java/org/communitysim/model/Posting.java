package org.communitysim.model;

import org.communitysim.random.Rng;
import org.communitysim.scenario.ContentPlan;
import org.communitysim.scenario.KolSpec;
import org.communitysim.scenario.PostingParams;
import org.communitysim.scenario.Scenario;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 4, posting. On-topic posts ~ Poisson(a·eng(S)·aff·bystander(n)); chatter ~ Poisson(a·eng(S)·(1 − aff)),
 * not diluted by the crowd — load-bearing: the crowd silences valuable contributions, not noise.
 * bystander(n) = 1/(1 + (n/n½)^β) (Darley &amp; Latané 1968: β ≈ 0.63); a direct mention by the operator or a
 * KOL lifts it for that member that day. Advertisers post ads, which moderation may remove (and ban the
 * poster). The operator adds {@code cadence} posts (a share promotions); KOLs add frequent good posts.
 * Points per post raise the posting of the incentive-sensitive ({@link Incentives}) and are paid here, with the
 * event points of the active members on an event day. Hands the day's pool, event, bystander factor, KOLs present and answer capacity on in the {@link DayState}.
 */
record Posting(Params params, GroupState g, DayState today, Rng rng) implements Steppable {
    /**
     * @param moderation             probability that moderation removes an ad (0 with the moderation ablation; the
     *                               draws are still made)
     * @param inequalityWindowStart  first day whose posts count for participation inequality
     */
    record Params(PostingParams posting, ContentPlan content, KolSpec kols, double moderation, double banOnRemoval,
            int inequalityWindowStart, EventCalendar events, Bystander bystander, Chatter chatter, Bans bans,
            Incentives incentives) {
        static Params of(Scenario s, int inequalityWindowStart, Bans bans) {
            PostingParams p = s.behaviour().posting();
            return new Params(p, s.content(), s.kols(), s.ablations().moderation() ? s.group().moderation() : 0,
                    s.group().banOnRemoval(), inequalityWindowStart,
                    EventCalendar.of(s.ablations().events(), s.content().eventEveryDays()),
                    Bystander.of(s.ablations().bystander(), p.bystanderHalf(), p.bystanderBeta()),
                    Chatter.of(s.ablations().noise()), bans, Incentives.of(s.economics()));
        }
    }

    @Override
    public void step(SimState state) {
        // the group's arrays, read once (they never change identity): plain locals for the loop below
        int[] list = g.memberList;
        byte[] roles = g.slotRole;
        double[] activities = g.slotActivity;
        double[] sats = g.satisfaction;
        boolean[] lurkers = g.lurking;
        double[] expertises = g.slotExpertise;
        int[] mentioned = g.mentionedDay;
        double[] affs = g.slotAff;
        int[] windowPosts = g.windowPosts;
        int[] lastPosts = g.lastPostDay;
        double[] focus = g.slotFocus;
        double[] shares = g.slotShare;
        PostingParams p = params.posting();
        ContentPlan content = params.content();
        KolSpec kols = params.kols();
        Chatter chatter = params.chatter();
        DayState t = today;
        int day = t.day;

        t.event = params.events().isEventDay(day, t.eventCalled);
        t.bystander = params.bystander().factor(g.memberCount);

        // operator posts: a whole number a day on average equal to the cadence
        double cadence = content.cadence() * g.cadenceFactor; // the operator's effort in a world of many groups
        int operatorPosts = (int) cadence;
        if (rng.nextDouble() < cadence - operatorPosts) {
            operatorPosts++;
        }
        int promos = rng.binomial(operatorPosts, content.promoShare());
        t.operator = operatorPosts - promos;
        t.promo = promos;
        t.quality = t.operator * content.quality();

        // mentions: operator (per post) and each KOL (per day) name members, lifting their bystander effect
        int kolsPresent = 0;
        for (int i = 0; i < g.memberCount; i++) {
            if (roles[i] == GroupState.KOL) {
                kolsPresent++;
            }
        }
        t.kolsPresent = kolsPresent;
        if (g.memberCount > 0) {
            int mentions = rng.poisson(operatorPosts * content.mentionsPerPost() + kolsPresent * kols.mentionsPerDay());
            for (int k = 0; k < mentions; k++) {
                mentioned[rng.nextInt(g.memberCount)] = day;
            }
        }

        int onTopic = 0;
        int noise = 0;
        int ads = 0;
        int adsRemoved = 0;
        int kolPosts = 0;
        double quality = 0;
        double answerCapacity = 0;
        double eventFactor = t.event ? p.eventPostFactor() : 1.0;
        double bystanderToday = t.bystander;
        double moderation = params.moderation();
        double ban = params.banOnRemoval();
        boolean inWindow = day >= params.inequalityWindowStart();
        Incentives incentives = params.incentives();
        boolean paying = incentives.on();
        double[] rewards = g.rewardToday;
        double[] sensitivities = g.slotIncentive;
        double paid = 0;
        for (int i = 0; i < g.memberCount; i++) {
            int who = list[i];
            byte role = roles[i];
            if (role == GroupState.ADVERTISER) {
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
                    g.addBan(who);
                }
                continue;
            }
            if (role == GroupState.KOL) {
                int posted = rng.poisson(kols.postsPerDay());
                kolPosts += posted;
                quality += posted * kols.quality();
                continue;
            }
            double a = activities[i] * shares[i] * Engagement.of(sats[i]);
            if (paying) {
                a *= incentives.postFactor(sensitivities[i]);
            }
            if (lurkers[i]) {
                a *= p.lurkerPostFactor();
            } else {
                answerCapacity += activities[i] * shares[i] * expertises[i];
            }
            double bystander = mentioned[i] == day ? 1.0 : bystanderToday;
            double affinity = affs[i];
            int on = rng.poisson(a * affinity * focus[i] * bystander * eventFactor);
            int off = chatter.posts(rng, a * (1 - affinity));
            if (on + off > 0) {
                lastPosts[i] = day;
            }
            onTopic += on;
            noise += off;
            quality += on * expertises[i];
            if (inWindow) {
                windowPosts[who] += on + off;
            }
            if (paying) {
                double earned = incentives.earned(on + off, t.event && !lurkers[i]);
                rewards[i] = earned;
                paid += earned;
            }
        }
        g.ledger.book(Ledger.Line.INCENTIVES, paid, t);
        t.add(DailyMetric.BANS, params.bans().enforce(g, t));

        t.onTopic = onTopic;
        t.noise = noise;
        t.ads = ads;
        t.kol = kolPosts;
        t.quality += quality;
        t.answerCapacity = answerCapacity;
        t.set(DailyMetric.POSTS_ON_TOPIC, onTopic);
        t.set(DailyMetric.POSTS_NOISE, noise);
        t.set(DailyMetric.POSTS_ADS, ads);
        t.set(DailyMetric.ADS_REMOVED, adsRemoved);
        t.set(DailyMetric.POSTS_OPERATOR, t.operator);
        t.set(DailyMetric.POSTS_KOL, kolPosts);
        t.set(DailyMetric.POSTS_PROMO, promos);
        t.set(DailyMetric.EVENT, t.event ? 1 : 0);
    }
}
