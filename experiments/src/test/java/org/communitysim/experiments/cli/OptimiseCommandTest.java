package org.communitysim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communitysim.experiments.calibration.CalibrationFixtures;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.ScenarioFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code optimise} end to end, in process: files, bytes on any thread count, best.json, the compare folder, bad input. */
class OptimiseCommandTest {
    private final InProcessCli cli = new InProcessCli();

    @TempDir
    Path dir;

    private Path spec(String constraints) {
        CalibrationFixtures.base(dir, 300, 30);
        return CalibrationFixtures.write(dir, "spec.json", "{\"name\": \"tiny\", \"base\": \"base.json\", "
                + "\"levers\": [{\"path\": \"group.outsideExposure\", \"min\": 5, \"max\": 150}, "
                + "{\"path\": \"group.sizeCap\", \"min\": 40, \"max\": 300}], "
                + "\"objective\": {\"outcome\": \"final_active\", \"statistic\": \"quantile\", \"q\": 0.25}, "
                + "\"constraints\": [" + constraints + "], \"replicates\": 2, \"evaluations\": 8, \"candidates\": 2, "
                + "\"reevaluationReplicates\": 3, \"compareReplicates\": 6}");
    }

    @Test
    void optimise_tinyGroup_sameBytesOnOneAndTwoThreadsAndUsableOutputs() throws Exception {
        Path spec = spec("\"final_members >= 10\"");
        assertEquals(0, cli.run("optimise", spec.toString(), "--out", dir.resolve("a").toString(), "--threads", "1",
                "--quiet"), cli.err());
        assertEquals(0, cli.run("optimise", spec.toString(), "--out", dir.resolve("b").toString(), "--threads", "2",
                "--lang", "zh"));
        String printed = cli.out();
        assertTrue(printed.contains("candidate-1"), "the answer printed");
        assertTrue(printed.contains("次运行，用时") && printed.contains("基准 ") && printed.contains("95% 置信区间")
                && printed.contains("结果："), "the terminal summary in Chinese: " + printed);
        assertFalse(printed.contains("difference") || printed.contains("results:") || printed.contains("maximise"),
                printed);
        for (String f : List.of("trace.csv", "candidates.csv", "best.json", "compare/runs.csv",
                "compare/comparison.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)),
                    Files.readAllBytes(dir.resolve("b").resolve(f)), f);
        }
        for (String f : List.of("manifest.json", "report.html", "compare/report.html", "compare/manifest.json")) {
            assertTrue(Files.size(dir.resolve("a").resolve(f)) > 0, f);
        }
        assertTrue(Files.readString(dir.resolve("b/report.html")).contains("优化"), "the Chinese report");
        Scenario best = ScenarioFiles.load(dir.resolve("a/best.json"));
        String[] row = Files.readAllLines(dir.resolve("a/candidates.csv")).get(1).split(",");
        assertEquals(Double.parseDouble(row[2]), best.group().outsideExposure());
        assertEquals(Integer.parseInt(row[3]), best.group().sizeCap());
    }

    /**
     * A search over a playbook's numbers writes a best.json that loads (the base's playbook with the found numbers;
     * it once held a key "playbook[0]" that no scenario reader accepts), and its description is English.
     */
    @Test
    void optimise_playbookLevers_bestJsonLoadsWithTheFoundNumbers() throws Exception {
        Path shipped = Path.of("..", "scenarios", "referral-campaign-14-days.json").toAbsolutePath().normalize();
        CalibrationFixtures.write(dir, "campaign.json", "{\"extends\": \"" + shipped + "\", \"population\": "
                + "{\"size\": 300}, \"horizonDays\": 30}");
        Path spec = CalibrationFixtures.write(dir, "pb.json", "{\"name\": \"pb\", \"base\": \"campaign.json\", "
                + "\"levers\": [{\"path\": \"playbook[0].trigger.duration\", \"min\": 7, \"max\": 28}, "
                + "{\"path\": \"playbook[0].effect.set.referral.reward\", \"min\": 1, \"max\": 20}, "
                + "{\"path\": \"group.sizeCap\", \"min\": 40, \"max\": 300}], "
                + "\"objective\": {\"outcome\": \"final_active\"}, \"replicates\": 2, \"evaluations\": 6, "
                + "\"candidates\": 1, \"reevaluationReplicates\": 2, \"compareReplicates\": 3}");
        assertEquals(0, cli.run("optimise", spec.toString(), "--out", dir.resolve("o").toString(), "--quiet"),
                cli.err());
        Scenario best = ScenarioFiles.load(dir.resolve("o/best.json"));
        String[] row = Files.readAllLines(dir.resolve("o/candidates.csv")).get(1).split(",");
        var action = best.playbook().actions().get(0);
        assertEquals(Integer.parseInt(row[2]), action.duration());
        assertEquals(Double.parseDouble(row[3]), ((org.communitysim.scenario.PlaybookAction.SetLevers) action.effect())
                .levers().get("referral.reward"));
        assertEquals(Integer.parseInt(row[4]), best.group().sizeCap());
        assertEquals(1, best.playbook().actions().size(), "the base's one action, changed");
        assertTrue(best.description().startsWith("Best strategy found by optimise ("), best.description());
        assertFalse(best.description().contains("sure than"), best.description());
    }

    @Test
    void optimise_badSpec_exit2NamingEveryFieldAndNothingWritten() {
        CalibrationFixtures.base(dir, 300, 30);
        Path spec = CalibrationFixtures.write(dir, "spec.json", "{\"base\": \"base.json\", \"levers\": ["
                + "{\"path\": \"group.sizeCapp\", \"min\": 50, \"max\": 500}], "
                + "\"objective\": {\"outcome\": \"final_activ\"}, \"constraints\": [\"costs <= 5000\"]}");
        assertEquals(2, cli.run("optimise", spec.toString(), "--out", dir.resolve("c").toString()));
        String e = cli.err();
        assertTrue(e.contains("levers[0].path: group.sizeCapp is not a numeric scenario field"), e);
        assertTrue(e.contains("objective.outcome: unknown outcome \"final_activ\""), e);
        assertTrue(e.contains("constraints[0]: unknown outcome \"costs\"; did you mean \"cost\"?"), e);
        assertFalse(e.contains("Exception"), e);
        assertFalse(Files.exists(dir.resolve("c")), "nothing written");
    }
}
