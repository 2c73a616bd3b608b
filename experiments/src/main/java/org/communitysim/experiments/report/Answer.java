package org.communitysim.experiments.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.experiments.report.Labels.Text;
import org.communitysim.experiments.stats.Decision;
import org.communitysim.model.Direction;
import org.communitysim.experiments.stats.Verdict;
import org.communitysim.model.Outcome;

/**
 * The report's opening answer, written from the decision table: for each compared pair, who is better on
 * how many key outcomes, the most telling difference with its interval, and the trade-offs; then how often
 * each scenario's group collapsed. Every number comes from the model; nothing is canned.
 */
final class Answer {
    private Answer() {
    }

    /** Outcomes that make the best headline, most telling first; the others follow in table order. */
    private static final List<Outcome> HEADLINE_ORDER = List.of(
            Outcome.FINAL_ACTIVE_SHARE, Outcome.FINAL_ACTIVE, Outcome.ACTIVE_RETAINED, Outcome.RETENTION_30,
            Outcome.CHURN_RATE, Outcome.DEAD, Outcome.JOINS_30, Outcome.CONVERSION_RATE, Outcome.REPURCHASE_RATE,
            Outcome.PEAK_ACTIVE, Outcome.FINAL_MEMBERS);

    private static final int MORE_WINS_SHOWN = 2;
    private static final int TRADE_OFFS_SHOWN = 3;

    /**
     * The answer as HTML paragraphs (names escaped), without the enclosing {@code <p>}: with one compared pair a
     * single paragraph; with several, an overview of who comes out ahead, then one short paragraph per pair.
     */
    static List<String> paragraphs(ReportModel model, Lang lang) {
        List<ScenarioRuns> scenarios = model.scenarios() == null ? List.of() : model.scenarios();
        if (scenarios.isEmpty()) {
            return List.of(Html.escape(Labels.text(Text.ANSWER_NO_SCENARIOS, lang)));
        }
        String space = Html.escape(Labels.text(Text.SENTENCE_SEPARATOR, lang));
        Map<String, List<Decision>> pairs = pairs(model.decisions());
        String collapse = collapseSentence(scenarios, lang);
        if (scenarios.size() == 1) {
            ScenarioRuns only = scenarios.get(0);
            org.communitysim.experiments.stats.Summary share =
                    org.communitysim.experiments.stats.Stats.summarize(only.values(Outcome.FINAL_ACTIVE_SHARE));
            long dead = java.util.Arrays.stream(only.values(Outcome.DEAD)).filter(v -> v == 1).count();
            return List.of(Html.escape(Labels.format(Text.ANSWER_ONE, lang, only.scenario().name(),
                    Formats.value(Outcome.FINAL_ACTIVE_SHARE, lang, share.mean()), only.scenario().horizonDays(),
                    Formats.value(Outcome.FINAL_ACTIVE_SHARE, lang, share.ciLow()),
                    Formats.value(Outcome.FINAL_ACTIVE_SHARE, lang, share.ciHigh()), dead, only.replicates())));
        }
        if (pairs.size() <= 1) {
            List<String> sentences = new ArrayList<>();
            if (pairs.isEmpty()) {
                sentences.add(Html.escape(Labels.text(Text.NO_DECISIONS, lang)));
            }
            for (List<Decision> rows : pairs.values()) {
                sentences.addAll(pairSentences(rows, scenarios, lang));
            }
            if (!collapse.isEmpty()) {
                sentences.add(collapse);
            }
            return List.of(String.join(space, sentences));
        }
        List<String> out = new ArrayList<>();
        String overview = overview(pairs, lang);
        out.add(collapse.isEmpty() ? overview : overview + space + collapse);
        for (List<Decision> rows : pairs.values()) {
            out.add(String.join(space, pairSentences(rows, scenarios, lang)));
        }
        return out;
    }

