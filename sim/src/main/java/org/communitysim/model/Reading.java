package org.communitysim.model;

import org.communitysim.random.Rng;
import org.communitysim.scenario.ReadingParams;
import org.communitysim.scenario.Scenario;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 5, reading and socialisation. Each regular member reads min(pool, attention) posts of the day's pool
 * (lurkers read less); what they read is a uniform sample, taken at its expected composition. Value:
 * V = cs·(1 − e^(−g/cs)) − noiseCost·(0.2 + 0.8·aff)·#noise − adCost·#ads + Σ promotions (−0.6 + 3·intent)
 * − overloadCost·(1 − attention/pool)₊, g = aff·Σ quality of on-topic posts read. Load-bearing: good content
 * saturates within a day while costs stay linear. Newcomers ask a question; it is answered with
 * P = 1 − e^(−(kolAnswer·#KOL + operatorAnswer·[cadence &gt; 0] + memberAnswer·bystander(n)·Σ a·expertise))
 * (Kraut &amp; Resnick 2012: responses to newcomers drive retention).
 */
record Reading(Params params, GroupState g, DayState today, Rng rng) implements Steppable {
    /**
     * @param operatorAnswers whether the operator posts at all (content.cadence &gt; 0), and so answers
     * @param eventBonus      value of an event day to every reader
     */
    record Params(ReadingParams reading, boolean operatorAnswers, double eventBonus, ContentSaturation saturation,
            Overload overload, NewcomerAnswers answers) {
        static Params of(Scenario s) {
            ReadingParams p = s.behaviour().reading();
            return new Params(p, s.content().cadence() > 0, s.behaviour().posting().eventBonus(),
                    ContentSaturation.of(s.ablations().contentSaturation(), p.contentSaturation()),
                    Overload.of(s.ablations().overload(), p.overloadCost()),
                    NewcomerAnswers.of(s.ablations().newcomerAnswers(), p));
        }
    }

    @Override
    public void step(SimState state) {
        // the group's arrays, read once (they never change identity): plain locals for the loop below
        byte[] roles = g.slotRole;
        double[] affs = g.slotAff;
        double[] attentions = g.slotAttention;
        boolean[] lurkers = g.lurking;
        double[] intents = g.slotIntent;
        int[] joinDays = g.joinDay;
        double[] dayValues = g.dayValue;
        double[] promosRead = g.promosRead;
        double[] shares = g.slotShare;
        ReadingParams p = params.reading();
        ContentSaturation saturation = params.saturation();
        Overload overload = params.overload();
        NewcomerAnswers answers = params.answers();
        DayState t = today;
        int day = t.day;
        int pool = t.pool();
        double onTopicQuality = t.quality;
        double eventBonus = t.event ? params.eventBonus() : 0;
        double answerRate = p.kolAnswer() * t.kolsPresent
                + (params.operatorAnswers() && g.cadenceFactor > 0 ? p.operatorAnswer() : 0)
                + p.memberAnswer() * t.bystander * t.answerCapacity;
        double answerP = 1 - Math.exp(-answerRate);
        for (int i = 0; i < g.memberCount; i++) {
            if (roles[i] != GroupState.REGULAR) {
                continue;
            }
            double affinity = affs[i];
            double attention = attentions[i] * shares[i] * (lurkers[i] ? p.lurkerReadFactor() : 1.0);
            double readShare = pool > 0 ? Math.min(1.0, attention / pool) : 0;
            double value = saturation.value(affinity * readShare * onTopicQuality);
            value -= p.noiseCost() * (0.2 + 0.8 * affinity) * readShare * t.noise;
            value -= p.adCost() * readShare * t.ads;
            double promos = readShare * t.promo;
            value += promos * (p.promoBase() + p.promoIntentGain() * intents[i]);
            value -= overload.cost(attention, pool);
            value += eventBonus;
            dayValues[i] = answers.ask(value, i, day - joinDays[i], answerP, rng, g, t);
            promosRead[i] = promos;
        }
    }
}
