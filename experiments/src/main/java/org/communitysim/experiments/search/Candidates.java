package org.communitysim.experiments.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.communitysim.experiments.montecarlo.Workers;
import org.communitysim.model.CommunityModel;
import org.communitysim.model.RunResult;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.InputException;
import org.communitysim.scenario.file.ScenarioDraft;

/**
 * The candidates of a search: the base scenario (resolved once) with the searched fields set to a point's values,
 * and the runs of a candidate over a fixed list of run seeds. Every candidate of one search runs with the same
 * seeds on the same worlds (common random numbers), so two candidates differ by their settings, not by their luck,
 * and the searched function is a deterministic function of the point.
 */
public final class Candidates {
    private final ScenarioDraft base;
    private final List<SearchParameter> parameters;
    private final WorldCache worlds = new WorldCache(256);

    public Candidates(ScenarioDraft base, List<SearchParameter> parameters) {
        this.base = base.copy();
        this.parameters = List.copyOf(parameters);
    }

    public List<SearchParameter> parameters() {
        return parameters;
    }

    /**
     * The base's own values as unit coordinates: the search's first point, so it starts from the user's scenario
     * (the middle of a range the base's value lies outside).
     */
    public double[] baseUnits() {
        double[] u = new double[parameters.size()];
        for (int i = 0; i < u.length; i++) {
            SearchParameter p = parameters.get(i);
            var v = base.get(p.path());
            double x = v.isNumber() ? v.asDouble() : Double.NaN;
            u[i] = x >= p.min() && x <= p.max() ? p.unit(x) : 0.5;
        }
        return u;
    }

    /** The values at unit coordinates {@code u} (integers rounded). */
    public double[] values(double[] u) {
        double[] v = new double[parameters.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = parameters.get(i).at(u[i]);
        }
        return v;
    }

    /** The unit coordinates of values. */
    public double[] units(double[] values) {
        double[] u = new double[parameters.size()];
        for (int i = 0; i < u.length; i++) {
            u[i] = parameters.get(i).unit(values[i]);
        }
        return u;
    }

    /**
     * The base with the searched fields set to {@code values}.
     *
     * @throws InputException when the combination is not a valid scenario (e.g. a cap below the seed members)
     */
    public Scenario scenario(double[] values) throws InputException {
        ScenarioDraft d = base.copy();
        for (int i = 0; i < values.length; i++) {
            SearchParameter p = parameters.get(i);
            d.set(p.path(), p.boxed(values[i]), p.path() + "=" + values[i]);
        }
        return d.bind();
    }

    /**
     * One run of {@code scenario} per seed, in seed order: on {@code pool} (one task per seed) or, when it is null,
     * on the calling thread. Each run is a pure function of (scenario, seed), so the result does not depend on the
     * pool.
     */
    public RunResult[] run(Scenario scenario, long[] seeds, ExecutorService pool) throws InterruptedException {
        RunResult[] out = new RunResult[seeds.length];
        if (pool == null) {
            for (int r = 0; r < seeds.length; r++) {
                out[r] = CommunityModel.run(scenario, worlds.get(scenario, seeds[r]), seeds[r]);
            }
            return out;
        }
        List<Future<?>> futures = new ArrayList<>(seeds.length);
        for (int r = 0; r < seeds.length; r++) {
            int rep = r;
            futures.add(pool.submit(() -> {
                out[rep] = CommunityModel.run(scenario, worlds.get(scenario, seeds[rep]), seeds[rep]);
            }));
        }
        Workers.awaitAll(futures);
        return out;
    }
}
