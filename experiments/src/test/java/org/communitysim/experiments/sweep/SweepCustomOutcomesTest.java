package org.communitysim.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.communitysim.model.CommunityModel;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.RunResult;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Custom outcomes in sweeps (docs/sweeps.md, docs/scenarios.md "Custom outcomes"): the base's and the spec's
 * definitions become columns of runs.csv, outcomes of points.csv, part of the resume hash.
 */
class SweepCustomOutcomesTest {
    private static final String SPEC = "{\"base\": \"custom-base.json\", \"replicates\": 2, \"seed\": 5,"
            + " \"outcomes\": [\"final_active\", \"joins_10_20\"],"
            + " \"customOutcomes\": [{\"name\": \"joins_10_20\", \"metric\": \"joins\", \"mean\": [10, 20],"
            + " \"direction\": \"higher\"}],"
            + " \"parameters\": [{\"path\": \"group.threshold\", \"values\": [0, 0.4]}]}";

    private static Path files(Path dir, String spec) {
        Path shipped = Path.of("..", "scenarios", "big-open-group.json").toAbsolutePath().normalize();
        SweepFixtures.write(dir, "custom-base.json", "{\"extends\": \"" + shipped.toString().replace("\\", "\\\\")
                + "\", \"population\": {\"size\": 2000}, \"horizonDays\": 60, \"metrics\": {\"outcomes\": "
                + "[{\"name\": \"active_day_40\", \"metric\": \"active\", \"at\": 40, \"direction\": \"higher\"}]}}");
        return SweepFixtures.write(dir, "s.json", spec);
    }

    private static SweepResult run(Path spec, Path out, boolean resume) throws Exception {
        return SweepRunner.run(SweepSpecs.load(spec), out, resume, 2, "test", "test", Ensemble.Progress.NONE);
    }

    @Test
    void sweep_customOutcomes_areColumnsEqualToTheRunsSeriesByHand(@TempDir Path dir) throws Exception {
        Path spec = files(dir, SPEC);
        SweepSpec s = SweepSpecs.load(spec);
        assertEquals(List.of("active_day_40", "joins_10_20"), s.custom().stream().map(c -> c.column()).toList());
        Path out = dir.resolve("o");
        SweepResult r = run(spec, out, false);
        List<String> lines = Files.readAllLines(out.resolve("runs.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int a40 = header.indexOf("active_day_40");
        int j = header.indexOf("joins_10_20");
        assertEquals(header.size() - 2, a40, "custom columns last, base's first");
        assertEquals(header.size() - 1, j);
        SweepPlan plan = SweepPlan.of(s);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            int point = Integer.parseInt(f[0]);
            int replicate = Integer.parseInt(f[header.indexOf("replicate")]);
            Scenario sc = SweepRunner.pointScenario(s, plan, point);
            RunResult run = CommunityModel.run(sc, Seeds.runSeed(5, replicate));
            double[] active = run.daily().series(DailyMetric.ACTIVE);
            double[] joins = run.daily().series(DailyMetric.JOINS);
            assertEquals(active[40], Double.parseDouble(f[a40]), line);
            assertEquals(Arrays.stream(joins, 10, 21).sum() / 11, Double.parseDouble(f[j]), 1e-9, line);
        }
        assertTrue(Files.readString(out.resolve("points.csv")).contains(",joins_10_20,"), "points.csv row");
        assertEquals(2, r.points().size());
        assertTrue(Files.readString(out.resolve("sweep.json")).contains("joins_10_20"), "in the resolved spec");
    }

    @Test
    void resume_withCustomOutcomes_completesToTheSameFilesAndRefusesAChangedDefinition(@TempDir Path dir)
            throws Exception {
        Path spec = files(dir, SPEC);
        Path whole = dir.resolve("whole");
        run(spec, whole, false);
        Path cut = dir.resolve("cut");
        Files.createDirectories(cut);
        Files.copy(whole.resolve("sweep.json"), cut.resolve("sweep.json"));
        List<String> lines = Files.readAllLines(whole.resolve("runs.csv"));
        Files.writeString(cut.resolve("runs.csv"), lines.get(0) + "\n" + lines.get(3) + "\n"
                + lines.get(1).substring(0, lines.get(1).length() / 2));
        SweepResult r = run(spec, cut, true);
        assertEquals(3, r.ranNow(), "only the missing runs are run");
        for (String f : List.of("runs.csv", "points.csv")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(cut.resolve(f)), f);
        }
        files(dir, SPEC.replace("[10, 20]", "[10, 21]"));
        InputException e = assertThrows(InputException.class, () -> run(spec, cut, true));
        assertTrue(e.getMessage().contains("differs from the one this sweep was started with"), e.getMessage());
    }

    @Test
    void load_badCustomOutcomes_namesTheSpecsField(@TempDir Path dir) {
        Path spec = files(dir, SPEC.replace("\"metric\": \"joins\"", "\"metric\": \"join\"")
                .replace("\"joins_10_20\"]", "\"nope\"]"));
        InputException e = assertThrows(InputException.class, () -> SweepSpecs.load(spec));
        assertTrue(e.getMessage().contains("customOutcomes[0].metric: \"join\" is not a daily metric"), e.getMessage());
        assertTrue(e.getMessage().contains("outcomes[1]: unknown outcome \"nope\""), e.getMessage());

        Path clash = files(dir, SPEC.replace("\"name\": \"joins_10_20\"", "\"name\": \"active_day_40\"")
                .replace("\"joins_10_20\"]", "\"active_day_40\"]"));
        e = assertThrows(InputException.class, () -> SweepSpecs.load(clash));
        assertTrue(e.getMessage().contains("customOutcomes: metrics.outcomes[1].name: \"active_day_40\" is defined twice"),
                e.getMessage());
    }
}
