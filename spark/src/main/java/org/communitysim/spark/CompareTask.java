package org.communitysim.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.communitysim.experiments.montecarlo.GroupRow;
import org.communitysim.experiments.montecarlo.GroupTrace;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.RunResult;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Scenario;

/**
 * What an executor needs to run replicates of a compare, and the function that runs one part of them: part k holds
 * a contiguous range of replicates ({@link Ranges}); replicate r of every scenario runs through the local runner's
 * {@link Ensemble#replicate} with {@code Seeds.runSeed(seed, r)} (same worlds, same common random numbers). Records
 * are produced lazily, one replicate at a time.
 */
final class CompareTask implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final DailyMetric[] METRICS = DailyMetric.values();

    private final ArrayList<String> scenarioJsons;
    private final int replicates;
    private final long seed;
    private final int parts;
    private transient List<Scenario> scenarios;

    CompareTask(List<String> scenarioJsons, int replicates, long seed, int parts) {
        this.scenarioJsons = new ArrayList<>(scenarioJsons);
        this.replicates = replicates;
        this.seed = seed;
        this.parts = parts;
    }

    synchronized List<Scenario> scenarios() {
        if (scenarios == null) {
            List<Scenario> list = new ArrayList<>();
            for (String json : scenarioJsons) {
                list.add(ScenarioJson.load(json));
            }
            scenarios = List.copyOf(list);
        }
        return scenarios;
    }

    Iterator<RunRecord> part(int k) {
        List<Scenario> sc = scenarios();
        int from = (int) Ranges.from(replicates, parts, k);
        int to = (int) Ranges.from(replicates, parts, k + 1);
        return new Iterator<>() {
            private int r = from;
            private final List<RunRecord> pending = new ArrayList<>();

            @Override
            public boolean hasNext() {
                if (pending.isEmpty() && r < to) {
                    long runSeed = Seeds.runSeed(seed, r);
                    RunResult[] results = Ensemble.replicate(sc, runSeed);
                    for (int i = 0; i < results.length; i++) {
                        int days = sc.get(i).horizonDays();
                        double[][] daily = new double[METRICS.length][];
                        for (int m = 0; m < METRICS.length; m++) {
                            double[] v = results[i].daily().series(METRICS[m]);
                            daily[m] = v.length == days ? v : java.util.Arrays.copyOf(v, days);
                        }
                        Scenario s = sc.get(i);
                        pending.add(new RunRecord(i, r, runSeed, results[i].summary().values(), daily,
                                new ArrayList<>(GroupRow.of(s, r, runSeed, results[i])),
                                r == 0 ? new ArrayList<>(results[i].groups().stream().map(GroupTrace::of).toList())
                                        : new ArrayList<>(),
                                new ArrayList<>(results[i].fired())));
                    }
                    r++;
                    if (r == to) {
                        FaultInjection.maybeFail(k);
                    }
                }
                return !pending.isEmpty();
            }

            @Override
            public RunRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.remove(0);
            }
        };
    }
}
