package org.communitysim.experiments.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communitysim.experiments.montecarlo.Kpis;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.experiments.report.ReportModel;
import org.communitysim.experiments.stats.Decision;
import org.communitysim.experiments.stats.Stats;
import org.communitysim.experiments.stats.Summary;
import org.communitysim.model.Outcome;

/** Plain-text tables for the terminal: per-scenario summaries and the decision table. */
final class TerminalTables {
    private TerminalTables() {
    }

    static void summary(ReportModel report, PrintWriter out) {
        for (ScenarioRuns sr : report.scenarios()) {
            out.printf(Locale.ROOT, "%s — %s (%d replicates)%n", sr.scenario().name(), sr.scenario().description(),
                    sr.replicates());
            out.printf(Locale.ROOT, "  %-24s %10s %10s %10s %23s%n", "outcome", "mean", "sd", "median", "95% CI of mean");
            for (Outcome o : Kpis.KEY) {
                Summary s = Stats.summarize(sr.values(o));
                out.printf(Locale.ROOT, "  %-24s %10s %10s %10s %23s%n", o.column(), num(s.mean()), num(s.sd()),
                        num(s.median()), "[" + num(s.ciLow()) + ", " + num(s.ciHigh()) + "]");
            }
            double dead = Stats.summarize(sr.values(Outcome.DEAD)).mean();
            out.printf(Locale.ROOT, "  collapsed (dead at the horizon) in %.0f%% of replicates%n%n", 100 * dead);
        }
    }

    /** The decision table, one block per pair of scenarios (in the order the pairs first appear), its header once. */
    static void decisions(ReportModel report, PrintWriter out) {
        Map<String, List<Decision>> byPair = new LinkedHashMap<>();
        for (Decision d : report.decisions()) {
            byPair.computeIfAbsent(d.a() + " vs " + d.b(), k -> new ArrayList<>()).add(d);
        }
        for (Map.Entry<String, List<Decision>> pair : byPair.entrySet()) {
            Decision first = pair.getValue().get(0);
            out.printf(Locale.ROOT, "%s  (A = %s, B = %s; paired by replicate, Holm-corrected p)%n", pair.getKey(),
                    first.a(), first.b());
            out.printf(Locale.ROOT, "  %-24s %10s %10s %28s %8s %7s  %s%n", "outcome", "A", "B",
                    "A − B [95% CI]", "p", "P(A>B)", "verdict");
            for (Decision d : pair.getValue()) {
                String diff = num(d.paired().meanDiff()) + " [" + num(d.paired().ciLow()) + ", "
                        + num(d.paired().ciHigh()) + "]";
                out.printf(Locale.ROOT, "  %-24s %10s %10s %28s %8s %7s  %s%n", d.outcome().column(),
                        num(d.summaryA().mean()), num(d.summaryB().mean()), diff, p(d.pHolm()),
                        Double.isNaN(d.paired().probAGreater()) ? ""
                                : String.format(Locale.ROOT, "%.2f", d.paired().probAGreater()),
                        verdict(d));
            }
        }
    }

    private static String verdict(Decision d) {
        return switch (d.verdict()) {
            case A_BETTER -> d.a() + " better";
            case B_BETTER -> d.b() + " better";
            case NO_CLEAR_DIFFERENCE -> "no clear difference";
            case NOT_RANKED -> "";
        };
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        double a = Math.abs(v);
        if (a >= 1000 || v == Math.rint(v) && a >= 10) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static String p(double p) {
        if (Double.isNaN(p)) {
            return "–";
        }
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }
}