    /** "In the pairwise comparisons, X comes out ahead in 2 of 2, Y in 1 of 2…": the most often ahead first. */
    private static String overview(Map<String, List<Decision>> pairs, Lang lang) {
        Map<String, int[]> aheadOfCompared = new LinkedHashMap<>();
        for (List<Decision> rows : pairs.values()) {
            String a = rows.get(0).a();
            String b = rows.get(0).b();
            long winsA = rows.stream().filter(d -> ranked(d) && d.verdict() == Verdict.A_BETTER).count();
            long winsB = rows.stream().filter(d -> ranked(d) && d.verdict() == Verdict.B_BETTER).count();
            aheadOfCompared.computeIfAbsent(a, k -> new int[2])[1]++;
            aheadOfCompared.computeIfAbsent(b, k -> new int[2])[1]++;
            if (winsA > winsB) {
                aheadOfCompared.get(a)[0]++;
            } else if (winsB > winsA) {
                aheadOfCompared.get(b)[0]++;
            }
        }
        List<Map.Entry<String, int[]>> entries = new ArrayList<>(aheadOfCompared.entrySet());
        entries.sort(Comparator.comparingDouble(e -> -(double) e.getValue()[0] / e.getValue()[1])); // stable
        List<String> items = new ArrayList<>();
        for (Map.Entry<String, int[]> e : entries) {
            items.add(Html.fill(Labels.text(Text.ANSWER_OVERALL_ITEM, lang), strong(e.getKey()),
                    Integer.toString(e.getValue()[0]), Integer.toString(e.getValue()[1])));
        }
        return Html.fill(Labels.text(Text.ANSWER_OVERALL, lang), join(items, lang));
    }

    /** Decision rows grouped by pair (A, B), pairs and rows in table order. */
    static Map<String, List<Decision>> pairs(List<Decision> decisions) {
        Map<String, List<Decision>> pairs = new LinkedHashMap<>();
        if (decisions != null) {
            for (Decision d : decisions) {
                pairs.computeIfAbsent(d.a() + "\u0000" + d.b(), k -> new ArrayList<>()).add(d);
            }
        }
        return pairs;
    }

    static boolean ranked(Decision d) {
        return d.direction() != Direction.NEUTRAL && d.verdict() != Verdict.NOT_RANKED;
    }

    private static List<String> pairSentences(List<Decision> rows, List<ScenarioRuns> scenarios, Lang lang) {
        String a = rows.get(0).a();
        String b = rows.get(0).b();
        List<Decision> winsA = sorted(rows, Verdict.A_BETTER);
        List<Decision> winsB = sorted(rows, Verdict.B_BETTER);
        int rankedCount = (int) rows.stream().filter(Answer::ranked).count();
        int ties = rankedCount - winsA.size() - winsB.size();
        List<String> out = new ArrayList<>();
        String nameA = strong(a);
        String nameB = strong(b);
        if (rankedCount == 0) {
            out.add(Html.fill(Labels.text(Text.ANSWER_NOTHING_RANKED, lang), nameA, nameB));
            return out;
        }
        if (winsA.isEmpty() && winsB.isEmpty()) {
            out.add(Html.fill(Labels.text(Text.ANSWER_NONE, lang), nameA, nameB, Integer.toString(rankedCount)));
            return out;
        }
        if (winsA.size() == winsB.size()) {
            out.add(Html.fill(Labels.text(Text.ANSWER_TIE, lang), nameA, nameB, Integer.toString(winsA.size()),
                    Integer.toString(rankedCount), Integer.toString(ties)));
            out.add(fact(winsA.get(0), true, scenarios, lang));
            out.add(fact(winsB.get(0), false, scenarios, lang));
            return out;
        }
        boolean leaderIsA = winsA.size() > winsB.size();
        List<Decision> leaderWins = leaderIsA ? winsA : winsB;
        List<Decision> otherWins = leaderIsA ? winsB : winsA;
        out.add(Html.fill(Labels.text(Text.ANSWER_LEADS, lang), leaderIsA ? nameA : nameB, leaderIsA ? nameB : nameA,
                Integer.toString(leaderWins.size()), Integer.toString(rankedCount), Integer.toString(otherWins.size()),
                Integer.toString(ties)));
        out.add(fact(leaderWins.get(0), leaderIsA, scenarios, lang));
        List<Decision> more = leaderWins.subList(1, Math.min(leaderWins.size(), 1 + MORE_WINS_SHOWN));
        if (!more.isEmpty()) {
            out.add(Html.fill(Labels.text(Text.ANSWER_ALSO, lang), list(more, leaderIsA, lang)));
        }
        if (!otherWins.isEmpty()) {
            List<Decision> shown = otherWins.subList(0, Math.min(otherWins.size(), TRADE_OFFS_SHOWN));
            out.add(Html.fill(Labels.text(Text.ANSWER_BUT, lang), leaderIsA ? nameB : nameA,
                    list(shown, !leaderIsA, lang)));
        }
        return out;
    }

