package org.communitysim.experiments.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communitysim.experiments.io.AtomicFiles;
import org.communitysim.experiments.optimisation.Comparison;
import org.communitysim.experiments.optimisation.Constraint;
import org.communitysim.experiments.optimisation.Evaluated;
import org.communitysim.experiments.optimisation.Objective;
import org.communitysim.experiments.optimisation.OptimisationResult;
import org.communitysim.experiments.optimisation.OptimisationSpec;
import org.communitysim.experiments.optimisation.Verdict;
import org.communitysim.experiments.report.OptimisationLabels.O;
import org.communitysim.experiments.search.SearchParameter;

/**
 * The report of an optimisation: the answer (the best strategy found, its paired difference from the current
 * strategy with a 95% interval, and whether that interval excludes 0), the constraints as the comparison measured
 * them, the candidates through the three stages, the levers, the method and how to reproduce. The full decision table
 * of every outcome is the comparison's own report ({@code compare/report.html}). Self-contained HTML from
 * {@code optimisation.jte}, English or Chinese.
 */
public final class OptimisationReport {
    public static final String FILE_NAME = "report.html";

    private OptimisationReport() {
    }

    public static void write(OptimisationResult result, String command, Lang lang, Path dir) throws IOException {
        AtomicFiles.writeString(dir.resolve(FILE_NAME), Templates.render("optimisation.jte", page(result, command, lang)));
    }

    record Page(Words w, String title, String subtitle, String description, List<String> answer, String verdictClass,
            List<String> constraints, List<List<String>> candidates, List<List<String>> levers, String method,
            List<Fact> facts, String command, List<Fact> files) {
    }

    static Page page(OptimisationResult r, String command, Lang lang) {
        OptimisationSpec spec = r.spec();
        Objective obj = spec.objective();
        String objective = objective(obj, lang);
        List<String> answer = new ArrayList<>();
        List<String> constraints = new ArrayList<>();
        String verdictClass = "";
        if (r.comparisons().isEmpty()) {
            answer.add(Messages.text(O.ANSWER_NONE, lang));
        } else {
            Comparison best = r.comparisons().get(0);
            answer.add(Messages.format(O.ANSWER_BEST, lang, levers(spec, r.chosenValues().get(0))));
            answer.add(Messages.format(O.ANSWER_DIFFERENCE, lang, objective, num(best.baseValue()),
                    num(best.candidateValue()), signed(best.difference()), signed(best.ciLow()), signed(best.ciHigh()),
                    Formats.percent(best.probBetter(), lang), Formats.integer(spec.compareReplicates())));
            answer.add(Messages.text(best.verdict() == Verdict.BETTER ? O.ANSWER_BETTER
                    : best.verdict() == Verdict.WORSE ? O.ANSWER_WORSE : O.ANSWER_NOT_SURE, lang));
            verdictClass = best.verdict() == Verdict.BETTER ? "" : "warn";
            for (int c = 0; c < spec.constraints().size(); c++) {
                Constraint k = spec.constraints().get(c);
                boolean holds = k.satisfiedBy(best.constraintMeans()[c]);
                constraints.add(Messages.format(holds ? O.CONSTRAINT_HOLDS : O.CONSTRAINT_BROKEN, lang, k.toString(),
                        num(best.constraintMeans()[c]), num(best.constraintLow()[c]), num(best.constraintHigh()[c])));
            }
            answer.add(Messages.text(O.ANSWER_COMPARE_LINK, lang));
        }
        List<List<String>> candidates = new ArrayList<>();
        for (int i = 0; i < r.comparisons().size(); i++) {
            Comparison c = r.comparisons().get(i);
            Evaluated re = r.shortlist().get(i);
            double search = r.trace().get(re.index()).objective();
            candidates.add(List.of(c.candidate(), levers(spec, r.chosenValues().get(i)),
                    num(search), num(re.objective()), num(c.candidateValue()),
                    signed(c.difference()) + " [" + signed(c.ciLow()) + ", " + signed(c.ciHigh()) + "]",
                    verdict(c.verdict(), lang)));
        }
        List<List<String>> levers = new ArrayList<>();
        for (SearchParameter p : spec.levers()) {
            var v = spec.baseDraft().get(p.path());
            levers.add(List.of(SweepLabels.parameter(p.path(), lang), p.path(),
                    CalibrationReport.value(p, p.min()) + " – " + CalibrationReport.value(p, p.max())
                            + (p.log() ? " (log)" : ""),
                    v.isNumber() ? CalibrationReport.value(p, v.asDouble()) : v.asText()));
        }
        List<Fact> facts = new Facts(lang)
                .add(O.FACT_OBJECTIVE, objective)
                .add(O.FACT_CONSTRAINTS, spec.constraints().isEmpty() ? Messages.text(O.FACT_NONE, lang)
                        : String.join("; ", spec.constraints().stream().map(Constraint::toString).toList()))
                .add(O.FACT_SEARCH, Messages.format(O.FACT_SEARCH_VALUE, lang, Formats.integer(spec.evaluations()),
                        Formats.integer(spec.replicates())))
                .add(O.FACT_REEVALUATION, Formats.integer(spec.shortlist()) + " × "
                        + Formats.integer(spec.reevaluationReplicates()))
                .add(O.FACT_COMPARE, Formats.integer(r.chosen().size()) + " × "
                        + Formats.integer(spec.compareReplicates()))
                .runs(O.FACT_RUNS, r.runs(), O.FACT_SEED, spec.seed(), O.FACT_WALL, r.wallSeconds())
                .list();
        List<Fact> files = new Facts(lang).file("trace.csv", O.FILE_TRACE).file("candidates.csv", O.FILE_CANDIDATES)
                .file("best.json", O.FILE_BEST).file("compare/", O.FILE_COMPARE).file("manifest.json", O.FILE_MANIFEST)
                .file("report.html", O.FILE_REPORT).list();
        String description = spec.description() == null || spec.description().isBlank() ? null : spec.description();
        return new Page(new Words(lang), Messages.format(O.TITLE, lang, spec.name()),
                Messages.format(O.SUBTITLE, lang, objective, Formats.integer(spec.levers().size())), description,
                answer, verdictClass, constraints, candidates, levers,
                Messages.format(O.METHOD_TEXT, lang, Formats.integer(spec.replicates()),
                        Formats.integer(spec.shortlist()), Formats.integer(spec.reevaluationReplicates()),
                        Formats.integer(spec.compareReplicates())),
                facts, command, files);
    }

