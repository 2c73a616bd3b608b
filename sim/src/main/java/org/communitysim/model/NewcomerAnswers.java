package org.communitysim.model;

import org.communitysim.random.Rng;
import org.communitysim.scenario.ReadingParams;

/**
 * Mechanism: newcomers ask a question in their first {@code askDays} days, with P = askProbability a day; it is
 * answered with the day's answer probability (Kraut &amp; Resnick 2012: responses to newcomers drive retention).
 * An answer adds value and commitment, silence costs. Off ({@code ablations.newcomerAnswers} false): nobody asks,
 * no draw is made.
 */
interface NewcomerAnswers {
    /**
     * The member's value after today's question, if any; counts it in {@code today}'s metrics and adds the
     * commitment an answer brings to the member's slot.
     */
    double ask(double value, int slot, int tenure, double answerP, Rng rng, GroupState g, DayState today);

    NewcomerAnswers OFF = (value, slot, tenure, answerP, rng, g, today) -> value;

    static NewcomerAnswers of(boolean on, ReadingParams p) {
        if (!on) {
            return OFF;
        }
        return (value, slot, tenure, answerP, rng, g, today) -> {
            if (tenure < p.askDays() && rng.nextDouble() < p.askProbability()) {
                today.add(DailyMetric.QUESTIONS_ASKED, 1);
                if (rng.nextDouble() < answerP) {
                    today.add(DailyMetric.QUESTIONS_ANSWERED, 1);
                    g.answerCommitment[slot] += p.answeredCommitment();
                    return value + p.answeredValue();
                }
                return value - p.unansweredCost();
            }
            return value;
        };
    }
}
