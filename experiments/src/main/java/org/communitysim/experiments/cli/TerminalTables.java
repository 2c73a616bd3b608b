package org.communitysim.experiments.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communitysim.experiments.montecarlo.Comparisons;
import org.communitysim.experiments.montecarlo.Kpis;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.experiments.report.Answer;
import org.communitysim.experiments.report.CjkSpacing;
import org.communitysim.experiments.report.Labels;
import org.communitysim.experiments.report.Labels.Text;
import org.communitysim.experiments.report.Lang;
import org.communitysim.experiments.report.ReportModel;
import org.communitysim.experiments.report.ScenarioText;
import org.communitysim.experiments.stats.Decision;
import org.communitysim.experiments.stats.Stats;
import org.communitysim.experiments.stats.Summary;
import org.communitysim.model.Outcome;

/**
 * Plain-text tables for the terminal, in the report's language: per-scenario summaries, the decision table and the
 * answer. In English outcomes go by their column names (what {@code --goal} takes); in Chinese by their Chinese
 * names. Columns are padded by display width, so that Chinese characters (two columns wide) line up.
 */
final class TerminalTables {
    private TerminalTables() {
    }

    static void summary(ReportModel report, Lang lang, PrintWriter out) {
        for (ScenarioRuns sr : report.scenarios()) {
            out.println(line(lang, Labels.format(Text.TERM_SCENARIO, lang, sr.scenario().name(),
                    ScenarioText.description(sr.scenario(), lang), sr.replicates())));
            out.println("  " + left(Labels.text(Text.COL_OUTCOME, lang), 24) + " "
                    + right(Labels.text(Text.COL_MEAN, lang), 10) + " " + right(Labels.text(Text.COL_SD, lang), 10)
                    + " " + right(Labels.text(Text.COL_MEDIAN, lang), 10) + " "
                    + right(Labels.text(Text.COL_CI, lang), 23));
            List<org.communitysim.model.RunOutcome> shown = new ArrayList<>(Kpis.KEY);
            shown.addAll(org.communitysim.experiments.montecarlo.TidyCsv.custom(report.scenarios()));
            boolean world = manyGroups(sr);
            if (world) { // the rows above describe the file's group only: say so (docs/model.md §4.12)
                out.println("  " + line(lang, Labels.text(Text.TERM_FIRST_GROUP, lang)));
            }
            rows(sr, shown, lang, out);
            double dead = Stats.summarize(sr.values(Outcome.DEAD)).mean();
            out.println("  " + line(lang, Labels.format(Text.TERM_COLLAPSED, lang,
                    String.format(Locale.ROOT, "%.0f%%", 100 * dead))));
            if (world) { // a world of many groups: the operator's groups together
                out.println("  " + line(lang, Labels.text(Text.TERM_ALL_GROUPS, lang)));
                rows(sr, List.copyOf(Outcome.GROUPS_FAMILY), lang, out);
            }
            out.println();
        }
    }

    private static void rows(ScenarioRuns sr, List<? extends org.communitysim.model.RunOutcome> outcomes, Lang lang,
            PrintWriter out) {
        for (org.communitysim.model.RunOutcome o : outcomes) {
            Summary s = Comparisons.summary(o, sr.values(o), false, 0);
            boolean count = o.unit() == org.communitysim.model.Unit.COUNT;
            out.println("  " + left(outcome(o, lang), 24) + " " + right(count ? count(s.mean()) : num(s.mean()), 10)
                    + " " + right(num(s.sd()), 10) + " " + right(count ? count(s.median()) : num(s.median()), 10) + " "
                    + right("[" + bound(s.ciLow()) + ", " + bound(s.ciHigh()) + "]", 23));
        }
    }

    /** The decision table, one block per pair of scenarios (in the order the pairs first appear), its header once. */
    static void decisions(ReportModel report, Lang lang, PrintWriter out) {
        Map<String, List<Decision>> byPair = new LinkedHashMap<>();
        for (Decision d : report.decisions()) {
            byPair.computeIfAbsent(d.a() + " vs " + d.b(), k -> new ArrayList<>()).add(d);
        }
        for (List<Decision> pair : byPair.values()) {
            Decision first = pair.get(0);
            out.println(line(lang, Labels.format(Text.TERM_PAIR, lang, first.a(), first.b(),
                    first.adjusted().family())));
            String custom = Labels.customNote(pair, report.scenarios().stream().map(ScenarioRuns::scenario).toList(),
                    lang);
            if (!custom.isEmpty()) {
                for (String part : custom.split("[;；]\\s*")) {
                    if (!part.isBlank()) {
                        out.println("  " + line(lang, part));
                    }
                }
            }
            out.println("  " + left(Labels.text(Text.COL_OUTCOME, lang), 24) + " " + right("A", 10) + " "
                    + right("B", 10) + " " + right("A − B [" + interval(first) + "]", 28) + " "
                    + right("p", 8) + " " + right(Labels.text(Text.COL_PROB_A_BETTER, lang), 14) + "  "
                    + Labels.text(Text.COL_VERDICT, lang));
            rows(pair, lang, out);
            if (report.scenarios().stream().anyMatch(TerminalTables::manyGroups)) {
                List<Decision> groups = report.others().stream()
                        .filter(d -> d.a().equals(first.a()) && d.b().equals(first.b())
                                && d.outcome() instanceof Outcome o && Outcome.GROUPS_FAMILY.contains(o))
                        .toList();
                if (!groups.isEmpty()) {
                    out.println("  " + line(lang, Labels.format(Text.TERM_GROUPS, lang,
                            groups.get(0).adjusted().family())));
                    rows(groups, lang, out);
                }
            }
        }
    }