    /** The levers' values for people, three significant digits (the exact values are in candidates.csv). */
    static String levers(OptimisationSpec spec, double[] values) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            SearchParameter p = spec.levers().get(i);
            parts.add(p.path() + " = " + CalibrationReport.value(p, values[i]));
        }
        return String.join(", ", parts);
    }

    /** The objective in words: "maximise the mean of final_active". */
    public static String objective(Objective o, Lang lang) {
        String sum = o.describe().replaceFirst("^(mean of |q[0-9.]+ of )", "");
        if (o.statistic() == Objective.Statistic.PROBABILITY) {
            sum = sum.substring(2, sum.lastIndexOf(" ≥ "));
        }
        String stat = switch (o.statistic()) {
            case MEAN -> Messages.format(O.STAT_MEAN, lang, sum);
            case QUANTILE -> Messages.format(O.STAT_QUANTILE, lang, sum, Formats.number(o.q() * 100, 0, false) + "%");
            case PROBABILITY -> Messages.format(O.STAT_PROBABILITY, lang, sum, num(o.atLeast()));
        };
        return Messages.format(o.maximise() ? O.GOAL_MAXIMISE : O.GOAL_MINIMISE, lang, stat);
    }

    /** A candidate's verdict against the current strategy, in words ("better", "not sure yet", "worse"). */
    public static String verdict(Verdict v, Lang lang) {
        return Messages.text(switch (v) {
            case BETTER -> O.VERDICT_BETTER;
            case WORSE -> O.VERDICT_WORSE;
            case NOT_SURE -> O.VERDICT_NOT_SURE;
        }, lang);
    }

    static String num(double x) {
        if (!Double.isFinite(x)) {
            return Formats.number(x, 0, false);
        }
        double a = Math.abs(x);
        int decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
        return Formats.number(x, Formats.visible(x, decimals), false); // a bound of −0.0004 is not "0.000"
    }

    static String signed(double x) {
        if (!Double.isFinite(x)) {
            return Formats.number(x, 0, true);
        }
        double a = Math.abs(x);
        int decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
        return Formats.number(x, Formats.visible(x, decimals), true);
    }
}
