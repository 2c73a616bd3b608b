package org.communitysim.experiments.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.model.Outcome;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.Scenario;
import org.junit.jupiter.api.Test;

class MoneyTableTest {
    /** Three replicates whose outcomes are all {@code value}, except profit 10, 20, 30. */
    private static ScenarioRuns runs(Scenario s, double value) {
        double[][] outcomes = new double[3][Outcome.values().length];
        for (int r = 0; r < 3; r++) {
            Arrays.fill(outcomes[r], value);
            outcomes[r][Outcome.PROFIT.ordinal()] = 10 * (r + 1);
        }
        return new ScenarioRuns(s, new long[] {1, 2, 3}, outcomes, null);
    }

    private static List<HtmlReport.Named> names(String... names) {
        return Arrays.stream(names).map(n -> new HtmlReport.Named(null, n)).toList();
    }

    @Test
    void of_noScenarioDeclaresMoney_saysSoInsteadOfATable() {
        MoneyTable.Table t = MoneyTable.of(List.of(runs(Defaults.scenario(), 0)), names("reference"), Lang.EN);
        assertTrue(t.empty());
        assertEquals(List.of(Labels.text(Labels.Text.MONEY_NONE, Lang.EN)), t.notes());
        assertTrue(t.notes().get(0).startsWith("No costs or revenue declared"));
    }

    @Test
    void of_oneScenarioWithoutMoney_isNamedAndLeftOut() {
        Scenario paid = Defaults.scenario().with("economics.membershipFee", 99.0).with("economics.currency", "USD");
        MoneyTable.Table t = MoneyTable.of(List.of(runs(Defaults.scenario(), 0), runs(paid, 5)),
                names("free", "paid"), Lang.ZH);
        assertFalse(t.empty());
        assertEquals(List.of("paid (USD)"), t.columns().stream().map(HtmlReport.Named::name).toList());
        assertEquals(MoneyTable.LINES.size(), t.rows().size());
        assertTrue(t.notes().get(0).startsWith("free："), t.notes().get(0));
        MoneyTable.Row profit = t.rows().get(MoneyTable.LINES.indexOf(Outcome.PROFIT));
        assertTrue(profit.total());
        // mean 20, t(2) 95% CI 20 ± 4.303·10/√3 = [−4.8, 44.8]
        assertEquals(List.of("20 [\u22124.8, 45]"), profit.cells(), "one precision for mean and bounds");
        assertEquals(List.of("5.0"), t.rows().get(0).cells(), "a line equal in every run shows its value alone");
    }

    @Test
    void of_aCostNearZero_itsIntervalStopsAtZero_aProfitsDoesNot() {
        Scenario ads = Defaults.scenario().with("economics.adCpm", 50.0);
        double[][] outcomes = new double[3][Outcome.values().length];
        double[] spend = {0, 0, 30};
        for (int r = 0; r < 3; r++) {
            outcomes[r][Outcome.COST_ADS.ordinal()] = spend[r];
            outcomes[r][Outcome.COST.ordinal()] = spend[r];
            outcomes[r][Outcome.PROFIT.ordinal()] = -spend[r];
        }
        MoneyTable.Table t = MoneyTable.of(List.of(new ScenarioRuns(ads, new long[] {1, 2, 3}, outcomes, null)),
                names("ads"), Lang.EN);
        // mean 10, t(2) 95% CI 10 ± 4.303·17.32/√3 = [−33, 53]: a cost cannot be negative, a profit can exceed 0
        assertEquals(List.of("10 [0, 53]"), t.rows().get(MoneyTable.LINES.indexOf(Outcome.COST_ADS)).cells());
        assertEquals(List.of("\u221210 [\u221253, 33]"), t.rows().get(MoneyTable.LINES.indexOf(Outcome.PROFIT)).cells());
    }

    @Test
    void declaresMoney_anyAmountOrReward() {
        assertFalse(MoneyTable.declaresMoney(Defaults.scenario()));
        assertFalse(MoneyTable.declaresMoney(Defaults.scenario().with("economics.minutesPerPost", 30.0)),
                "operator minutes cost nothing without an hourly cost");
        assertTrue(MoneyTable.declaresMoney(Defaults.scenario().with("referral.reward", 10.0)));
        assertTrue(MoneyTable.declaresMoney(Defaults.scenario().with("economics.hourlyCost", 60.0)));
    }
}
