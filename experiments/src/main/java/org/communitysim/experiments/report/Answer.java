package org.communitysim.experiments.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communitysim.experiments.montecarlo.Comparisons;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.experiments.report.Labels.Text;
import org.communitysim.experiments.stats.Decision;
import org.communitysim.experiments.stats.Stats;
import org.communitysim.experiments.stats.Summary;
import org.communitysim.experiments.stats.Verdict;
import org.communitysim.model.Direction;
import org.communitysim.model.Outcome;
import org.communitysim.model.RunOutcome;
import org.communitysim.model.Unit;

/**
 * The report's opening answer, written from the decision table as a recommendation rather than a count of wins.
 *
 * <ul>
 *   <li>With a goal ({@code --goal OUTCOME}, any outcome with a direction): which strategy to choose for it, by how
 *       much (the difference with its interval, adjusted like the table's), how sure (the share of paired futures in
 *       which it did better), and what it costs: the other KPIs on which it is clearly worse — cost outcomes
 *       included, whatever outcomes the model declares.</li>
 *   <li>Without a goal: a strategy at least as good on every KPI and in money, and better on some KPI, is recommended as such;
 *       otherwise the answer says that no goal was named and gives the trade-offs of each pair (or of each change
 *       against its baseline).</li>
 * </ul>
 * The same sentences serve the report (HTML, names in bold) and the terminal (plain text); in Chinese, Latin names
 * and numbers are set off by spaces ({@link CjkSpacing}). Every number comes from the model; nothing is canned.
 */
public final class Answer {
    private Answer() {
    }

    /** Outcomes that make the best headline, most telling first; the others follow in table order. */
    private static final List<Outcome> HEADLINE_ORDER = List.of(
            Outcome.FINAL_ACTIVE_SHARE, Outcome.FINAL_ACTIVE, Outcome.ACTIVE_RETAINED, Outcome.RETENTION_30,
            Outcome.CHURN_RATE, Outcome.DEAD, Outcome.JOINS_30, Outcome.CONVERSION_RATE, Outcome.REPURCHASE_RATE,
            Outcome.PEAK_ACTIVE, Outcome.FINAL_MEMBERS);

    /** The money of a run, named in every answer when the scenarios earn or spend any (issue 13's ledger). */
    private static final List<Outcome> MONEY = List.of(Outcome.PROFIT, Outcome.REVENUE, Outcome.COST);
    /** What an operator of many groups reads first (docs/model.md §4.12): how many live, and the activity in all. */
    private static final List<Outcome> GROUPS = List.of(Outcome.GROUPS_ALIVE_30, Outcome.GROUPS_ALIVE_FINAL,
            Outcome.MATRIX_ACTIVE_FINAL);

    /** The integer digits of a formatted number: its first run of digits. */
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** KPIs named in one list before "and n more". */
    private static final int LISTED = 3;

    /** How names are set: in bold in HTML (text escaped), as they are on a terminal. */
    private record Markup(Function<String, String> text, Function<String, String> name) {
        static final Markup HTML = new Markup(Html::escape, n -> "<strong>" + Html.escape(n) + "</strong>");
        static final Markup PLAIN = new Markup(t -> t, n -> n);
    }

    /**
     * The answer as HTML paragraphs (names escaped and in bold), without the enclosing {@code <p>}: a single
     * paragraph, or a recommendation followed by one short paragraph per trade-off.
     */
    static List<String> paragraphs(ReportModel model, Lang lang) {
        return new Writer(model, lang, Markup.HTML).paragraphs();
    }

