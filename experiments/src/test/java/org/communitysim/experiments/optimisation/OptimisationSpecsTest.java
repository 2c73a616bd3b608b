package org.communitysim.experiments.optimisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.communitysim.experiments.calibration.CalibrationFixtures;
import org.communitysim.model.Outcome;
import org.communitysim.scenario.file.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptimisationSpecsTest {
    @TempDir
    Path dir;

    private Path spec(String body) {
        CalibrationFixtures.base(dir, 300, 30);
        return CalibrationFixtures.write(dir, "spec.json", "{\"base\": \"base.json\", " + body + "}");
    }

    @Test
    void load_weightedSumQuantileAndConstraints_parsed() throws Exception {
        OptimisationSpec s = OptimisationSpecs.load(spec("\"levers\": [{\"path\": \"group.sizeCap\", \"min\": 50, "
                + "\"max\": 500}], \"objective\": {\"terms\": [{\"outcome\": \"final_active\", \"weight\": 1}, "
                + "{\"outcome\": \"churn_rate\", \"weight\": -100}], \"statistic\": \"quantile\", \"q\": 0.1}, "
                + "\"constraints\": [\"final_members >= 100\", \"churn_rate<=0.02\"]"));
        assertTrue(s.levers().get(0).integer());
        assertEquals(Objective.Statistic.QUANTILE, s.objective().statistic());
        assertTrue(s.objective().maximise());
        assertEquals(List.of(new Constraint(Outcome.FINAL_MEMBERS, true, 100), new Constraint(Outcome.CHURN_RATE,
                false, 0.02)), s.constraints());
        assertEquals("q0.1 of final_active − 100·churn_rate", s.objective().describe());
    }

    /**
     * optimise searches a playbook's numbers too (issue 16: "playbook parameters included once playbooks exist"): a
     * campaign's duration (integer) and the reward it pays; each candidate's scenario carries the values.
     */
    @Test
    void load_playbookLevers_searchedLikeDeclaredFields() throws Exception {
        Path shipped = Path.of("..", "scenarios", "referral-campaign-14-days.json").toAbsolutePath().normalize();
        CalibrationFixtures.write(dir, "campaign.json", "{\"extends\": \"" + shipped + "\", \"population\": "
                + "{\"size\": 1000}, \"horizonDays\": 40}");
        Path f = CalibrationFixtures.write(dir, "pb.json", "{\"base\": \"campaign.json\", \"levers\": ["
                + "{\"path\": \"playbook[0].trigger.duration\", \"min\": 7, \"max\": 28},"
                + "{\"path\": \"playbook[0].effect.set.referral.reward\", \"min\": 1, \"max\": 20}], "
                + "\"objective\": {\"outcome\": \"final_active\"}}");
        OptimisationSpec s = OptimisationSpecs.load(f);
        assertTrue(s.levers().get(0).integer());
        assertFalse(s.levers().get(1).integer());
        var candidates = new org.communitysim.experiments.search.Candidates(s.baseDraft(), s.levers());
        double[] base = candidates.values(candidates.baseUnits());
        assertEquals(14, base[0], 1e-9, "the search starts from the base's campaign of 14 days");
        assertEquals(10, base[1], 1e-9, "and its reward of 10");
        var candidate = candidates.scenario(new double[] {21, 12.5});
        var action = candidate.playbook().actions().get(0);
        assertEquals(21, action.duration());
        assertEquals(12.5, ((org.communitysim.scenario.PlaybookAction.SetLevers) action.effect()).levers()
                .get("referral.reward"));
    }

    @Test
    void load_lowerIsBetterOutcome_minimisedByDefault() throws Exception {
        OptimisationSpec s = OptimisationSpecs.load(spec("\"levers\": [{\"path\": \"group.threshold\", \"min\": 0, "
                + "\"max\": 0.5}], \"objective\": {\"outcome\": \"churn_rate\"}"));
        assertFalse(s.objective().maximise());
    }

    @Test
    void load_badFields_everyProblemNamesItsField() {
        Path f = spec("\"levers\": [{\"path\": \"group.sizeCapp\", \"min\": 50, \"max\": 500}, "
                + "{\"path\": \"group.threshold\", \"min\": 0.2, \"max\": 0.1}, "
                + "{\"path\": \"group.seedMembers\", \"min\": 1.5, \"max\": 9}], "
                + "\"objective\": {\"outcome\": \"final_activ\", \"statistic\": \"median\"}, "
                + "\"constraints\": [\"cost <= 5000\", \"final_members > 3\"], \"replicate\": 3");
        String all = String.join("\n", assertThrows(InputException.class, () -> OptimisationSpecs.load(f)).problems());
        assertTrue(all.contains("levers[0].path: group.sizeCapp is not a numeric scenario field; did you mean "
                + "\"group.sizeCap\"?"), all);
        assertTrue(all.contains("levers[1].max: expected a number > min"), all);
        assertTrue(all.contains("levers[2].min: expected an integer"), all);
        assertTrue(all.contains("objective.outcome: unknown outcome \"final_activ\"; did you mean \"final_active\"?"), all);
        assertTrue(all.contains("objective.statistic: expected mean, quantile or probability, got \"median\""), all);
        assertTrue(all.contains("constraints[1]: expected \"<outcome> >= <number>\""), all);
        assertTrue(all.contains("replicate"), all);
        // a budget is a constraint on a declared outcome: refused until the money outcomes declare "cost"
        boolean costDeclared = java.util.Arrays.stream(Outcome.values()).anyMatch(o -> o.column().equals("cost"));
        assertEquals(!costDeclared, all.contains("constraints[0]: unknown outcome \"cost\""), all);
    }

    @Test
    void objective_statistics_onKnownValues() {
        Objective mean = new Objective(List.of(new Objective.Term(Outcome.FINAL_ACTIVE, 2)), Objective.Statistic.MEAN,
                0.5, 0, true);
        double[] y = {1, 2, 3, 4, Double.NaN};
        assertEquals(2.5, mean.summarise(y));
        Objective p = new Objective(mean.terms(), Objective.Statistic.PROBABILITY, 0.5, 3, true);
        assertEquals(0.5, p.summarise(y));
        assertEquals(List.of(0.0, 0.0, 1.0, 1.0), java.util.Arrays.stream(p.perRun(y)).limit(4).boxed().toList());
        Objective q = new Objective(mean.terms(), Objective.Statistic.QUANTILE, 0.25, 0, true);
        assertEquals(1.75, q.summarise(y), 1e-12, "type-7 quantile");
        double[] outcomes = new double[Outcome.values().length];
        outcomes[Outcome.FINAL_ACTIVE.ordinal()] = 7;
        assertEquals(14, mean.value(outcomes));
    }

    @Test
    void constraint_violation_relativeToTheBound() {
        Constraint c = new Constraint(Outcome.FINAL_MEMBERS, true, 200);
        assertEquals(0, c.violation(250));
        assertEquals(0.25, c.violation(150));
        assertEquals(1, c.violation(Double.NaN));
        assertTrue(new Constraint(Outcome.CHURN_RATE, false, 0.01).violation(0.02) > 0);
    }
}
