package org.communitysim.experiments.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.communitysim.experiments.montecarlo.Comparisons;
import org.communitysim.experiments.montecarlo.Kpis;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.experiments.stats.Decision;
import org.communitysim.model.Outcome;
import org.communitysim.model.RunOutcome;
import org.communitysim.scenario.file.ShippedScenarios;
import org.junit.jupiter.api.Test;

/**
 * The answer's sentences on small made-up ensembles whose verdicts are known by construction, compared by the same
 * code as {@code compare} ({@link Comparisons}, the key outcomes and the money as two families, as MonteCarloJob
 * does).
 */
class AnswerTest {
    private static final int N = 20;

    /** A common noise of replicate r (the same in every scenario: common random numbers), mean 0 over 20. */
    private static double z(int r) {
        return (r % 2 == 0 ? 1 : -1) * (1 + r % 5);
    }

    /** A scenario's own noise, small and also of mean 0 (replicates 2k and 2k + 1 cancel). */
    private static double e(int r) {
        return (r % 2 == 0 ? 1 : -1) * ((r / 2) % 3 - 1) * 0.5;
    }

    /** Scenario runs: every outcome NaN except those given (per replicate). */
    private static ScenarioRuns runs(String name, Map<Outcome, IntToDoubleFunction> values) {
        double[][] outcomes = new double[N][Outcome.values().length];
        long[] seeds = new long[N];
        for (int r = 0; r < N; r++) {
            seeds[r] = r;
            Arrays.fill(outcomes[r], Double.NaN);
            for (Map.Entry<Outcome, IntToDoubleFunction> v : values.entrySet()) {
                outcomes[r][v.getKey().ordinal()] = v.getValue().applyAsDouble(r);
            }
        }
        return new ScenarioRuns(ShippedScenarios.load("reference").named(name, name), seeds, outcomes, null);
    }