    /** The same answer as plain text, for the terminal. */
    public static List<String> plain(ReportModel model, Lang lang) {
        return new Writer(model, lang, Markup.PLAIN).paragraphs();
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

    /** Which side of a comparison X stands on against Y, on one outcome. */
    private enum Standing { BETTER, WORSE, NO_CLEAR_DIFFERENCE, NOT_RANKED }

    /**
     * A decision row read from X's side ({@code flipped}: the row has X as its B), so that the difference, its
     * interval and P(better) are X's.
     */
    private record Side(Decision d, boolean flipped) {
        String x() {
            return flipped ? d.b() : d.a();
        }

        String y() {
            return flipped ? d.a() : d.b();
        }

        double meanX() {
            return flipped ? d.summaryB().mean() : d.summaryA().mean();
        }

        double meanY() {
            return flipped ? d.summaryA().mean() : d.summaryB().mean();
        }

        double diff() {
            return flipped ? -d.paired().meanDiff() : d.paired().meanDiff();
        }

        double low() {
            return flipped ? -d.adjusted().ciHigh() : d.adjusted().ciLow();
        }

        double high() {
            return flipped ? -d.adjusted().ciLow() : d.adjusted().ciHigh();
        }

        double probBetter() {
            return flipped ? 1 - d.probABetter() : d.probABetter();
        }

        Standing standing() {
            return switch (d.verdict()) {
                case A_BETTER -> flipped ? Standing.WORSE : Standing.BETTER;
                case B_BETTER -> flipped ? Standing.BETTER : Standing.WORSE;
                case NO_CLEAR_DIFFERENCE -> Standing.NO_CLEAR_DIFFERENCE;
                case NOT_RANKED -> Standing.NOT_RANKED;
            };
        }
    }

    private static final class Writer {
        private final ReportModel model;
        private final Lang lang;
        private final Markup markup;
        private final List<ScenarioRuns> scenarios;
        private final Map<String, List<Decision>> pairs;

        Writer(ReportModel model, Lang lang, Markup markup) {
            this.model = model;
            this.lang = lang;
            this.markup = markup;
            this.scenarios = model.scenarios() == null ? List.of() : model.scenarios();
            this.pairs = pairs(model.decisions());
        }

        List<String> paragraphs() {
            List<String> out = new ArrayList<>();
            if (scenarios.isEmpty()) {
                out.add(esc(text(Text.ANSWER_NO_SCENARIOS)));
            } else if (scenarios.size() == 1) {
                out.add(one(scenarios.get(0)));
            } else if (pairs.isEmpty()) {
                out.add(esc(text(Text.NO_DECISIONS)));
            } else if (model.goal() != null) {
                out.addAll(withGoal(model.goal()));
            } else {
                out.addAll(withoutGoal());
            }
            return out.stream().map(p -> lang == Lang.ZH ? CjkSpacing.apply(p) : p).toList();
        }

        private String one(ScenarioRuns only) {
            Summary share = Stats.summarize(only.values(Outcome.FINAL_ACTIVE_SHARE));
            long dead = Arrays.stream(only.values(Outcome.DEAD)).filter(v -> v == 1).count();
            return esc(Labels.format(Text.ANSWER_ONE, lang, only.scenario().name(),
                    Formats.value(Outcome.FINAL_ACTIVE_SHARE, lang, share.mean()), only.scenario().horizonDays(),
                    Formats.value(Outcome.FINAL_ACTIVE_SHARE, lang, Math.max(0, share.ciLow())),
                    Formats.value(Outcome.FINAL_ACTIVE_SHARE, lang, Math.min(1, share.ciHigh())), dead,
                    only.replicates()));
        }

        // --- with a goal -------------------------------------------------------------------------------------

        /**
         * A strategy is chosen only when the decision rows support it: in a what-if, the one variant clearly better
         * than the baseline on the goal (several: each is told against the baseline, and none is chosen, since
         * variants are not compared with each other), or the baseline when it is clearly better than every variant;
         * otherwise the best mean, when it is clearly better than every scenario it was compared with. Without a
         * choice the answer says why and gives the trade-offs of each pair instead of a choice's costs.
         */
        private List<String> withGoal(RunOutcome goal) {
            List<String> sentences = new ArrayList<>();
            List<ScenarioRuns> ranking = rank(goal);
            List<String> names = ranking.stream().map(r -> r.scenario().name()).toList();
            if (scenarios.size() >= 3) {
                List<String> items = new ArrayList<>();
                for (String n : names) {
                    items.add(fill(text(Text.ANSWER_RANKING_ITEM), name(n),
                            esc(amount(goal, n, Formats.value(goal, lang, mean(scenarioRuns(n), goal))))));
                }
                sentences.add(fill(text(Text.ANSWER_RANKING), esc(goalName(goal)), join(items)));
            }
            String baseline = model.baseline();
            String best;
            String other;
            if (baseline != null && !names.get(0).equals(baseline)) {
                List<Side> winners = new ArrayList<>();
                for (String n : names) {
                    Side s = n.equals(baseline) ? null : side(n, baseline, goal);
                    if (s != null && s.standing() == Standing.BETTER) {
                        winners.add(s);
                    }
                }
                if (winners.size() >= 2) {
                    return several(goal, baseline, winners, sentences);
                }
                best = winners.isEmpty() ? names.get(0) : winners.get(0).x();
                other = baseline;
            } else {
                // the best mean against the first scenario it is not clearly better than (the runner-up when none)
                best = names.get(0);
                other = null;
                for (String n : names.subList(1, names.size())) {
                    Side s = side(best, n, goal);
                    if (s != null && s.standing() != Standing.BETTER) {
                        other = n;
                        break;
                    }
                }
                other = other != null ? other : names.get(1);
            }
            Side side = side(best, other, goal);
            if (side == null) {
                sentences.add(esc(text(Text.NO_DECISIONS)));
                return List.of(String.join(separator(), sentences));
            }
            String[] values = values(side);
            String[] difference = difference(side);
            boolean chosen = side.standing() == Standing.BETTER;
            sentences.add(fill(text(chosen ? Text.ANSWER_CHOOSE : Text.ANSWER_UNCLEAR), esc(goalName(goal)),
                    esc(Labels.direction(goal.direction(), lang)), name(best), esc(values[0]), esc(values[1]),
                    name(other), esc(difference[0]), esc(family(side.d())), esc(difference[1]),
                    esc(difference[2]), esc(Formats.percent(side.probBetter(), lang))));
            if (!chosen) {
                // no choice, so no costs of one: the trade-offs of each pair, as without a goal
                return withTrades(sentences, best, goal);
            }
            List<Side> rest = others(best, other, goal);
            List<Side> worse = rest.stream().filter(s -> s.standing() == Standing.WORSE).toList();
            List<Side> better = rest.stream().filter(s -> s.standing() == Standing.BETTER).toList();
            // money clearly worse (its own family's interval, the rule of the KPIs) is a cost too, named first
            List<Side> moneyWorse = moneySides(best, other, goal).stream()
                    .filter(s -> s.standing() == Standing.WORSE).toList();
            if (worse.isEmpty() && moneyWorse.isEmpty()) {
                sentences.add(fill(text(Text.ANSWER_COSTS_NONE), name(other), name(best)));
            } else {
                List<Side> costs = new ArrayList<>(moneyWorse);
                costs.addAll(worse);
                sentences.add(fill(text(Text.ANSWER_COSTS), name(other), name(best),
                        list(costs, LISTED + moneyWorse.size())));
            }
            if (!better.isEmpty()) {
                sentences.add(fill(text(Text.ANSWER_GAINS), list(better)));
            }
            String money = money(best, other, goal);
            if (!money.isEmpty()) {
                sentences.add(money);
            }
            String groups = groups(best, other, goal);
            if (!groups.isEmpty()) {
                sentences.add(groups);
            }
            String collapse = collapseSentence();
            if (!collapse.isEmpty()) {
                sentences.add(collapse);
            }
            return List.of(String.join(separator(), sentences));
        }

        /**
         * Several variants clearly better than the baseline on the goal: each with its difference and P(better),
         * that they were not compared with each other, how to compare them; then every pair's trade-offs.
         */
        private List<String> several(RunOutcome goal, String baseline, List<Side> winners, List<String> sentences) {
            List<String> items = new ArrayList<>();
            List<String> files = new ArrayList<>();
            for (Side w : winners) {
                String[] values = values(w);
                String[] difference = difference(w);
                items.add(fill(text(Text.ANSWER_SEVERAL_ITEM), name(w.x()), esc(values[0]), esc(values[1]),
                        esc(difference[0]), esc(family(w.d())), esc(difference[1]), esc(difference[2]),
                        esc(Formats.percent(w.probBetter(), lang))));
                files.add("FILE_" + (files.size() + 1));
            }
            String command = "./community-sim compare " + String.join(" ", files) + " --goal " + goal.column();
            sentences.add(fill(text(Text.ANSWER_SEVERAL), esc(goalName(goal)),
                    esc(Labels.direction(goal.direction(), lang)), Integer.toString(winners.size()), name(baseline),
                    String.join(esc(text(Text.ANSWER_SEVERAL_SEPARATOR)), items), name(command), esc("extends"),
                    esc("docs/scenarios.md")));
            return withTrades(sentences, null, goal);
        }

        /**
         * The sentences so far (and the collapse shares) as one paragraph, then one paragraph of trade-offs per
         * pair, told from {@code x}'s side in its pairs and otherwise from A's (a what-if's variant).
         */
        private List<String> withTrades(List<String> sentences, String x, RunOutcome goal) {
            String collapse = collapseSentence();
            if (!collapse.isEmpty()) {
                sentences.add(collapse);
            }
            List<String> out = new ArrayList<>();
            out.add(String.join(separator(), sentences));
            for (List<Decision> rows : pairs.values()) {
                boolean mine = rows.get(0).a().equals(x) || rows.get(0).b().equals(x);
                out.add(trade(rows, mine ? x : rows.get(0).a(), goal));
            }
            return out;
        }

        private ScenarioRuns scenarioRuns(String name) {
            return scenarios.stream().filter(r -> r.scenario().name().equals(name)).findFirst().orElseThrow();
        }

        /** Scenarios from best to worst mean of the goal (stable: command-line order among equals; NaN last). */
        private List<ScenarioRuns> rank(RunOutcome goal) {
            double sign = goal.direction() == Direction.LOWER_IS_BETTER ? 1 : -1;
            List<ScenarioRuns> ranking = new ArrayList<>(scenarios);
            ranking.sort(Comparator.comparingDouble(r -> {
                double m = mean(r, goal);
                return Double.isNaN(m) ? Double.POSITIVE_INFINITY : sign * m;
            }));
            return ranking;
        }

        /** The ranked key outcomes other than the goal, X against Y, in headline order. */
        private List<Side> others(String x, String y, RunOutcome goal) {
            List<Side> out = new ArrayList<>();
            for (Decision d : model.decisions()) {
                if (!d.outcome().equals(goal) && ranked(d) && (d.a().equals(x) && d.b().equals(y)
                        || d.a().equals(y) && d.b().equals(x))) {
                    out.add(new Side(d, d.b().equals(x)));
                }
            }
            out.sort(Comparator.comparingInt(s -> headlineRank(s.d().outcome()))); // stable: table order
            return out;
        }

        // --- without a goal ----------------------------------------------------------------------------------

        private List<String> withoutGoal() {
            List<String> out = new ArrayList<>();
            String dominant = dominant();
            String collapse = collapseSentence();
            if (dominant != null) {
                List<String> sentences = new ArrayList<>();
                sentences.add(fill(text(Text.ANSWER_DOMINANT), name(dominant), esc("--goal")));
                for (List<Decision> rows : pairs.values()) {
                    if (rows.get(0).a().equals(dominant) || rows.get(0).b().equals(dominant)) {
                        sentences.add(trade(rows, dominant, null));
                    }
                }
                if (!collapse.isEmpty()) {
                    sentences.add(collapse);
                }
                out.add(String.join(separator(), sentences));
                return out;
            }
            String first = fill(text(Text.ANSWER_NO_GOAL), esc("--goal final_active"));
            out.add(collapse.isEmpty() ? first : first + separator() + collapse);
            for (List<Decision> rows : pairs.values()) {
                // a change is told from its own side (A = the variant); otherwise the pair's first scenario
                out.add(trade(rows, rows.get(0).a(), null));
            }
            return out;
        }

        /**
         * The scenario that, against every scenario it was compared with, is clearly better on at least one KPI and
         * clearly worse on none; null if there is none, or if it was not compared with every other scenario.
         */
        private String dominant() {
            for (ScenarioRuns candidate : scenarios) {
                String x = candidate.scenario().name();
                int compared = 0;
                boolean dominates = true;
                for (List<Decision> rows : pairs.values()) {
                    boolean asA = rows.get(0).a().equals(x);
                    if (!asA && !rows.get(0).b().equals(x)) {
                        continue;
                    }
                    compared++;
                    List<Standing> standings = rows.stream().filter(Answer::ranked)
                            .map(d -> new Side(d, !asA).standing()).toList();
                    String y = asA ? rows.get(0).b() : rows.get(0).a();
                    // worse in money is a trade-off too: a costlier strategy is not chosen without a goal
                    dominates &= !standings.contains(Standing.WORSE) && standings.contains(Standing.BETTER)
                            && !worseInMoney(x, y);
                }
                if (dominates && compared == scenarios.size() - 1) {
                    return x;
                }
            }
            return null;
        }

        /** One pair's trade-offs from X's side: better on…, the other better on…, no clear difference on n. */
        private String trade(List<Decision> rows, String x, RunOutcome goal) {
            List<Side> sides = new ArrayList<>();
            for (Decision d : rows) {
                if (ranked(d)) {
                    sides.add(new Side(d, !d.a().equals(x)));
                }
            }
            sides.sort(Comparator.comparingInt(s -> headlineRank(s.d().outcome())));
            String y = rows.get(0).a().equals(x) ? rows.get(0).b() : rows.get(0).a();
            List<Side> better = sides.stream().filter(s -> s.standing() == Standing.BETTER).toList();
            List<Side> worse = sides.stream().filter(s -> s.standing() == Standing.WORSE).toList();
            int none = sides.size() - better.size() - worse.size();
            if (better.isEmpty() && worse.isEmpty()) { // no KPI tells them apart: money and groups still may
                String none0 = fill(text(sides.size() == 1 ? Text.ANSWER_TRADE_NONE_ONE : Text.ANSWER_TRADE_NONE),
                        name(x), name(y), Integer.toString(sides.size()));
                return withMoneyAndGroups(none0, x, y, goal);
            }
            String trade;
            if (worse.isEmpty()) {
                trade = fill(text(worseInMoney(x, y) ? Text.ANSWER_TRADE_ONE_SIDED_MONEY : Text.ANSWER_TRADE_ONE_SIDED),
                        name(x), name(y), list(better));
            } else if (better.isEmpty()) {
                trade = fill(text(worseInMoney(y, x) ? Text.ANSWER_TRADE_ONE_SIDED_MONEY : Text.ANSWER_TRADE_ONE_SIDED),
                        name(y), name(x), list(flip(worse)));
            } else {
                trade = fill(text(Text.ANSWER_TRADE), name(x), name(y), list(better), list(flip(worse)));
            }
            String rest = none == 0 ? trade
                    : trade + separator() + (none == 1 ? esc(text(Text.ANSWER_REST_ONE))
                            : fill(text(Text.ANSWER_REST), Integer.toString(none)));
            return withMoneyAndGroups(rest, x, y, goal);
        }

        /** A pair's trade-off sentence followed by its money and groups sentences, when there are any. */
        private String withMoneyAndGroups(String trade, String x, String y, RunOutcome goal) {
            String money = money(x, y, goal);
            String groups = groups(x, y, goal);
            return trade + (money.isEmpty() ? "" : separator() + money) + (groups.isEmpty() ? "" : separator() + groups);
        }

        /**
         * "For the operator's groups together, X against Y: groups alive 30 days after opening (74% vs 20%, better),
         * …" when either scenario is a world of many groups (in the single-group model these outcomes describe the
         * one group, which the KPIs already do); the goal excepted; empty otherwise.
         */
        private String groups(String x, String y, RunOutcome goal) {
            if (!manyGroups(x) && !manyGroups(y)) {
                return "";
            }
            List<String> items = new ArrayList<>();
            for (Outcome o : GROUPS) {
                Side s = o.equals(goal) ? null : sideIn(x, y, o);
                if (s == null) {
                    continue;
                }
                items.add(item(s));
            }
            return items.isEmpty() ? "" : fill(text(Text.ANSWER_GROUPS), name(x), name(y), join(items));
        }

        private boolean manyGroups(String scenario) {
            return scenarios.stream().anyMatch(r -> r.scenario().name().equals(scenario) && r.scenario().manyGroups());
        }

        /**
         * "In money over the run, X against Y: profit (a vs b, better), …": the run's profit, revenue and cost (the
         * goal excepted), each with its verdict; empty when neither scenario earns or spends anything.
         */
        private String money(String x, String y, RunOutcome goal) {
            List<String> items = new ArrayList<>();
            boolean any = false;
            for (Side s : moneySides(x, y, goal)) {
                any |= Double.isFinite(s.meanX()) && s.meanX() != 0 || Double.isFinite(s.meanY()) && s.meanY() != 0;
                items.add(item(s));
            }
            return any ? fill(text(Text.ANSWER_MONEY), name(x), name(y), join(items)) : "";
        }

        /** "profit (a vs b, better)": an outcome of X against Y with both values and the verdict. */
        private String item(Side s) {
            String[] v = values(s);
            String standing = switch (s.standing()) {
                case BETTER -> text(Text.WORD_BETTER);
                case WORSE -> text(Text.WORD_WORSE);
                case NO_CLEAR_DIFFERENCE, NOT_RANKED -> text(Text.VERDICT_NO_CLEAR_DIFFERENCE);
            };
            return fill(text(Text.MONEY_ITEM), esc(Labels.inSentence(Labels.name(s.d().outcome(), lang), lang)),
                    esc(v[0]), esc(v[1]), esc(standing));
        }

        /**
         * Whether X is clearly worse than Y in money: on profit, or on cost where profit was not compared (the
         * money rule of {@link #money}: its own family's intervals).
         */
        private boolean worseInMoney(String x, String y) {
            List<Side> sides = moneySides(x, y, null);
            for (Outcome o : List.of(Outcome.PROFIT, Outcome.COST)) {
                for (Side s : sides) {
                    if (s.d().outcome().equals(o)) {
                        return s.standing() == Standing.WORSE;
                    }
                }
            }
            return false;
        }

        /** X against Y on the run's profit, revenue and cost (the goal excepted), those that were compared. */
        private List<Side> moneySides(String x, String y, RunOutcome goal) {
            List<Side> sides = new ArrayList<>();
            for (Outcome o : MONEY) {
                Side s = o.equals(goal) ? null : sideIn(x, y, o);
                if (s != null) {
                    sides.add(s);
                }
            }
            return sides;
        }

        /** X against Y on an outcome, from the decision table or the other outcomes' comparisons. */
        private Side sideIn(String x, String y, RunOutcome o) {
            Side s = side(x, y, o);
            if (s != null || model.others() == null) {
                return s;
            }
            for (Decision d : model.others()) {
                if (d.outcome().equals(o) && (d.a().equals(x) && d.b().equals(y) || d.a().equals(y) && d.b().equals(x))) {
                    return new Side(d, d.b().equals(x));
                }
            }
            return null;
        }

        private static List<Side> flip(List<Side> sides) {
            return sides.stream().map(s -> new Side(s.d(), !s.flipped())).toList();
        }

        // --- pieces ------------------------------------------------------------------------------------------

        /** "X (a vs b), Y (a vs b), Z (a vs b) and 2 more", values on the side of each Side's X. */
        private String list(List<Side> sides) {
            return list(sides, LISTED);
        }

        /** The same with the first {@code shown} named. */
        private String list(List<Side> sides, int shown) {
            List<String> items = new ArrayList<>();
            for (Side s : sides.subList(0, Math.min(shown, sides.size()))) {
                String[] v = values(s);
                items.add(fill(text(Text.VALUE_VS), esc(Labels.inSentence(Labels.name(s.d().outcome(), lang), lang)),
                        esc(v[0]), esc(v[1])));
            }
            if (sides.size() > shown) {
                items.add(esc(Labels.format(Text.LIST_MORE, lang, sides.size() - shown)));
            }
            return join(items);
        }

        /** X's and Y's means as the report shows them: one precision, amounts of money in each one's currency. */
        private String[] values(Side s) {
            RunOutcome o = s.d().outcome();
            String[] v = Formats.values(o, lang, s.meanX(), s.meanY());
            return new String[] {amount(o, s.x(), v[0]), amount(o, s.y(), v[1])};
        }

        /** X − Y with its interval, {difference, low, high}; in money grouped, the difference in the currency. */
        private String[] difference(Side s) {
            RunOutcome o = s.d().outcome();
            String[] v = Formats.difference(o, lang, s.diff(), s.low(), s.high());
            if (o.unit() != Unit.MONEY) {
                return v;
            }
            String currency = currency(s.x());
            boolean one = currency.equals(currency(s.y()));
            return new String[] {one ? amount(o, s.x(), v[0]) : grouped(v[0]), grouped(v[1]), grouped(v[2])};
        }

        /**
         * A formatted value of an outcome; an amount of money gets thousands separators and the scenario's currency
         * ({@code economics.currency}): "−20,659 CNY".
         */
        private String amount(RunOutcome o, String scenario, String formatted) {
            if (o.unit() != Unit.MONEY || formatted.equals(Formats.na(lang))) {
                return formatted;
            }
            String currency = currency(scenario);
            return currency.isEmpty() ? grouped(formatted) : grouped(formatted) + " " + currency;
        }

        /** The currency of a scenario by name; empty when it is not among the report's scenarios. */
        private String currency(String scenario) {
            for (ScenarioRuns r : scenarios) {
                if (r.scenario().name().equals(scenario)) {
                    String c = r.scenario().economics().currency();
                    return c == null ? "" : c;
                }
            }
            return "";
        }

        private Side side(String x, String y, RunOutcome outcome) {
            for (Decision d : model.decisions()) {
                if (d.outcome().equals(outcome) && d.a().equals(x) && d.b().equals(y)) {
                    return new Side(d, false);
                }
                if (d.outcome().equals(outcome) && d.a().equals(y) && d.b().equals(x)) {
                    return new Side(d, true);
                }
            }
            return null;
        }

        private String join(List<String> items) {
            if (items.size() <= 1) {
                return items.isEmpty() ? "" : items.get(0);
            }
            String sep = esc(text(Text.LIST_SEPARATOR));
            String last = esc(text(Text.LIST_LAST_SEPARATOR));
            return String.join(sep, items.subList(0, items.size() - 1)) + last + items.get(items.size() - 1);
        }

        /** Share of replicates whose group collapsed, per scenario, if any collapsed anywhere. */
        private String collapseSentence() {
            List<String> items = new ArrayList<>();
            boolean any = false;
            List<String> names = Charts.displayNames(scenarios);
            for (int s = 0; s < scenarios.size(); s++) {
                int[] deadOfN = collapsed(scenarios.get(s));
                if (deadOfN[1] == 0) {
                    continue;
                }
                any |= deadOfN[0] > 0;
                items.add(name(names.get(s)) + " " + esc(Formats.percent((double) deadOfN[0] / deadOfN[1], lang)));
            }
            return any ? fill(text(Text.ANSWER_COLLAPSE), join(items)) : "";
        }

        /** A formatted number with its integer digits in groups of three ("−20659.5" → "−20,659.5"). */
        static String grouped(String formatted) {
            Matcher m = DIGITS.matcher(formatted);
            if (!m.find() || m.group().length() <= 3) {
                return formatted;
            }
            String digits = m.group();
            StringBuilder g = new StringBuilder();
            for (int i = 0; i < digits.length(); i++) {
                if (i > 0 && (digits.length() - i) % 3 == 0) {
                    g.append(',');
                }
                g.append(digits.charAt(i));
            }
            return formatted.substring(0, m.start()) + g + formatted.substring(m.end());
        }

        /** "for all 12 KPIs together", or "for the 1 KPI": the family the row's interval was adjusted for. */
        private String family(Decision d) {
            int m = d.adjusted().family();
            return Labels.format(m == 1 ? Text.ANSWER_FAMILY_ONE : Text.ANSWER_FAMILY, lang, m);
        }

        /**
         * The goal in words; in a world of many groups a goal that describes one group says it is group 1's ("active
         * members at the horizon (group 1)"): the operator's groups together are the group outcomes.
         */
        private String goalName(RunOutcome goal) {
            String name = Labels.inSentence(Labels.name(goal, lang), lang);
            boolean world = scenarios.stream().anyMatch(r -> r.scenario().manyGroups());
            return world && !Outcome.GROUPS_FAMILY.contains(goal) ? Messages.fill(text(Text.ANSWER_GROUP_ONE), name) : name;
        }

        private static double mean(ScenarioRuns r, RunOutcome o) {
            return Comparisons.summary(o, r.values(o), false, 0).mean();
        }

        private static int headlineRank(org.communitysim.model.RunOutcome o) {
            int i = HEADLINE_ORDER.indexOf(o);
            return i < 0 ? HEADLINE_ORDER.size() : i;
        }

        private String separator() {
            return esc(text(Text.SENTENCE_SEPARATOR));
        }

        private String text(Text key) {
            return Labels.text(key, lang);
        }

        /** A template (escaped for its markup) filled with arguments already in that markup. */
        private String fill(String template, String... args) {
            return Messages.fill(esc(template), (Object[]) args);
        }

        private String esc(String s) {
            return markup.text().apply(s);
        }

        private String name(String n) {
            return markup.name().apply(n);
        }
    }
}
