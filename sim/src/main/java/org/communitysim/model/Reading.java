package org.communitysim.model;

import org.communitysim.random.Rng;
import org.communitysim.scenario.Ablations;
import org.communitysim.scenario.ReadingParams;
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
final class Reading implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        CommunityModel m = (CommunityModel) state;
        if (!m.memberActivity) {
            return;
        }
        Rng rng = m.readingRng;
        ReadingParams p = m.scenario.behaviour().reading();
        Ablations ab = m.scenario.ablations();
        double[] today = m.today;
        int pool = Posting.pool(m);
        double onTopicQuality = m.poolQuality;
        double eventBonus = m.eventToday ? m.scenario.behaviour().posting().eventBonus() : 0;
        double cs = p.contentSaturation();
        double answerRate = p.kolAnswer() * m.kolsPresent
                + (m.scenario.content().cadence() > 0 ? p.operatorAnswer() : 0)
                + p.memberAnswer() * m.bystanderToday * m.answerCapacity;
        double answerP = 1 - Math.exp(-answerRate);
        int asked = 0;
        int answered = 0;
        for (int i = 0; i < m.memberCount; i++) {
            if (m.slotRole[i] != CommunityModel.REGULAR) {
                continue;
            }
            double affinity = m.slotAff[i];
            double attention = m.slotAttention[i] * (m.lurking[i] ? p.lurkerReadFactor() : 1.0);
            double readShare = pool > 0 ? Math.min(1.0, attention / pool) : 0;
            double g = affinity * readShare * onTopicQuality;
            double value = ab.contentSaturation() ? cs * (1 - Math.exp(-g / cs)) : g;
            value -= p.noiseCost() * (0.2 + 0.8 * affinity) * readShare * m.poolNoise;
            value -= p.adCost() * readShare * m.poolAds;
            double promos = readShare * m.poolPromo;
            value += promos * (p.promoBase() + p.promoIntentGain() * m.slotIntent[i]);
            // the design's form (docs/model.md §4.5): the unread share of the reader's own (for lurkers, reduced) attention. A lurker who
            // skims faces a larger unread pile; the prototype met §5 with this form, so it stays.
            if (ab.overload() && pool > attention) {
                value -= p.overloadCost() * (1 - attention / pool);
            }
            value += eventBonus;
            if (ab.newcomerAnswers() && m.day - m.joinDay[i] < p.askDays()
                    && rng.nextDouble() < p.askProbability()) {
                asked++;
                if (rng.nextDouble() < answerP) {
                    answered++;
                    value += p.answeredValue();
                    m.answerCommitment[i] += p.answeredCommitment();
                } else {
                    value -= p.unansweredCost();
                }
            }
            m.dayValue[i] = value;
            m.promosRead[i] = promos;
        }
        today[DailyMetric.QUESTIONS_ASKED.ordinal()] = asked;
        today[DailyMetric.QUESTIONS_ANSWERED.ordinal()] = answered;
    }
}
