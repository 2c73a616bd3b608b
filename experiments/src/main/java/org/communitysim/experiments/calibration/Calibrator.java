package org.communitysim.experiments.calibration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.communitysim.experiments.montecarlo.DailyBands;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.communitysim.experiments.montecarlo.Workers;
import org.communitysim.experiments.search.Candidates;
import org.communitysim.experiments.search.Cmaes;
import org.communitysim.experiments.search.SearchJournal;
import org.communitysim.experiments.search.SearchParameter;
import org.communitysim.experiments.stats.Stats;
import org.communitysim.model.RunResult;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.InputException;
import org.communitysim.scenario.file.ScenarioDraft;
import org.communitysim.scenario.file.ScenarioFiles;

/**
 * Fits the free parameters of a scenario to an observed group's daily numbers (docs/calibration.md).
 *
 * <p><b>Fit.</b> CMA-ES ({@link Cmaes}) minimises the {@link Distance} between the observed columns and the mean of
 * {@code replicates} runs. Every point is run with the same run seeds on the same worlds (common random numbers),
 * so the simulated objective is a deterministic function of the parameters: the optimiser compares points on equal
 * luck instead of chasing noise, and the replicates average the noise of any one run away.
 *
 * <p><b>Intervals.</b> A parametric bootstrap: {@code bootstrap} times, one run at the estimate with a fresh seed
 * plays the observed group (one realisation, as the real group is one), and the fit is repeated on it with its own
 * fresh set of fit seeds, from the same first point and with the same budget as the fit: the whole estimator is
 * repeated, so the refits' spread therefore holds both the noise of the observation and the Monte Carlo
 * error of the fit. The interval is the refits' {@code level} percentile interval. A parameter whose refits spread over more than
 * {@code identifiedWidth} of its range (the central {@code level} share of them, on the prior's scale) is reported as
 * not identified by these KPIs.
 *
 * <p>Seeds: the fit, the bootstrap's data, each refit and the chart's bands draw from streams of their own
 * ({@link Seeds#streamSeed}) of the master seed. Refits run in parallel, one per thread, each on the calling
 * thread's order of evaluations; the fit's replicates run in parallel: the result is identical on any thread count.
 */
public final class Calibrator {
    /** The distance given to a point that is not a valid scenario: worse than any fit. */
    static final double INVALID = 1e6;
    private static final double SIGMA = 0.3;
    /** The journal's stages: the fit, each refit's evaluations ({@code refit-<b>}) and each finished refit. */
    static final String FIT = "fit";
    static final String REFIT = "refit";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Calibrator() {
    }

