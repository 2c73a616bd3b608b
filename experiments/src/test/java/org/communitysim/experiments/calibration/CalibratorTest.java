package org.communitysim.experiments.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calibration on a tiny group (300 people, 30 days): reproducible on any thread count, and it fits. */
class CalibratorTest {
    @TempDir
    Path dir;

    static CalibrationSpec tinySpec(Path dir) throws Exception {
        CalibrationFixtures.base(dir, 300, 30);
        Path spec = CalibrationFixtures.write(dir, "spec.json", "{\"base\": \"base.json\", \"parameters\": ["
                + "{\"path\": \"group.outsideExposure\", \"min\": 5, \"max\": 120, \"prior\": \"log-uniform\"}],"
                + "\"replicates\": 3, \"evaluations\": 16, \"bootstrap\": 3, \"bootstrapEvaluations\": 8,"
                + "\"bandReplicates\": 3, \"seed\": 5}");
        return CalibrationSpecs.load(spec);
    }

    static ObservedData tinyObserved(Path dir) throws Exception {
        return ObservedCsv.read(CalibrationFixtures.observed(dir, dir.resolve("base.json"),
                List.of("group.outsideExposure"), new double[] {30}, 99, List.of("members", "joins")));
    }

    @Test
    void run_oneOrTwoThreads_identicalResults() throws Exception {
        CalibrationSpec spec = tinySpec(dir);
        ObservedData obs = tinyObserved(dir);
        CalibrationResult one = Calibrator.run(spec, obs, 1, Ensemble.Progress.NONE);
        CalibrationResult two = Calibrator.run(spec, obs, 2, Ensemble.Progress.NONE);
        assertEquals(one.estimates(), two.estimates());
        assertEquals(one.distance(), two.distance());
        for (int b = 0; b < one.refits().length; b++) {
            assertArrayEquals(one.refits()[b], two.refits()[b]);
        }
        assertEquals(one.trace().size(), two.trace().size());
        for (int i = 0; i < one.trace().size(); i++) {
            assertEquals(one.trace().get(i).value(), two.trace().get(i).value());
        }
    }

    @Test
    void run_tinyGroup_fitsBetterThanTheBaseAndStaysInTheRange() throws Exception {
        CalibrationSpec spec = tinySpec(dir);
        CalibrationResult r = Calibrator.run(spec, tinyObserved(dir), 2, Ensemble.Progress.NONE);
        assertTrue(r.distance() <= r.baseDistance(), r.distance() + " vs base " + r.baseDistance());
        Estimate e = r.estimates().get(0);
        assertTrue(e.value() >= 5 && e.value() <= 120 && e.low() <= e.high(), e.toString());
        assertEquals(16, r.trace().size(), "the fit spends its budget of evaluations");
        assertEquals(2, r.bands().size());
        assertEquals(30, r.bands().get(0).length);
        assertEquals(r.fitted().horizonDays(), 30);
        assertEquals(e.value(), r.fitted().group().outsideExposure());
    }

    @Test
    void distance_perfectAndZeroPredictions() {
        double[][] obs = {{10, 20}, {0, 0}};
        assertEquals(0, Distance.of(obs, obs));
        assertEquals(0.5, Distance.of(obs, new double[][] {{0, 0}, {0, 0}}), 1e-12, "1 for the first column, 0 for zeros");
        assertEquals(0.5 * (1.0 / 2), Distance.of(obs, new double[][] {{10, 20}, {1, 0}}), 1e-12,
                "a column of zeros is scaled by one per day");
    }
}
