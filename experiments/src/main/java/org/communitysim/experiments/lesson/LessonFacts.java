package org.communitysim.experiments.lesson;

import java.util.Arrays;
import org.communitysim.experiments.montecarlo.DailyBands;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.experiments.report.LessonModel.GroupFacts;
import org.communitysim.experiments.stats.Stats;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.Outcome;

/** What one group did, read from its runs: the numbers the lesson's captions quote. Pure functions of the runs. */
final class LessonFacts {
    private LessonFacts() {
    }

    static GroupFacts of(ScenarioRuns runs) {
        double peakDay = median(runs, Outcome.PEAK_ACTIVE_DAY);
        DailyBands bands = runs.bands();
        int days = bands.days();
        int atPeak = Double.isNaN(peakDay) ? 0 : (int) Math.max(0, Math.min(days - 1, Math.round(peakDay)));
        double[] dead = finite(runs.values(Outcome.DEAD));
        return new GroupFacts(
                median(runs, Outcome.PEAK_MEMBERS),
                median(runs, Outcome.FINAL_MEMBERS),
                median(runs, Outcome.PEAK_ACTIVE),
                peakDay,
                median(runs, Outcome.FINAL_ACTIVE),
                median(runs, Outcome.ACTIVE_RETAINED),
                median(runs, Outcome.FINAL_ACTIVE_SHARE),
                median(runs, Outcome.MEAN_AFFINITY_FINAL),
                median(runs, Outcome.MEAN_POST_VALUE_FINAL),
                median(runs, Outcome.POSTS_ON_TOPIC_FINAL),
                bands.median(DailyMetric.MEAN_AFFINITY, atPeak),
                bands.median(DailyMetric.MEAN_AFFINITY, days - 1),
                dead.length == 0 ? Double.NaN : Arrays.stream(dead).average().orElse(Double.NaN),
                runs.scenario().horizonDays());
    }

    /** The median over replicates of an outcome (values without a value left out); NaN if none has one. */
    static double median(ScenarioRuns runs, Outcome outcome) {
        double[] v = finite(runs.values(outcome));
        return v.length == 0 ? Double.NaN : Stats.quantile(v, 0.5);
    }

    private static double[] finite(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).toArray();
    }
}
