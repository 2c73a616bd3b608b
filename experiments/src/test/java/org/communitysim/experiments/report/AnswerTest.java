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
}