    /** One difference told from the winner's side: its value, the loser's, the difference and its interval. */
    private static String fact(Decision d, boolean winnerIsA, List<ScenarioRuns> scenarios, Lang lang) {
        Outcome o = d.outcome();
        double meanW = winnerIsA ? d.summaryA().mean() : d.summaryB().mean();
        double meanL = winnerIsA ? d.summaryB().mean() : d.summaryA().mean();
        double sign = winnerIsA ? 1 : -1;
        double diff = sign * d.paired().meanDiff();
        double low = winnerIsA ? d.paired().ciLow() : -d.paired().ciHigh();
        double high = winnerIsA ? d.paired().ciHigh() : -d.paired().ciLow();
        String[] values = Formats.values(o, lang, meanW, meanL);
        String[] difference = Formats.difference(o, lang, diff, low, high);
        String winner = winnerIsA ? d.a() : d.b();
        String loser = winnerIsA ? d.b() : d.a();
        Text template = o == Outcome.FINAL_ACTIVE_SHARE ? Text.ANSWER_FACT_ACTIVE_SHARE : Text.ANSWER_FACT;
        int horizon = horizonOf(winner, scenarios);
        return Html.fill(Labels.text(template, lang), Html.escape(Labels.name(o, lang)), Html.escape(values[0]),
                strong(winner), Html.escape(values[1]), strong(loser), Html.escape(difference[0]),
                Html.escape(difference[1]), Html.escape(difference[2]), Integer.toString(horizon));
    }

    /** "X (a vs b), Y (a vs b) and Z (a vs b)", values on the side of the scenario named first. */
    private static String list(List<Decision> rows, boolean sideA, Lang lang) {
        List<String> items = new ArrayList<>();
        for (Decision d : rows) {
            double first = sideA ? d.summaryA().mean() : d.summaryB().mean();
            double second = sideA ? d.summaryB().mean() : d.summaryA().mean();
            String[] v = Formats.values(d.outcome(), lang, first, second);
            items.add(Html.fill(Labels.text(Text.VALUE_VS, lang),
                    Html.escape(Labels.inSentence(Labels.name(d.outcome(), lang), lang)),
                    Html.escape(v[0]), Html.escape(v[1])));
        }
        return join(items, lang);
    }

    static String join(List<String> items, Lang lang) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        String sep = Html.escape(Labels.text(Text.LIST_SEPARATOR, lang));
        String last = Html.escape(Labels.text(Text.LIST_LAST_SEPARATOR, lang));
        return String.join(sep, items.subList(0, items.size() - 1)) + last + items.get(items.size() - 1);
    }

    /** Share of replicates whose group collapsed, per scenario, if any collapsed anywhere. */
    private static String collapseSentence(List<ScenarioRuns> scenarios, Lang lang) {
        List<String> items = new ArrayList<>();
        boolean any = false;
        List<String> names = Charts.displayNames(scenarios);
        for (int s = 0; s < scenarios.size(); s++) {
            int[] deadOfN = collapsed(scenarios.get(s));
            if (deadOfN[1] == 0) {
                continue;
            }
            any |= deadOfN[0] > 0;
            items.add(strong(names.get(s)) + " " + Html.escape(Formats.percent((double) deadOfN[0] / deadOfN[1], lang)));
        }
        if (!any) {
            return "";
        }
        return Html.fill(Labels.text(Text.ANSWER_COLLAPSE, lang), join(items, lang));
    }

    /** {collapsed replicates, replicates with a DEAD value}. */
    static int[] collapsed(ScenarioRuns runs) {
        int dead = 0;
        int n = 0;
        for (double v : runs.values(Outcome.DEAD)) {
            if (Double.isFinite(v)) {
                n++;
                if (v > 0.5) {
                    dead++;
                }
            }
        }
        return new int[] {dead, n};
    }

    private static List<Decision> sorted(List<Decision> rows, Verdict verdict) {
        List<Decision> wins = new ArrayList<>();
        for (Decision d : rows) {
            if (d.verdict() == verdict && ranked(d)) {
                wins.add(d);
            }
        }
        wins.sort(Comparator.comparingInt(d -> {
            int i = HEADLINE_ORDER.indexOf(d.outcome());
            return i < 0 ? HEADLINE_ORDER.size() : i;
        })); // stable: table order among the rest
        return wins;
    }

    private static int horizonOf(String name, List<ScenarioRuns> scenarios) {
        for (ScenarioRuns runs : scenarios) {
            if (runs.scenario().name().equals(name)) {
                return runs.scenario().horizonDays();
            }
        }
        return scenarios.get(0).scenario().horizonDays();
    }

    private static String strong(String name) {
        return "<strong>" + Html.escape(name) + "</strong>";
    }
}
