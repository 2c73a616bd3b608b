package org.communitysim.experiments.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.communitysim.scenario.file.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationSpecsTest {
    @TempDir
    Path dir;

    private Path spec(String parameters, String extra) {
        CalibrationFixtures.base(dir, 300, 30);
        return CalibrationFixtures.write(dir, "spec.json", "{\"base\": \"base.json\", \"parameters\": [" + parameters
                + "]" + extra + "}");
    }

    @Test
    void load_validSpec_defaultsAndPriors() throws Exception {
        CalibrationSpec s = CalibrationSpecs.load(spec(
                "{\"path\": \"group.outsideExposure\", \"min\": 10, \"max\": 100, \"prior\": \"log-uniform\"},"
                        + "{\"path\": \"group.seedMembers\", \"min\": 5, \"max\": 30}", ""));
        assertEquals(2, s.parameters().size());
        assertTrue(s.parameters().get(0).log());
        assertTrue(s.parameters().get(1).integer(), "an integer field stays an integer");
        assertEquals(100, s.evaluations());
        assertEquals(s.evaluations(), s.bootstrapEvaluations());
        assertEquals(0.9, s.level());
    }

    @Test
    void load_unknownPathBadRangeAndUnknownKey_everyProblemNamesItsField() {
        Path f = spec("{\"path\": \"group.outsideExposur\", \"min\": 1, \"max\": 2},"
                + "{\"path\": \"group.threshold\", \"min\": 0.5, \"max\": 0.2},"
                + "{\"path\": \"group.threshold\", \"min\": 0.1, \"max\": 1.5}", ", \"evaluatons\": 5, \"level\": 2");
        List<String> p = assertThrows(InputException.class, () -> CalibrationSpecs.load(f)).problems();
        String all = String.join("\n", p);
        assertTrue(all.contains("evaluatons"), all);
        assertTrue(all.contains("parameters[0].path: group.outsideExposur is not a numeric scenario field; did you mean "
                + "\"group.outsideExposure\"?"), all);
        assertTrue(all.contains("parameters[1].max: expected a number > min"), all);
        assertTrue(all.contains("parameters[2]: value 1.5 is not allowed"), all);
        assertTrue(all.contains("level: expected a number in [0.5, 0.99], got 2"), all);
    }

    @Test
    void load_missingBase_refused() {
        Path f = CalibrationFixtures.write(dir, "spec.json",
                "{\"base\": \"nope.json\", \"parameters\": [{\"path\": \"group.threshold\", \"min\": 0, \"max\": 1}]}");
        List<String> p = assertThrows(InputException.class, () -> CalibrationSpecs.load(f)).problems();
        assertTrue(p.get(0).contains("base: scenario file not found"), p.toString());
    }
}
