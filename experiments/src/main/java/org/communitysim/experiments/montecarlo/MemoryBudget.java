package org.communitysim.experiments.montecarlo;

import java.util.List;
import java.util.Locale;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.Outcome;
import org.communitysim.scenario.NetworkType;
import org.communitysim.scenario.Scenario;

/**
 * What an ensemble will hold in memory, estimated before it starts, so that a combination that cannot fit (say
 * {@code --replicates 1000000} with the default horizon: the daily bands alone are 180 × 10^6 doubles per metric)
 * is refused at once with the figures, instead of an OutOfMemoryError minutes later. Each field alone is bounded
 * by its declared range (reference.yaml); only their product can be too large.
 *
 * <p>The estimate: the daily bands, {@code scenarios × daily metrics × horizonDays × replicates} doubles (every
 * replicate's value of every day is kept until the quantiles are taken); the outcome rows; with
 * {@code --keep-series} every run's series again; and one world per worker thread, {@code persons × (256 + 8 ×
 * topics + 12 × meanDegree)} bytes — above the 568 MB measured for 10^6 persons with 50 ties
 * (docs/performance.md), so the check errs towards refusing less, never towards an OutOfMemoryError.
 */
public final class MemoryBudget {
    /** The largest Java array: a band of {@code horizonDays × replicates} values is one array. */
    public static final long MAX_ARRAY = Integer.MAX_VALUE - 8L;

    private MemoryBudget() {
    }

    /**
     * Bytes an ensemble of these scenarios needs at its peak (an estimate, see the class comment).
     *
     * @param threads worlds built at once in this JVM (0 on a Spark driver: the executors build them)
     */
    public static long bytes(List<Scenario> scenarios, long replicates, boolean keepSeries, int threads) {
        long metrics = DailyMetric.values().length;
        long total = 0;
        long world = 0;
        for (Scenario s : scenarios) {
            long cells = (long) s.horizonDays() * replicates;
            total += metrics * cells * 8;                              // daily bands
            total += replicates * (Outcome.values().length * 8L + 16); // outcome rows
            if (keepSeries) {
                total += metrics * cells * 8 + replicates * metrics * 16;
            }
            world = Math.max(world, worldBytes(s));
        }
        return total + world * threads;
    }

    /** Bytes of one drawn world (persons, interests, ties) of a scenario; an edge list counts by its meanDegree. */
    static long worldBytes(Scenario s) {
        long persons = s.network().type() == NetworkType.EDGE_LIST ? 0 : s.population().size();
        return persons * (256 + 8L * s.population().topics() + (long) (12 * s.network().meanDegree()));
    }

    /**
     * Why this ensemble cannot run in this JVM, or null when it can: a band longer than a Java array, or more memory
     * than {@code maxMemory} (the JVM's -Xmx). The message names the figures and what to lower.
     */
    public static String refusal(List<Scenario> scenarios, long replicates, boolean keepSeries, int threads,
            long maxMemory) {
        for (Scenario s : scenarios) {
            long cells = (long) s.horizonDays() * replicates;
            if (cells > MAX_ARRAY) {
                return String.format(Locale.ROOT, "--replicates %d × horizonDays %d of scenario '%s' = %d daily "
                        + "values per metric, more than one array holds (%d); lower --replicates or horizonDays",
                        replicates, s.horizonDays(), s.name(), cells, MAX_ARRAY);
            }
        }
        long need = bytes(scenarios, replicates, keepSeries, threads);
        if (need > maxMemory) {
            return String.format(Locale.ROOT, "--replicates %d with these scenarios needs about %.1f GB of memory "
                    + "(daily bands of horizonDays × replicates values per metric%s, and one world per thread); this "
                    + "Java may use %.1f GB. Lower --replicates, horizonDays, population.size or --threads, or give "
                    + "Java more memory (java -Xmx...)", replicates, need / 1e9, keepSeries ? ", twice with "
                    + "--keep-series" : "", maxMemory / 1e9);
        }
        return null;
    }
}
