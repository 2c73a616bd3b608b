package org.communitysim.experiments.optimisation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.communitysim.experiments.calibration.CalibrationFixtures;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optimiser on a tiny group (300 people, 30 days): reproducible, constrained, and compared with the base. */
class OptimiserTest {
    @TempDir
    Path dir;

    private OptimisationSpec spec(String constraints) throws Exception {
        CalibrationFixtures.base(dir, 300, 30);
        return OptimisationSpecs.load(CalibrationFixtures.write(dir, "spec.json", "{\"base\": \"base.json\", "
                + "\"levers\": [{\"path\": \"group.outsideExposure\", \"min\": 5, \"max\": 150}, "
                + "{\"path\": \"group.sizeCap\", \"min\": 40, \"max\": 300}], "
                + "\"objective\": {\"outcome\": \"final_active\"}, \"constraints\": [" + constraints + "], "
                + "\"replicates\": 3, \"evaluations\": 16, \"candidates\": 2, \"reevaluationReplicates\": 4, "
                + "\"compareReplicates\": 12, \"seed\": 3}"));
    }

    @Test
    void describe_foundValuesForPeople_fourSignificantDigits() {
        assertEquals("4.212", Optimiser.fourDigits(4.2121244896426795));
        assertEquals("0.0001235", Optimiser.fourDigits(1.2346e-4));
        assertEquals("12350", Optimiser.fourDigits(12345.6));
        assertEquals("30", Optimiser.fourDigits(30.0));
    }

    @Test
    void run_oneOrTwoThreads_identicalResults() throws Exception {
        OptimisationSpec s = spec("");
        OptimisationResult one = Optimiser.run(s, 1, Ensemble.Progress.NONE);
        OptimisationResult two = Optimiser.run(s, 2, Ensemble.Progress.NONE);
        assertEquals(one.trace().size(), two.trace().size());
        for (int i = 0; i < one.trace().size(); i++) {
            assertArrayEquals(one.trace().get(i).values(), two.trace().get(i).values());
            assertEquals(one.trace().get(i).objective(), two.trace().get(i).objective());
        }
        assertEquals(one.comparisons().get(0).difference(), two.comparisons().get(0).difference());
        assertEquals(one.comparisons().get(0).ciLow(), two.comparisons().get(0).ciLow());
    }

    @Test
    void run_tinyGroup_spendsTheBudgetAndComparesTheBestWithTheBase() throws Exception {
        OptimisationResult r = Optimiser.run(spec(""), 2, Ensemble.Progress.NONE);
        assertEquals(16, r.trace().size());
        assertEquals(3, r.chosen().size(), "the base and two candidates");
        assertEquals(12, r.compare().scenarios().get(0).replicates());
        Comparison best = r.comparisons().get(0);
        assertTrue(best.ciLow() <= best.difference() && best.difference() <= best.ciHigh(), best.toString());
        for (double[] v : r.chosenValues()) {
            assertTrue(v[0] >= 5 && v[0] <= 150 && v[1] >= 40 && v[1] <= 300 && v[1] == Math.rint(v[1]));
        }
    }

    @Test
    void run_constraintNoCandidateCanMeet_answerSaysItIsBroken() throws Exception {
        OptimisationResult r = Optimiser.run(spec("\"final_members >= 100000\""), 2, Ensemble.Progress.NONE);
        assertTrue(r.trace().stream().noneMatch(Evaluated::feasible));
        assertTrue(r.comparisons().stream().noneMatch(Comparison::feasible));
    }

    @Test
    void pairedQuantileBootstrap_shiftedCopy_intervalAroundTheShift() {
        double[] base = new double[50];
        double[] cand = new double[50];
        for (int i = 0; i < 50; i++) {
            base[i] = i;
            cand[i] = i + 5;
        }
        double[] ci = Optimiser.pairedQuantileBootstrap(cand, base, 0.5, 1);
        assertTrue(ci[0] <= 5 && 5 <= ci[1], java.util.Arrays.toString(ci));
        assertEquals(5, ci[0], 1e-9, "a constant shift: every resample's difference of medians is the shift");
    }
}
