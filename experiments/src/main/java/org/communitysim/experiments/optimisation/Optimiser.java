package org.communitysim.experiments.optimisation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.communitysim.experiments.montecarlo.Comparisons;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.experiments.montecarlo.Workers;
import org.communitysim.experiments.search.Candidates;
import org.communitysim.experiments.search.Cmaes;
import org.communitysim.experiments.search.SearchJournal;
import org.communitysim.experiments.search.SearchParameter;
import org.communitysim.experiments.stats.PairedComparison;
import org.communitysim.experiments.stats.Stats;
import org.communitysim.experiments.stats.Summary;
import org.communitysim.model.Outcome;
import org.communitysim.model.RunResult;
import org.communitysim.random.Rng;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.InputException;
import org.communitysim.scenario.file.ScenarioFiles;

/**
 * Searches the levers for the best strategy under the constraints (docs/optimisation.md), in three stages with
 * seeds of their own, so that no stage's luck decides the next stage's verdict:
 * <ol>
 * <li><b>Search</b>: CMA-ES ({@link Cmaes}) over the levers, each candidate run {@code replicates} times with the same
 * seeds on the same worlds (common random numbers: candidates are compared on equal luck, and the searched function
 * is deterministic, which CMA-ES's ranking needs). A candidate that breaks a constraint ranks below every feasible
 * one, by how far it breaks it, so the search is pulled back into the feasible region.</li>
 * <li><b>Re-evaluation</b>: the best distinct candidates of the search (twice as many as will be compared) are run
 * again on fresh seeds with {@code reevaluationReplicates}: a candidate that won the search by fitting the search
 * seeds' luck (the winner's curse) falls back here, and the best {@code candidates} of this stage are chosen.</li>
 * <li><b>Comparison</b>: the base (the user's current strategy) and the chosen candidates run together as
 * {@code compare} runs them ({@link Ensemble}: paired replicates, fresh seeds once more), and each candidate's
 * objective is compared with the base's by a paired interval, so the answer says how sure it is.</li>
 * </ol>
 * The search's evaluations run one after the other, each candidate's replicates in parallel; the result is identical
 * on any thread count.
 */
public final class Optimiser {
    /** The minimised value of an invalid scenario: worse than any feasible or infeasible candidate. */
    static final double INVALID = 1e15;
    /** Added to an infeasible candidate's violation, so it ranks below every feasible candidate. */
    static final double INFEASIBLE = 1e12;
    static final int BOOTSTRAP = 2000;
    private static final double SIGMA = 0.3;
    /** The journal's stages: the search on the search seeds, the re-evaluation of the shortlist on fresh ones. */
    static final String SEARCH = "search";
    static final String FRESH = "fresh";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Optimiser() {
    }

