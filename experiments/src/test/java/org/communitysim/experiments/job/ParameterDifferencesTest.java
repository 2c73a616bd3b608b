package org.communitysim.experiments.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.communitysim.experiments.report.ReportModel.ParameterDifference;
import org.communitysim.scenario.file.ShippedScenarios;
import org.junit.jupiter.api.Test;

/** The report's "parameters that differ" section: lists and playbooks count, descriptions do not. */
class ParameterDifferencesTest {

    @Test
    void differences_playbookOnly_listedAsOneRow() {
        List<ParameterDifference> d = MonteCarloJob.differences(List.of(ShippedScenarios.load("kol-led-group"),
                ShippedScenarios.load("kol-then-activists")));
        assertTrue(d.stream().anyMatch(p -> p.path().equals("playbook")), "playbook difference missing: " + d);
        assertTrue(d.stream().noneMatch(p -> p.path().startsWith("description")), "descriptions are not parameters: " + d);
    }

    @Test
    void differences_sameScenario_none() {
        assertEquals(List.of(), MonteCarloJob.differences(List.of(ShippedScenarios.load("reference"),
                ShippedScenarios.load("reference"))));
    }
}