    private static Map<Outcome, IntToDoubleFunction> values(Object... pairs) {
        Map<Outcome, IntToDoubleFunction> m = new EnumMap<>(Outcome.class);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((Outcome) pairs[i], (IntToDoubleFunction) pairs[i + 1]);
        }
        return m;
    }

    /** Every pair, or each variant against the first (baseline), on {@code family} and on the money family. */
    private static ReportModel model(List<ScenarioRuns> runs, List<Outcome> family, RunOutcome goal,
            boolean baseline) {
        List<Outcome> money = new ArrayList<>(Outcome.MONEY_FAMILY);
        money.removeAll(family);
        List<Decision> key = baseline ? Comparisons.againstBaseline(runs, family, false, 1)
                : Comparisons.all(runs, family, false, 1);
        List<Decision> others = baseline ? Comparisons.againstBaseline(runs, money, false, 1)
                : Comparisons.all(runs, money, false, 1);
        return new ReportModel("t", "community-sim compare", 42, N, 1, "test", runs, List.of(), key, goal,
                baseline ? runs.get(0).scenario().name() : null, others);
    }

    private static String answer(ReportModel m, Lang lang) {
        return String.join("\n", Answer.plain(m, lang));
    }

    // --- one KPI: singular -------------------------------------------------------------------------------------

    @Test
    void withGoal_oneKpiInTheFamily_saysTheOneKpiNotAllOneKpis() {
        ScenarioRuns a = runs("a", values(Outcome.FINAL_ACTIVE, (IntToDoubleFunction) r -> 100 + z(r)));
        ScenarioRuns b = runs("b", values(Outcome.FINAL_ACTIVE, (IntToDoubleFunction) r -> 150 + z(r) + e(r)));
        ReportModel m = model(List.of(a, b), List.of(Outcome.FINAL_ACTIVE), Outcome.FINAL_ACTIVE, false);
        String en = answer(m, Lang.EN);
        assertTrue(en.contains("choose b: 150 against 100 with a, a difference of +50 (95% interval, for the 1 KPI: "),
                en);
        assertFalse(en.contains("for all 1 KPIs"), en);
        String zh = answer(m, Lang.ZH);
        assertTrue(zh.contains("（这 1 项指标的 95% 区间："), zh);
        assertFalse(zh.contains("1 项指标同时成立"), zh);
    }

    @Test
    void withoutGoal_oneKpiWithNoClearDifference_saysTheOneKpi() {
        ScenarioRuns a = runs("a", values(Outcome.FINAL_ACTIVE, (IntToDoubleFunction) r -> 100 + z(r)));
        ScenarioRuns b = runs("b", values(Outcome.FINAL_ACTIVE, (IntToDoubleFunction) r -> 100 + z(r) + e(r)));
        ReportModel m = model(List.of(a, b), List.of(Outcome.FINAL_ACTIVE), null, false);
        String en = answer(m, Lang.EN);
        assertTrue(en.contains("a and b: no clear difference on the 1 KPI."), en);
        assertFalse(en.contains("any of the 1 KPIs"), en);
        assertTrue(answer(m, Lang.ZH).contains("a 与 b 在这 1 项指标上无明显差异。"), answer(m, Lang.ZH));
    }

    @Test
    void withoutGoal_oneOtherKpiWithNoClearDifference_saysTheOtherKpi() {
        ScenarioRuns a = runs("a", values(Outcome.FINAL_ACTIVE, (IntToDoubleFunction) r -> 100 + z(r),
                Outcome.PEAK_ACTIVE, (IntToDoubleFunction) r -> 200 + z(r)));
        ScenarioRuns b = runs("b", values(Outcome.FINAL_ACTIVE, (IntToDoubleFunction) r -> 150 + z(r) + e(r),
                Outcome.PEAK_ACTIVE, (IntToDoubleFunction) r -> 200 + z(r) + e(r)));
        ReportModel m = model(List.of(a, b), List.of(Outcome.FINAL_ACTIVE, Outcome.PEAK_ACTIVE), null, false);
        String en = answer(m, Lang.EN);
        assertTrue(en.contains("No clear difference on the other KPI."), en);
        assertFalse(en.contains("the other 1 KPIs"), en);
    }

    // --- money: a cost, in the scenario's currency ---------------------------------------------------------------

    /** A what-if: the reward pays for more active members (clearly) and loses 20,659 CNY (clearly). */
    private static ReportModel rewardLosesMoney() {
        return rewardLosesMoney(List.of(Outcome.FINAL_ACTIVE, Outcome.PEAK_ACTIVE), Outcome.FINAL_ACTIVE);
    }

    private static ReportModel rewardLosesMoney(List<Outcome> family, Outcome goal) {
        ScenarioRuns reference = runs("reference", values(
                Outcome.FINAL_ACTIVE, (IntToDoubleFunction) r -> 134 + z(r),
                Outcome.PEAK_ACTIVE, (IntToDoubleFunction) r -> 200 + z(r),
                Outcome.PROFIT, (IntToDoubleFunction) r -> 0, Outcome.REVENUE, (IntToDoubleFunction) r -> 0,
                Outcome.COST, (IntToDoubleFunction) r -> 0));
        ScenarioRuns reward = runs("referral.reward=10", values(
                Outcome.FINAL_ACTIVE, (IntToDoubleFunction) r -> 262 + z(r) + e(r),
                Outcome.PEAK_ACTIVE, (IntToDoubleFunction) r -> 200 + z(r) + e(r),
                Outcome.PROFIT, (IntToDoubleFunction) r -> -20659 + 100 * e(r),
                Outcome.REVENUE, (IntToDoubleFunction) r -> 0,
                Outcome.COST, (IntToDoubleFunction) r -> 20659 - 100 * e(r)));
        return model(List.of(reference, reward), family, goal, true);
    }

    @Test
    void withGoal_moneyClearlyWorse_isACostNamedWithItsAmountAndCurrency() {
        ReportModel m = rewardLosesMoney();
        String en = answer(m, Lang.EN);
        assertTrue(en.contains("choose referral.reward=10"), en);
        assertFalse(en.contains("costs nothing measurable"), en);
        assertTrue(en.contains("What it costs: against reference, referral.reward=10 is worse on profit "
                + "(\u221220,659 CNY vs 0 CNY) and cost (20,659 CNY vs 0 CNY)."), en);
        assertTrue(en.contains("In money over the run, referral.reward=10 against reference: profit "
                + "(\u221220,659 CNY vs 0 CNY, worse), revenue (0 CNY vs 0 CNY, no clear difference) and cost "
                + "(20,659 CNY vs 0 CNY, worse)."), en);
        String zh = answer(m, Lang.ZH);
        assertFalse(zh.contains("没有可测出的代价"), zh);
        assertTrue(zh.contains("代价：与 reference 相比，referral.reward=10 在利润（\u221220,659 CNY 对 0 CNY）和成本"
                + "（20,659 CNY 对 0 CNY）上更差。"), zh);
    }

    /**
     * Without a goal, a strategy better on a KPI and worse on none but clearly worse in money is not chosen as if it
     * dominated: the reviewer read "worse on no KPI … choose it" beside "profit (−5,489 CNY vs −3,273 CNY, worse)".
     */
    @Test
    void withoutGoal_betterOnKpisButWorseInMoney_isATradeOffNotAChoice() {
        ReportModel m = rewardLosesMoney(List.of(Outcome.FINAL_ACTIVE, Outcome.PEAK_ACTIVE), null);
        String en = answer(m, Lang.EN);
        assertFalse(en.contains("choose"), en);
        assertTrue(en.contains("no strategy is better on every KPI"), en);
        assertTrue(en.contains("Against reference, referral.reward=10 is better on active members at the horizon "
                + "(262 vs 134), and worse on no KPI but worse in money."), en);
        assertTrue(en.contains("profit (\u221220,659 CNY vs 0 CNY, worse)"), en);
        String zh = answer(m, Lang.ZH);
        assertFalse(zh.contains("应选"), zh);
        assertTrue(zh.contains("没有更差的指标，但在钱上更差。"), zh);
    }

    @Test
    void withGoal_nothingWorseAndNoMoney_costsNothingMeasurable() {
        ScenarioRuns a = runs("a", values(Outcome.FINAL_ACTIVE, (IntToDoubleFunction) r -> 100 + z(r),
                Outcome.PROFIT, (IntToDoubleFunction) r -> 0, Outcome.REVENUE, (IntToDoubleFunction) r -> 0,
                Outcome.COST, (IntToDoubleFunction) r -> 0));
        ScenarioRuns b = runs("b", values(Outcome.FINAL_ACTIVE, (IntToDoubleFunction) r -> 150 + z(r) + e(r),
                Outcome.PROFIT, (IntToDoubleFunction) r -> 0, Outcome.REVENUE, (IntToDoubleFunction) r -> 0,
                Outcome.COST, (IntToDoubleFunction) r -> 0));
        String en = answer(model(List.of(a, b), List.of(Outcome.FINAL_ACTIVE), Outcome.FINAL_ACTIVE, false), Lang.EN);
        assertTrue(en.contains("It costs nothing measurable: against a, b is not clearly worse on any other KPI."), en);
        assertFalse(en.contains("In money"), en);
    }

    @Test
    void withGoal_moneyGoal_amountsAndDifferenceInTheCurrency() {
        // the goal joins the key outcomes' family, as in compare
        ReportModel m = rewardLosesMoney(List.of(Outcome.FINAL_ACTIVE, Outcome.PEAK_ACTIVE, Outcome.PROFIT),
                Outcome.PROFIT);
        String en = answer(m, Lang.EN);
        assertTrue(en.contains("For profit (higher is better), choose reference: 0 CNY against \u221220,659 CNY with "
                + "referral.reward=10, a difference of +20,659 CNY (95% interval, for all 3 KPIs together: 20,"), en);
        assertTrue(answer(m, Lang.ZH).contains("reference 为 0 CNY，referral.reward=10 为 \u221220,659 CNY，相差 "
                + "+20,659 CNY（3 项指标同时成立的 95% 区间：20,"), answer(m, Lang.ZH));
    }

    // --- a choice only when the statistics support it ------------------------------------------------------------

    /** A what-if with two variants, each clearly better than the baseline on final_active; b's mean the higher. */
    private static ReportModel twoWinners() {
        ScenarioRuns reference = runs("reference", values(
                Outcome.FINAL_ACTIVE, (IntToDoubleFunction) r -> 134 + z(r),
                Outcome.JOINS_30, (IntToDoubleFunction) r -> 175 + z(r)));
        ScenarioRuns a = runs("group.threshold=0.4", values(
                Outcome.FINAL_ACTIVE, (IntToDoubleFunction) r -> 257 + z(r) + e(r),
                Outcome.JOINS_30, (IntToDoubleFunction) r -> 85 + z(r) + e(r)));
        ScenarioRuns b = runs("referral.reward=10", values(
                Outcome.FINAL_ACTIVE, (IntToDoubleFunction) r -> 262 + z(r) - e(r),
                Outcome.JOINS_30, (IntToDoubleFunction) r -> 318 + z(r) - e(r)));
        return model(List.of(reference, a, b), List.of(Outcome.FINAL_ACTIVE, Outcome.JOINS_30),
                Outcome.FINAL_ACTIVE, true);
    }

    @Test
    void withGoal_severalVariantsBeatTheBaseline_noneChosenEachToldAgainstTheBaseline() {
        ReportModel m = twoWinners();
        List<String> en = Answer.plain(m, Lang.EN);
        String first = en.get(0);
        assertTrue(first.startsWith("Ranked by active members at the horizon: referral.reward=10 262, "
                + "group.threshold=0.4 257 and reference 134. For active members at the horizon (higher is better), "
                + "2 changes each do clearly better than reference: referral.reward=10 gives 262 against 134, a "
                + "difference of +128 (95% interval, for all 2 KPIs together: "), first);
        assertTrue(first.contains("; group.threshold=0.4 gives 257 against 134, a difference of +123 (95% interval, "
                + "for all 2 KPIs together: "), first);
        assertTrue(first.contains("and did better in 100% of the paired futures"), first);
        assertTrue(first.contains("not with the others") && first.contains("none is chosen"), first);
        assertTrue(first.contains("./community-sim compare FILE_1 FILE_2 --goal final_active"), first);
        assertFalse(String.join(" ", en).contains(", choose "), en.toString());
        assertFalse(String.join(" ", en).contains("costs"), en.toString());
        // then each variant's trade-offs against the baseline, from its own side
        assertEquals(3, en.size(), en.toString());
        assertTrue(en.get(1).startsWith("Against reference, group.threshold=0.4 is better on active members at the "
                + "horizon (257 vs 134), and reference is better on joins in the first 30 days (175 vs 85)."),
                en.get(1));
        assertTrue(en.get(2).startsWith("Against reference, referral.reward=10 is better on active members at the "
                + "horizon (262 vs 134) and joins in the first 30 days (318 vs 175), and worse on no KPI."), en.get(2));
        String zh = String.join("\n", Answer.plain(m, Lang.ZH));
        assertTrue(zh.contains("有 2 个改动都明显好于 reference：referral.reward=10 为 262，基准为 134，相差 +128"), zh);
        assertTrue(zh.contains("彼此之间没有比较") && zh.contains("这里不作选择"), zh);
        assertFalse(zh.contains("应选") || zh.contains("代价"), zh);
    }

    @Test
    void withGoal_oneVariantBeatsTheBaseline_isChosenEvenBelowANoisierMean() {
        ScenarioRuns reference = runs("reference", values(Outcome.FINAL_ACTIVE, (IntToDoubleFunction) r -> 134 + z(r)));
        ScenarioRuns sure = runs("sure", values(Outcome.FINAL_ACTIVE, (IntToDoubleFunction) r -> 200 + z(r) + e(r)));
        // a higher mean, but so spread that its interval includes no difference
        ScenarioRuns noisy = runs("noisy", values(Outcome.FINAL_ACTIVE,
                (IntToDoubleFunction) r -> 234 + z(r) + (r % 2 == 0 ? 400 : -400)));
        ReportModel m = model(List.of(reference, sure, noisy), List.of(Outcome.FINAL_ACTIVE), Outcome.FINAL_ACTIVE,
                true);
        String en = answer(m, Lang.EN);
        assertTrue(en.contains("choose sure: 200 against 134 with reference"), en);
    }

    @Test
    void withGoal_noClearBest_noCostsOfAChoiceButTheTradeOffs() {
        // kol-led-group's mean is higher on the goal, but not clearly; it is clearly worse on joins
        ScenarioRuns a = runs("kol-then-activists", values(
                Outcome.FINAL_ACTIVE, (IntToDoubleFunction) r -> 165 + z(r),
                Outcome.JOINS_30, (IntToDoubleFunction) r -> 200 + z(r)));
        ScenarioRuns b = runs("kol-led-group", values(
                Outcome.FINAL_ACTIVE, (IntToDoubleFunction) r -> 209 + z(r) + (r % 2 == 0 ? 300 : -300),
                Outcome.JOINS_30, (IntToDoubleFunction) r -> 150 + z(r) + e(r)));
        ReportModel m = model(List.of(a, b), List.of(Outcome.FINAL_ACTIVE, Outcome.JOINS_30), Outcome.FINAL_ACTIVE,
                false);
        List<String> en = Answer.plain(m, Lang.EN);
        assertTrue(en.get(0).contains("no strategy is clearly best: kol-led-group gives 209 against 165 with "
                + "kol-then-activists"), en.get(0));
        String all = String.join(" ", en);
        assertFalse(all.contains("costs nothing measurable") || all.contains("What it costs"), all);
        assertFalse(all.contains("It is also better"), all);
        assertEquals(2, en.size(), all);
        // the pair's trade-offs: kol-led-group is clearly better on nothing, kol-then-activists on joins
        assertEquals("Against kol-led-group, kol-then-activists is better on joins in the first 30 days (200 vs 150), "
                + "and worse on no KPI. No clear difference on the other KPI.", en.get(1));
        String zh = String.join("\n", Answer.plain(m, Lang.ZH));
        assertTrue(zh.contains("没有哪个方案明显最好"), zh);
        assertFalse(zh.contains("代价"), zh);
        assertTrue(zh.contains("各方案的取舍见下文"), zh);
    }

    @Test
    void withGoal_bestMeanNotClearlyBetterThanEveryOther_noChoice() {
        // x clearly beats the runner-up y, but not z, whose spread hides any difference
        ScenarioRuns x = runs("x", values(Outcome.FINAL_ACTIVE, (IntToDoubleFunction) r -> 200 + z(r)));
        ScenarioRuns y = runs("y", values(Outcome.FINAL_ACTIVE, (IntToDoubleFunction) r -> 190 + z(r) + e(r)));
        ScenarioRuns zz = runs("z", values(Outcome.FINAL_ACTIVE,
                (IntToDoubleFunction) r -> 150 + z(r) + (r % 2 == 0 ? 300 : -300)));
        ReportModel m = model(List.of(x, y, zz), List.of(Outcome.FINAL_ACTIVE), Outcome.FINAL_ACTIVE, false);
        List<String> en = Answer.plain(m, Lang.EN);
        assertTrue(en.get(0).contains("no strategy is clearly best: x gives 200 against 150 with z"), en.get(0));
        assertEquals(4, en.size(), en.toString()); // then the three pairs' trade-offs
    }
}
