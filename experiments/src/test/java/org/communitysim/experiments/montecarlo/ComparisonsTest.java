package org.communitysim.experiments.montecarlo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.communitysim.experiments.stats.Stats;
import org.communitysim.model.Outcome;
import org.junit.jupiter.api.Test;

class ComparisonsTest {
    @Test
    void holmByFamily_moneyOutcomes_leaveTheOtherOutcomesCorrectionUnchanged() {
        List<Outcome> behavioural = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            if (!Outcome.MONEY_FAMILY.contains(o)) {
                behavioural.add(o);
            }
        }
        double[] p = new double[behavioural.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = (i + 1) * 0.001;
        }
        double[] alone = Stats.holm(p);

        List<Outcome> all = List.of(Outcome.values());
        double[] pAll = new double[all.size()];
        Arrays.fill(pAll, 0.0001); // money outcomes: smaller p-values that would shift a joint correction
        for (int i = 0; i < behavioural.size(); i++) {
            pAll[all.indexOf(behavioural.get(i))] = p[i];
        }
        double[] split = Comparisons.holmByFamily(pAll, all);
        double[] behaviouralPart = behavioural.stream().mapToDouble(o -> split[all.indexOf(o)]).toArray();
        assertArrayEquals(alone, behaviouralPart, 0.0);
        double[] money = Outcome.MONEY_FAMILY.stream().mapToDouble(o -> split[all.indexOf(o)]).toArray();
        double[] moneyAlone = new double[Outcome.MONEY_FAMILY.size()];
        Arrays.fill(moneyAlone, 0.0001);
        assertArrayEquals(Stats.holm(moneyAlone), money, 0.0);
    }
}