    private static void rows(List<Decision> decisions, Lang lang, PrintWriter out) {
        for (Decision d : decisions) {
            String diff = num(d.paired().meanDiff()) + " [" + bound(d.adjusted().ciLow()) + ", "
                    + bound(d.adjusted().ciHigh()) + "]";
            out.println("  " + left(outcome(d.outcome(), lang), 24) + " " + right(num(d.summaryA().mean()), 10)
                    + " " + right(num(d.summaryB().mean()), 10) + " " + right(diff, 28) + " "
                    + right(p(d.adjusted().p()), 8) + " "
                    + right(Double.isNaN(d.probABetter()) ? ""
                            : String.format(Locale.ROOT, "%.2f", d.probABetter()), 14)
                    + "  " + line(lang, Labels.verdict(d.verdict(), d.a(), d.b(), lang)));
        }
    }

    /** Whether the scenario runs a world of many groups (its group outcomes then say more than the first group's). */
    static boolean manyGroups(ScenarioRuns sr) {
        return sr.scenario().manyGroups();
    }

    /** The answer in plain words, paragraph by paragraph, under its heading. */
    static void answer(ReportModel report, Lang lang, PrintWriter out) {
        out.println(Labels.text(Text.SECTION_ANSWER, lang) + (lang == Lang.ZH ? "：" : ":"));
        for (String paragraph : Answer.plain(report, lang)) {
            out.println(paragraph);
        }
    }

    /** "95%" for the family: the intervals hold together at 95%; each one's own level is in comparison.csv. */
    private static String interval(Decision d) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * (1 - Comparisons.ALPHA));
    }

    private static String outcome(org.communitysim.model.RunOutcome o, Lang lang) {
        return lang == Lang.ZH ? Labels.name(o, lang) : o.column();
    }

    private static String line(Lang lang, String text) {
        return lang == Lang.ZH ? CjkSpacing.apply(text) : text;
    }

    /** Columns a string takes on a terminal: two for a Chinese character or full-width form, one otherwise. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += c >= '\u1100' && (c <= '\u115F' || c >= '\u2E80' && c <= '\uA4CF' || c >= '\uAC00' && c <= '\uD7A3'
                    || c >= '\uF900' && c <= '\uFAFF' || c >= '\uFE30' && c <= '\uFE4F' || c >= '\uFF00' && c <= '\uFF60'
                    || c >= '\uFFE0' && c <= '\uFFE6') ? 2 : 1;
        }
        return w;
    }

    static String left(String s, int columns) {
        return s + " ".repeat(Math.max(0, columns - width(s)));
    }

    static String right(String s, int columns) {
        return " ".repeat(Math.max(0, columns - width(s))) + s;
    }

    /** A mean or median of a count: whole when it is whole ("5", not "5.000"), else one decimal ("2.4"). */
    static String count(double v) {
        if (Double.isNaN(v) || Math.abs(v) >= 1000 || v != Math.rint(v) && Math.abs(v) >= 10) {
            return num(v);
        }
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
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

    /**
     * An interval's bound: as {@link #num}, but a bound that is not 0 never reads as 0 (or as −0): it gets the decimals
     * its first significant digit needs, "-0.0004" rather than "-0.000", so the side of 0 it lies on stays visible (as
     * report.html shows it).
     */
    static String bound(double v) {
        String s = num(v);
        if (v == 0 || !Double.isFinite(v) || s.chars().anyMatch(c -> c >= '1' && c <= '9')) {
            return s;
        }
        int decimals = 3;
        String out;
        do {
            out = String.format(Locale.ROOT, "%." + ++decimals + "f", v);
        } while (decimals < 15 && out.chars().noneMatch(c -> c >= '1' && c <= '9'));
        return out;
    }

    static String p(double p) {
        if (Double.isNaN(p)) {
            return "–";
        }
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }
}