    public static CalibrationResult run(CalibrationSpec spec, ObservedData observed, int threads,
            Ensemble.Progress progress) throws InputException, InterruptedException {
        try {
            return run(spec, observed, threads, progress, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // no journal, no file
        }
    }

    /**
     * Runs the calibration; with a {@code journal} (not null) every evaluation of the fit and of each refit, and every
     * finished refit, that the journal holds is taken from it instead of being run, and every other is run and
     * appended to it (docs/calibration.md "Resume"). The fit and each refit are deterministic searches, so continued
     * from a journal they ask for the same points as the run that wrote it, and end the same. The bands at the
     * estimate are run again.
     */
    public static CalibrationResult run(CalibrationSpec spec, ObservedData observed, int threads,
            Ensemble.Progress progress, SearchJournal journal) throws InputException, InterruptedException, IOException {
        long t0 = System.nanoTime();
        ScenarioDraft atHorizon = spec.baseDraft().copy().set("horizonDays", observed.days(),
                observed.file() + " (" + observed.days() + " days)");
        atHorizon.copy().bind(); // the horizon must be allowed by the base (e.g. a KOL departure day inside it)
        List<SearchParameter> params = spec.parameters();
        long total = spec.runBudget();
        AtomicLong runs = new AtomicLong();
        AtomicLong reusedRuns = new AtomicLong();
        Runnable tick = () -> progress.update((int) Math.min(Integer.MAX_VALUE, runs.get()),
                (int) Math.min(Integer.MAX_VALUE, total));

        ExecutorService pool = Workers.pool(threads, "community-sim-calibrate");
        try {
            // the fit
            Candidates fitCandidates = new Candidates(atHorizon, params);
            long[] fitSeeds = seeds(Seeds.streamSeed(spec.seed(), "calibrate-fit"), spec.replicates());
            double[] start = fitCandidates.baseUnits();
            Fit fit = new Fit(fitCandidates, observed, fitSeeds, pool, runs, tick, journal, FIT, reusedRuns);
            Cmaes.Result best;
            double baseDistance;
            try {
                best = Cmaes.minimise(fit::distance, start, SIGMA, spec.evaluations(),
                        Seeds.streamSeed(spec.seed(), "calibrate-cmaes"));
                baseDistance = fit.distance(start);
            } catch (SearchJournal.Failure f) {
                throw f.rethrown();
            }
            double[] estimate = fitCandidates.values(best.bestU());
            Scenario atEstimate = fitCandidates.scenario(estimate);

            // the parametric bootstrap: refits on data drawn at the estimate, in parallel, one refit per task
            long bootstrapSeed = Seeds.streamSeed(spec.seed(), "calibrate-bootstrap");
            double[][] refits = new double[spec.bootstrap()][];
            List<Future<?>> futures = new ArrayList<>();
            for (int b = 0; b < spec.bootstrap(); b++) {
                int rep = b;
                SearchJournal.Entry finished = journal != null ? journal.result(REFIT, rep) : null;
                if (finished != null) {
                    refits[rep] = finished.values();
                    runs.addAndGet(finished.runs());
                    reusedRuns.addAndGet(finished.runs());
                    continue;
                }
                futures.add(pool.submit(() -> {
                    long own = Seeds.runSeed(bootstrapSeed, rep);
                    Candidates c = new Candidates(atHorizon, params);
                    RunResult data = c.run(atEstimate, new long[] {Seeds.streamSeed(own, "data")}, null)[0];
                    runs.incrementAndGet();
                    ObservedData pseudo = new ObservedData(observed.file(), observed.days(), observed.kpis(),
                            columns(List.of(data), observed));
                    Fit refit = new Fit(c, pseudo, seeds(Seeds.streamSeed(own, "fit"), spec.replicates()), null, runs,
                            tick, journal, REFIT + "-" + rep, reusedRuns);
                    Cmaes.Result r = Cmaes.minimise(refit::distance, start, SIGMA,
                            spec.bootstrapEvaluations(), Seeds.streamSeed(own, "cmaes"));
                    refits[rep] = c.values(r.bestU());
                    if (journal != null) {
                        journal.append(new SearchJournal.Entry(REFIT, rep, 1 + refit.made, refits[rep],
                                new double[] {r.bestValue()}));
                    }
                    return null;
                }));
            }
            try {
                Workers.awaitAll(futures);
            } catch (SearchJournal.Failure f) {
                throw f.rethrown();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }

            List<Estimate> estimates = new ArrayList<>();
            double tail = (1 - spec.level()) / 2;
            for (int i = 0; i < params.size(); i++) {
                SearchParameter p = params.get(i);
                double[] v = new double[refits.length];
                for (int b = 0; b < v.length; b++) {
                    v[b] = refits[b][i];
                }
                // the percentile interval of the refits; the basic (reflected) interval was tried and covered the
                // truth less often in the recovery study (docs/calibration.md)
                double low = Stats.quantile(v, tail);
                double high = Stats.quantile(v, 1 - tail);
                double width = p.unit(high) - p.unit(low);
                estimates.add(Estimate.of(p, estimate[i], low, high, width, spec.identifiedWidth(), refits.length));
            }

            // the bands at the estimate
            long[] bandSeeds = seeds(Seeds.streamSeed(spec.seed(), "calibrate-bands"), spec.bandReplicates());
            RunResult[] bandRuns = fitCandidates.run(atEstimate, bandSeeds, pool);
            runs.addAndGet(bandRuns.length);
            tick.run();
            List<double[][]> bands = bands(Arrays.asList(bandRuns), observed);

            ScenarioDraft fitted = spec.baseDraft().copy();
            for (int i = 0; i < params.size(); i++) {
                SearchParameter p = params.get(i);
                fitted.set(p.path(), p.boxed(estimate[i]), "calibration");
            }
            // the last line counts the runs made (the budget is an upper bound: a shortlist may be shorter)
            int made = (int) Math.min(Integer.MAX_VALUE, runs.get());
            progress.update(made, made);
            return new CalibrationResult(spec, observed, fitted.bind(), List.copyOf(estimates), refits,
                    fit.distance(best.bestU()), baseDistance, best.trace(), bands, runs.get(),
                    runs.get() - reusedRuns.get(), journal != null ? journal.reused() : 0,
                    (System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The journal's columns after stage, evaluation and runs: the free parameters, then the distance. */
    public static List<String> journalColumns(CalibrationSpec spec) {
        List<String> columns = new ArrayList<>();
        spec.parameters().forEach(p -> columns.add(p.path()));
        columns.add("distance");
        return columns;
    }

    /**
     * What identifies a calibration, written to calibrate.json (with its SHA-256, {@link SearchJournal}): every field
     * of the spec, the seed, the base scenario as it resolves now and the observed data (its columns and the SHA-256
     * of its numbers), so an edited base or observed file is seen too. Not the thread count nor the language.
     */
    public static ObjectNode resolvedSpec(CalibrationSpec spec, ObservedData observed) throws InputException {
        // the horizon must be allowed by the base: refused here, before the folder holds a journal to keep
        spec.baseDraft().copy().set("horizonDays", observed.days(), observed.file() + " (" + observed.days() + " days)")
                .bind();
        ObjectNode n = JSON.createObjectNode();
        n.put("name", spec.name());
        n.put("description", spec.description());
        ArrayNode ps = n.putArray("parameters");
        spec.parameters().forEach(p -> p.writeTo(ps.addObject()));
        n.put("replicates", spec.replicates());
        n.put("evaluations", spec.evaluations());
        n.put("bootstrap", spec.bootstrap());
        n.put("bootstrapEvaluations", spec.bootstrapEvaluations());
        n.put("level", spec.level());
        n.put("identifiedWidth", spec.identifiedWidth());
        n.put("bandReplicates", spec.bandReplicates());
        n.put("seed", spec.seed());
        ObjectNode obs = n.putObject("observed");
        obs.put("days", observed.days());
        ArrayNode cols = obs.putArray("columns");
        observed.kpis().forEach(k -> cols.add(k.column()));
        obs.put("values", SearchJournal.sha256(Arrays.deepToString(observed.values())));
        n.set("base", ScenarioFiles.toTree(spec.baseDraft().copy().bind().named("base", "")));
        return n;
    }

    /** The run seeds of one seed set: {@code Seeds.runSeed(master, r)}, r &lt; n. */
    static long[] seeds(long master, int n) {
        long[] s = new long[n];
        for (int r = 0; r < n; r++) {
            s[r] = Seeds.runSeed(master, r);
        }
        return s;
    }

    /** [column][day]: the mean over runs of each observed column. */
    static double[][] columns(List<RunResult> results, ObservedData observed) {
        int days = observed.days();
        double[][] out = new double[observed.kpis().size()][days];
        for (RunResult r : results) {
            for (int k = 0; k < out.length; k++) {
                double[] v = observed.kpis().get(k).series(r.daily(), days);
                for (int d = 0; d < days; d++) {
                    out[k][d] += v[d];
                }
            }
        }
        for (double[] col : out) {
            for (int d = 0; d < days; d++) {
                col[d] /= results.size();
            }
        }
        return out;
    }

    /** Per column, [day][mean, q5, q25, q50, q75, q95] over the runs (in run order). */
    static List<double[][]> bands(List<RunResult> results, ObservedData observed) {
        int days = observed.days();
        List<double[][]> out = new ArrayList<>();
        for (ObservedKpi kpi : observed.kpis()) {
            double[][] perRun = new double[results.size()][];
            for (int r = 0; r < perRun.length; r++) {
                perRun[r] = kpi.series(results.get(r).daily(), days);
            }
            double[][] cells = new double[days][];
            double[] column = new double[perRun.length];
            for (int d = 0; d < days; d++) {
                for (int r = 0; r < perRun.length; r++) {
                    column[r] = perRun[r][d];
                }
                cells[d] = DailyBands.cell(column);
            }
            out.add(cells);
        }
        return out;
    }

    /** The distance of a point, on one set of fit seeds; each distinct point is run once (integers repeat). */
    private static final class Fit {
        private final Candidates candidates;
        private final ObservedData observed;
        private final long[] seeds;
        private final ExecutorService pool;
        private final AtomicLong runs;
        private final Runnable tick;
        private final SearchJournal journal;
        private final String stage;
        private final AtomicLong reusedRuns;
        private final Map<String, Double> seen = new HashMap<>();
        /** Runs of this fit's evaluations, run now or taken from the journal. */
        long made;

        Fit(Candidates candidates, ObservedData observed, long[] seeds, ExecutorService pool, AtomicLong runs,
                Runnable tick, SearchJournal journal, String stage, AtomicLong reusedRuns) {
            this.candidates = candidates;
            this.observed = observed;
            this.seeds = seeds;
            this.pool = pool;
            this.runs = runs;
            this.tick = tick;
            this.journal = journal;
            this.stage = stage;
            this.reusedRuns = reusedRuns;
        }

        double distance(double[] u) {
            double[] values = candidates.values(u);
            String key = Arrays.toString(values);
            Double known = seen.get(key);
            if (known != null) {
                return known;
            }
            int index = seen.size();
            SearchJournal.Entry journaled;
            try {
                journaled = journal != null ? journal.take(stage, index, values) : null;
            } catch (InputException e) {
                throw new SearchJournal.Failure(e);
            }
            if (journaled != null) {
                runs.addAndGet(journaled.runs());
                reusedRuns.addAndGet(journaled.runs());
                made += journaled.runs();
                tick.run();
                seen.put(key, journaled.results()[0]);
                return journaled.results()[0];
            }
            double d;
            long n = 0;
            try {
                Scenario s = candidates.scenario(values);
                RunResult[] results = candidates.run(s, seeds, pool);
                n = results.length;
                runs.addAndGet(n);
                tick.run();
                d = Distance.of(observed.values(), columns(Arrays.asList(results), observed));
            } catch (InputException e) {
                d = INVALID;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            made += n;
            if (journal != null) {
                try {
                    journal.append(new SearchJournal.Entry(stage, index, n, values, new double[] {d}));
                } catch (IOException e) {
                    throw new SearchJournal.Failure(e);
                }
            }
            seen.put(key, d);
            return d;
        }
    }
}
