package org.communitysim.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.communitysim.experiments.stats.Stats;
import org.communitysim.experiments.stats.Summary;
import org.communitysim.model.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** points.csv's intervals: the Student-t interval of each point's mean, cut at the outcome's possible range. */
class PointAggregatorTest {

    @Test
    void summaries_intervalsCutAtTheOutcomesRange_asEveryScenarioMeans(@TempDir Path dir) throws Exception {
        SweepSpec spec = SweepSpecs.load(SweepFixtures.spec(dir, "s", "{\"base\": \"base.json\", \"replicates\": 3,"
                + " \"outcomes\": [\"dead\", \"mean_post_value_final\", \"profit\"],"
                + " \"parameters\": [{\"path\": \"group.threshold\", \"values\": [0, 0.4]}]}"));
        SweepPlan plan = SweepPlan.of(spec);
        PointAggregator aggregate = new PointAggregator(spec, plan);
        double[] dead = {0, 0, 1};
        double[] postValue = {0.001, 0.002, 0.3};
        double[] profit = {-50, 10, 20};
        for (int p = 0; p < plan.points(); p++) {
            for (int r = 0; r < 3; r++) {
                double[] outcomes = new double[Outcome.values().length];
                outcomes[Outcome.DEAD.ordinal()] = dead[r];
                outcomes[Outcome.MEAN_POST_VALUE_FINAL.ordinal()] = postValue[r];
                outcomes[Outcome.PROFIT.ordinal()] = profit[r];
                aggregate.add(new SweepRunRow(p, plan.values()[p].clone(), r, r, outcomes));
            }
        }
        Summary deadSummary = aggregate.summaries().get(0).summaries().get(Outcome.DEAD);
        assertEquals(0, deadSummary.ciLow(), "a share: not below 0");
        assertEquals(1, deadSummary.ciHigh(), "nor above 1");
        Summary post = aggregate.summaries().get(1).summaries().get(Outcome.MEAN_POST_VALUE_FINAL);
        assertEquals(0, post.ciLow(), "a post value: not below 0");
        assertEquals(Stats.summarize(postValue).ciHigh(), post.ciHigh());
        Summary loss = aggregate.summaries().get(0).summaries().get(Outcome.PROFIT);
        assertEquals(Stats.summarize(profit).ciLow(), loss.ciLow(), "a profit is not cut");
        assertTrue(loss.ciLow() < -50);
    }
}