    public static OptimisationResult run(OptimisationSpec spec, int threads, Ensemble.Progress progress)
            throws InputException, InterruptedException {
        try {
            return run(spec, threads, progress, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // no journal, no file
        }
    }

    /**
     * Runs the optimisation; with a {@code journal} (not null) every evaluation of the search and of the
     * re-evaluation that the journal holds is taken from it instead of being run, and every other is run and
     * appended to it as soon as it finishes (docs/optimisation.md "Resume"). The search is deterministic, so a
     * search continued from a journal asks for the same candidates as the one that wrote it, and ends the same.
     */
    public static OptimisationResult run(OptimisationSpec spec, int threads, Ensemble.Progress progress,
            SearchJournal journal) throws InputException, InterruptedException, IOException {
        long t0 = System.nanoTime();
        long total = spec.runBudget();
        AtomicLong runs = new AtomicLong();
        AtomicLong reusedRuns = new AtomicLong();
        Runnable tick = () -> progress.update((int) Math.min(Integer.MAX_VALUE, runs.get()),
                (int) Math.min(Integer.MAX_VALUE, total));
        Scenario base = spec.baseDraft().copy().bind();
        Candidates candidates = new Candidates(spec.baseDraft(), spec.levers());
        ExecutorService pool = Workers.pool(threads, "community-sim-optimise");
        try {
            // 1. the search
            long[] searchSeeds = seeds(Seeds.streamSeed(spec.seed(), "optimise-search"), spec.replicates());
            List<Evaluated> trace = new ArrayList<>();
            Map<String, Double> memo = new HashMap<>();
            Map<String, Evaluated> byValues = new LinkedHashMap<>();
            try {
                Cmaes.minimise(u -> {
                    double[] values = candidates.values(u);
                    String key = Arrays.toString(values);
                    Double known = memo.get(key);
                    if (known != null) {
                        Evaluated e = byValues.get(key);
                        trace.add(new Evaluated(trace.size(), values, e.objective(), e.constraintMeans(),
                                e.feasible()));
                        return known;
                    }
                    Evaluated e = journaled(spec, candidates, values, searchSeeds, pool, trace.size(), runs,
                            reusedRuns, journal, SEARCH);
                    tick.run();
                    trace.add(e);
                    byValues.put(key, e);
                    double f = minimised(spec, e);
                    memo.put(key, f);
                    return f;
                }, candidates.baseUnits(), SIGMA, spec.evaluations(),
                        Seeds.streamSeed(spec.seed(), "optimise-cmaes"));
            } catch (SearchJournal.Failure f) {
                throw f.rethrown();
            }

            // 2. re-evaluation of the shortlist on fresh seeds
            List<Evaluated> distinct = new ArrayList<>(byValues.values());
            distinct.sort(Comparator.comparingDouble((Evaluated e) -> minimised(spec, e))
                    .thenComparingInt(Evaluated::index));
            long[] freshSeeds = seeds(Seeds.streamSeed(spec.seed(), "optimise-reevaluate"),
                    spec.reevaluationReplicates());
            List<Evaluated> shortlist = new ArrayList<>();
            for (Evaluated e : distinct.subList(0, Math.min(spec.shortlist(), distinct.size()))) {
                if (Double.isNaN(e.objective())) {
                    continue; // an invalid scenario
                }
                try {
                    shortlist.add(journaled(spec, candidates, e.values(), freshSeeds, pool, e.index(), runs,
                            reusedRuns, journal, FRESH));
                } catch (SearchJournal.Failure f) {
                    throw f.rethrown();
                }
                tick.run();
            }
            shortlist.sort(Comparator.comparingDouble((Evaluated e) -> minimised(spec, e))
                    .thenComparingInt(Evaluated::index));

            // 3. the paired comparison of the best with the base, as compare runs it
            List<Scenario> chosen = new ArrayList<>();
            List<double[]> chosenValues = new ArrayList<>();
            chosen.add(base);
            for (Evaluated e : shortlist.subList(0, Math.min(spec.candidates(), shortlist.size()))) {
                int n = chosen.size();
                chosen.add(candidates.scenario(e.values()).named("candidate-" + n, describe(spec.levers(), e.values())));
                chosenValues.add(e.values());
            }
            long compareSeed = Seeds.streamSeed(spec.seed(), "optimise-compare");
            long before = runs.get();
            Ensemble.Result compared = Ensemble.run(chosen, spec.compareReplicates(), compareSeed, threads, false,
                    (done, all) -> {
                        runs.set(before + done);
                        tick.run();
                    });
            List<Comparison> comparisons = new ArrayList<>();
            ScenarioRuns baseRuns = compared.scenarios().get(0);
            for (int i = 1; i < chosen.size(); i++) {
                comparisons.add(compare(spec, baseRuns, compared.scenarios().get(i), compareSeed));
            }
            // the last line counts the runs made (the budget is an upper bound: a shortlist may be shorter)
            int made = (int) Math.min(Integer.MAX_VALUE, runs.get());
            progress.update(made, made);
            return new OptimisationResult(spec, List.copyOf(trace), List.copyOf(shortlist), List.copyOf(chosen),
                    List.copyOf(chosenValues), compared, List.copyOf(comparisons), runs.get(),
                    runs.get() - reusedRuns.get(), journal != null ? journal.reused() : 0,
                    (System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One evaluation of the search ({@code stage} SEARCH) or of the re-evaluation (FRESH): from the journal when it
     * holds it, else run and appended to it. Throws {@link SearchJournal.Failure} (unchecked: CMA-ES calls this through a
     * function that cannot throw) for the journal's I/O and input errors.
     */
    private static Evaluated journaled(OptimisationSpec spec, Candidates candidates, double[] values, long[] seeds,
            ExecutorService pool, int index, AtomicLong runs, AtomicLong reusedRuns, SearchJournal journal,
            String stage) {
        int k = spec.constraints().size();
        try {
            SearchJournal.Entry known = journal != null ? journal.take(stage, index, values) : null;
            if (known != null) {
                double[] r = known.results();
                runs.addAndGet(known.runs());
                reusedRuns.addAndGet(known.runs());
                return new Evaluated(index, values, r[0], Arrays.copyOfRange(r, 1, 1 + k), r[1 + k] != 0);
            }
            long before = runs.get();
            Evaluated e = evaluate(spec, candidates, values, seeds, pool, index, runs);
            if (journal != null) {
                double[] r = new double[k + 2];
                r[0] = e.objective();
                System.arraycopy(e.constraintMeans(), 0, r, 1, k);
                r[1 + k] = e.feasible() ? 1 : 0;
                journal.append(new SearchJournal.Entry(stage, index, runs.get() - before, values, r));
            }
            return e;
        } catch (IOException | InputException e) {
            throw new SearchJournal.Failure(e);
        }
    }

    /** The journal's columns after stage, evaluation and runs: the levers, then what the search consumes. */
    public static List<String> journalColumns(OptimisationSpec spec) {
        List<String> columns = new ArrayList<>();
        spec.levers().forEach(p -> columns.add(p.path()));
        columns.add("objective");
        spec.constraints().forEach(c -> columns.add("mean_" + c.outcome().column()));
        columns.add("feasible");
        return columns;
    }

    /**
     * What identifies a search, written to optimise.json (with its SHA-256, {@link SearchJournal}): every field of the
     * spec that the searched candidates or their results depend on — the levers, objective, constraints, replicates,
     * budget, seed — and the base scenario as it resolves now, so an edited base file is seen too. Not the thread
     * count (the result does not depend on it) nor the language (only the report's words do).
     */
    public static ObjectNode resolvedSpec(OptimisationSpec spec) throws InputException {
        ObjectNode n = JSON.createObjectNode();
        n.put("name", spec.name());
        n.put("description", spec.description());
        ArrayNode levers = n.putArray("levers");
        spec.levers().forEach(p -> p.writeTo(levers.addObject()));
        ObjectNode o = n.putObject("objective");
        o.put("describe", spec.objective().describe());
        ArrayNode terms = o.putArray("terms");
        for (Objective.Term t : spec.objective().terms()) {
            terms.addObject().put("outcome", t.outcome().column()).put("weight", t.weight());
        }
        o.put("statistic", spec.objective().statistic().word());
        o.put("q", spec.objective().q());
        o.put("atLeast", spec.objective().atLeast());
        o.put("goal", spec.objective().maximise() ? "maximise" : "minimise");
        ArrayNode constraints = n.putArray("constraints");
        spec.constraints().forEach(c -> constraints.add(c.toString()));
        n.put("replicates", spec.replicates());
        n.put("evaluations", spec.evaluations());
        n.put("candidates", spec.candidates());
        n.put("reevaluationReplicates", spec.reevaluationReplicates());
        n.put("compareReplicates", spec.compareReplicates());
        n.put("seed", spec.seed());
        n.set("base", ScenarioFiles.toTree(spec.baseDraft().copy().bind().named("base", "")));
        return n;
    }

    /** The value CMA-ES minimises: the objective (negated when maximised), infeasible and invalid ranked below. */
    static double minimised(OptimisationSpec spec, Evaluated e) {
        if (Double.isNaN(e.objective())) {
            return INVALID;
        }
        if (!e.feasible()) {
            double v = 0;
            for (int c = 0; c < spec.constraints().size(); c++) {
                v += spec.constraints().get(c).violation(e.constraintMeans()[c]);
            }
            return INFEASIBLE * (1 + Math.min(v, 1e3));
        }
        return spec.objective().maximise() ? -e.objective() : e.objective();
    }

    private static Evaluated evaluate(OptimisationSpec spec, Candidates candidates, double[] values, long[] seeds,
            ExecutorService pool, int index, AtomicLong runs) {
        double[] means = new double[spec.constraints().size()];
        Arrays.fill(means, Double.NaN);
        Scenario s;
        try {
            s = candidates.scenario(values);
        } catch (InputException e) {
            return new Evaluated(index, values, Double.NaN, means, false);
        }
        RunResult[] results;
        try {
            results = candidates.run(s, seeds, pool);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        runs.addAndGet(results.length);
        double[][] outcomes = new double[results.length][];
        for (int r = 0; r < results.length; r++) {
            outcomes[r] = results[r].summary().values();
        }
        double objective = spec.objective().summarise(spec.objective().values(outcomes));
        boolean feasible = !Double.isNaN(objective);
        for (int c = 0; c < means.length; c++) {
            Outcome o = spec.constraints().get(c).outcome();
            means[c] = Stats.summarize(column(outcomes, o)).mean();
            feasible &= spec.constraints().get(c).satisfiedBy(means[c]);
        }
        return new Evaluated(index, values, objective, means, feasible);
    }

    /** A candidate against the base on the objective and the constraints, paired by replicate. */
    static Comparison compare(OptimisationSpec spec, ScenarioRuns base, ScenarioRuns candidate, long seed) {
        Objective obj = spec.objective();
        double[] yb = obj.values(base.outcomes());
        double[] yc = obj.values(candidate.outcomes());
        double vb = obj.summarise(yb);
        double vc = obj.summarise(yc);
        double low;
        double high;
        double p;
        double[] pb = obj.perRun(yb);
        double[] pc = obj.perRun(yc);
        PairedComparison paired = Stats.paired(pc, pb);
        if (obj.statistic() == Objective.Statistic.QUANTILE) {
            double[] ci = pairedQuantileBootstrap(yc, yb, obj.q(), Seeds.streamSeed(seed, "optimise-bootstrap"));
            low = ci[0];
            high = ci[1];
            p = Double.NaN;
        } else {
            low = paired.ciLow();
            high = paired.ciHigh();
            p = paired.pT();
        }
        double probBetter = obj.maximise() ? paired.probAGreater() : 1 - paired.probAGreater();
        int k = spec.constraints().size();
        double[] means = new double[k];
        double[] lo = new double[k];
        double[] hi = new double[k];
        boolean feasible = true;
        for (int c = 0; c < k; c++) {
            Outcome outcome = spec.constraints().get(c).outcome();
            Summary s = Comparisons.summary(outcome, candidate.values(outcome), false, 0); // cut at its range
            means[c] = s.mean();
            lo[c] = s.ciLow();
            hi[c] = s.ciHigh();
            feasible &= spec.constraints().get(c).satisfiedBy(s.mean());
        }
        Verdict verdict;
        boolean above = low > 0;
        boolean below = high < 0;
        if (obj.maximise() ? above : below) {
            verdict = Verdict.BETTER;
        } else if (obj.maximise() ? below : above) {
            verdict = Verdict.WORSE;
        } else {
            verdict = Verdict.NOT_SURE;
        }
        return new Comparison(candidate.scenario().name(), vb, vc, vc - vb, low, high, p, probBetter, means, lo, hi,
                feasible, verdict);
    }

    /**
     * The 95% percentile interval of q-quantile(candidate) − q-quantile(base), resampling replicates in pairs (so the
     * common random numbers are kept), {@link #BOOTSTRAP} times with a seeded stream.
     */
    static double[] pairedQuantileBootstrap(double[] candidate, double[] base, double q, long seed) {
        Rng rng = new Rng(seed);
        int n = candidate.length;
        double[] diffs = new double[BOOTSTRAP];
        double[] c = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < BOOTSTRAP; i++) {
            for (int j = 0; j < n; j++) {
                int r = rng.nextInt(n);
                c[j] = candidate[r];
                b[j] = base[r];
            }
            diffs[i] = Stats.quantile(withoutNaN(c), q) - Stats.quantile(withoutNaN(b), q);
        }
        double[] d = withoutNaN(diffs);
        return new double[] {Stats.quantile(d, 0.025), Stats.quantile(d, 0.975)};
    }

    private static double[] withoutNaN(double[] v) {
        return Arrays.stream(v).filter(x -> !Double.isNaN(x)).toArray();
    }

    private static double[] column(double[][] outcomes, Outcome o) {
        double[] v = new double[outcomes.length];
        for (int r = 0; r < v.length; r++) {
            v[r] = outcomes[r][o.ordinal()];
        }
        return v;
    }

    static long[] seeds(long master, int n) {
        long[] s = new long[n];
        for (int r = 0; r < n; r++) {
            s[r] = Seeds.runSeed(master, r);
        }
        return s;
    }

    /** The levers' values as {@code path=value, …}. */
    public static String describe(List<SearchParameter> levers, double[] values) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            SearchParameter p = levers.get(i);
            parts.add(p.path() + "=" + (p.integer() ? Long.toString(Math.round(values[i])) : fourDigits(values[i])));
        }
        return String.join(", ", parts);
    }

    /** A found value for people to read: 4 significant digits (4.212, not 4.2121244896426795); the files keep all. */
    static String fourDigits(double x) {
        if (!Double.isFinite(x) || x == 0) {
            return org.communitysim.experiments.io.Csv.number(x);
        }
        return new java.math.BigDecimal(x).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
