package org.communitysim.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.communitysim.experiments.cli.Main;
import org.communitysim.scenario.file.InputException;
import org.communitysim.model.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepSpecsTest {

    private static List<String> problems(Path dir, String body) {
        Path spec = SweepFixtures.spec(dir, "bad", body);
        return assertThrows(InputException.class, () -> SweepSpecs.load(spec)).problems();
    }

    /** One Morris trajectory or one Saltelli base row leaves every index blank: refused. */
    @Test
    void load_oneTrajectory_isRefused(@TempDir Path dir) {
        for (String design : List.of("morris", "saltelli")) {
            List<String> p = problems(dir, "{\"base\": \"base.json\", \"design\": \"" + design + "\", \"samples\": 1, "
                    + "\"replicates\": 2, \"parameters\": [{\"path\": \"group.threshold\", \"min\": 0, \"max\": 0.4}]}");
            assertTrue(p.stream().anyMatch(x -> x.endsWith("samples: expected an integer >= 2, got 1")), p.toString());
        }
    }

    /** An empty list of parameters is called an empty list (it was "got an array"). */
    @Test
    void load_noParameters_saysTheListIsEmpty(@TempDir Path dir) {
        List<String> p = problems(dir, "{\"base\": \"base.json\", \"replicates\": 2, \"parameters\": []}");
        assertTrue(p.stream().anyMatch(x -> x.endsWith("parameters: expected a non-empty list of {path, values | min, "
                + "max}, got an empty list")), p.toString());
    }

    /** The sweep specs the project ships (experiments/specs/*.json with a base) load without a problem. */
    @Test
    void load_shippedSpecs_haveNoProblem() throws Exception {
        Path dir = Path.of("specs");
        List<Path> specs;
        try (var files = java.nio.file.Files.list(dir)) {
            specs = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        int sweeps = 0;
        for (Path f : specs) {
            if (java.nio.file.Files.readString(f).contains("\"parameters\"")) {
                SweepSpec s = SweepSpecs.load(f);
                assertTrue(SweepPlan.of(s).points() > 0, f.toString());
                sweeps++;
            }
        }
        assertTrue(sweeps >= 2, "decay-phase-diagram and group-death at least, found " + sweeps);
    }

    /**
     * A playbook's numbers are sweepable by indexed path (issue 13's "playbook levers not sweepable"): the campaign's
     * duration (an integer) and the lever value it sets (a number, as declared); each point's scenario carries them,
     * and a path the base's playbook does not have is refused naming it.
     */
    @Test
    void load_playbookPaths_sweepTheActionsNumbers(@TempDir Path dir) throws InputException {
        Path shipped = Path.of("..", "scenarios", "referral-campaign-14-days.json").toAbsolutePath().normalize();
        SweepFixtures.write(dir, "campaign.json", "{\"extends\": \"" + shipped + "\", \"population\": {\"size\": 1000}, "
                + "\"horizonDays\": 40}");
        Path spec = SweepFixtures.write(dir, "pb.json", "{\"base\": \"campaign.json\", \"replicates\": 2, \"parameters\": ["
                + "{\"path\": \"playbook[0].trigger.duration\", \"values\": [7, 28]},"
                + "{\"path\": \"playbook[0].effect.set.referral.reward\", \"min\": 2.5, \"max\": 20, \"steps\": 2}]}");
        SweepSpec s = SweepSpecs.load(spec);
        assertTrue(s.parameters().get(0).integer(), "a duration is a whole number of days");
        assertTrue(!s.parameters().get(1).integer(), "referral.reward is declared a number");
        SweepPoints points = SweepPoints.of(s, SweepPlan.of(s));
        assertEquals(4, points.size());
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (int p = 0; p < points.size(); p++) {
            org.communitysim.scenario.PlaybookAction a = points.scenario(p).playbook().actions().get(0);
            seen.add(a.duration() + "/" + ((org.communitysim.scenario.PlaybookAction.SetLevers) a.effect()).levers()
                    .get("referral.reward"));
        }
        assertEquals(java.util.Set.of("7/2.5", "7/20.0", "28/2.5", "28/20.0"), seen);

        List<String> p = problems(dir, "{\"base\": \"campaign.json\", \"parameters\": ["
                + "{\"path\": \"playbook[1].trigger.day\", \"values\": [1, 2]},"
                + "{\"path\": \"playbook[0].trigger.duration\", \"values\": [7.5]}]}");
        assertTrue(p.get(0).contains("parameters[0].path: playbook[1].trigger.day is not a numeric scenario field; a "
                + "playbook path must name a number the base's playbook has"), p.toString());
        assertTrue(p.get(1).contains("parameters[1].values[0]: expected an integer (playbook[0].trigger.duration is an "
                + "integer of the base's playbook), got 7.5"), p.toString());
    }

    @Test
    void load_goodSpec_defaultsFilled(@TempDir Path dir) throws InputException {
        Path spec = SweepFixtures.spec(dir, "good", "{\"base\": \"base.json\", \"parameters\": ["
                + "{\"path\": \"group.sizeCap\", \"values\": [50, 100]},"
                + "{\"path\": \"content.cadence\", \"min\": 0.5, \"max\": 8, \"steps\": 4, \"scale\": \"log\"}]}");
        SweepSpec s = SweepSpecs.load(spec);
        assertEquals("good", s.name());
        assertEquals(DesignType.GRID, s.design());
        assertEquals(10, s.replicates());
        assertEquals(42, s.seed());
        assertTrue(s.parameters().get(0).integer());
        assertTrue(s.parameters().get(1).log());
        assertEquals(8, SweepPlan.of(s).points());
        assertEquals(0.5, s.parameters().get(1).level(0), 1e-12);
        assertEquals(8, s.parameters().get(1).level(3), 1e-12);
        assertEquals(0.5 * Math.pow(16, 2.0 / 3), s.parameters().get(1).level(2), 1e-12, "log scale: equal ratios");
    }

    @Test
    void load_everyProblemReportedTogether(@TempDir Path dir) {
        List<String> p = problems(dir, "{\"base\": \"base.json\", \"desgin\": \"grid\", \"replicates\": 0,"
                + "\"outcomes\": [\"final_active_shar\"], \"parameters\": ["
                + "{\"path\": \"group.treshold\", \"values\": [0, 0.5]},"
                + "{\"path\": \"group.sizeCap\", \"values\": [50, 10.5]},"
                + "{\"path\": \"content.cadence\", \"min\": 4, \"max\": 2, \"steps\": 3}]}");
        String all = String.join("\n", p);
        assertTrue(all.contains("desgin: unknown key; did you mean \"design\"?"), all);
        assertTrue(all.contains("replicates: expected an integer >= 1, got 0"), all);
        assertTrue(all.contains("outcomes[0]: unknown outcome \"final_active_shar\"; did you mean \"final_active_share\"?"), all);
        assertTrue(all.contains("parameters[0].path: group.treshold is not a numeric scenario field; did you mean \"group.threshold\"?"), all);
        assertTrue(all.contains("parameters[1].values[1]: expected an integer"), all);
        assertTrue(all.contains("parameters[2].max: expected a number > min (4.0), got 2.0"), all);
        assertEquals(6, p.size(), all);
    }

    @Test
    void load_valueOutsideTheFieldsRange_namesTheField(@TempDir Path dir) {
        String all = String.join("\n", problems(dir, "{\"base\": \"base.json\", \"parameters\": ["
                + "{\"path\": \"group.threshold\", \"values\": [0, 1.5]}]}"));
        assertTrue(all.contains("parameters[0]: value 1.5 is not allowed") && all.contains("group.threshold"), all);
    }

    @Test
    void load_designNeedsSamples_andGridNeedsSteps(@TempDir Path dir) {
        String a = String.join("\n", problems(dir, "{\"base\": \"base.json\", \"design\": \"lhs\", \"parameters\": ["
                + "{\"path\": \"group.threshold\", \"min\": 0, \"max\": 0.5}]}"));
        assertTrue(a.contains("samples: required for the lhs design"), a);
        String b = String.join("\n", problems(dir, "{\"base\": \"base.json\", \"parameters\": ["
                + "{\"path\": \"group.threshold\", \"min\": 0, \"max\": 0.5}]}"));
        assertTrue(b.contains("parameters[0].steps: a grid over a range needs an integer number of levels"), b);
        String c = String.join("\n", problems(dir, "{\"base\": \"base.json\", \"design\": \"latin\", \"samples\": 4,"
                + "\"parameters\": [{\"path\": \"group.threshold\", \"min\": 0, \"max\": 0.5}]}"));
        assertTrue(c.contains("design: expected one of grid, random, lhs, sobol, morris, saltelli, got \"latin\""), c);
    }

    @Test
    void load_missingBaseOrFile_clearMessages(@TempDir Path dir) {
        String a = String.join("\n", problems(dir, "{\"base\": \"nope.json\", \"parameters\": ["
                + "{\"path\": \"group.threshold\", \"values\": [0]}]}"));
        assertTrue(a.contains("base: scenario file not found"), a);
        InputException e = assertThrows(InputException.class, () -> SweepSpecs.load(dir.resolve("absent.json")));
        assertEquals(List.of("sweep spec not found: " + dir.resolve("absent.json")), e.problems());
        String m = String.join("\n", problems(dir, "{\"base\": \"base.json\",, }"));
        assertTrue(m.contains("malformed JSON at line 1"), m);
    }

    @Test
    void load_invalidPointCombination_isReportedBeforeAnyRun(@TempDir Path dir) throws InputException {
        // each value is fine alone, but a cap of 20 cannot hold the 15 seed members and 10 KOLs
        Path spec = SweepFixtures.spec(dir, "combo", "{\"base\": \"base.json\", \"parameters\": ["
                + "{\"path\": \"group.sizeCap\", \"values\": [20, 100]}, {\"path\": \"kols.count\", \"values\": [0, 10]}]}");
        SweepSpec s = SweepSpecs.load(spec);
        InputException e = assertThrows(InputException.class, () -> SweepRunner.scenarios(s, SweepPlan.of(s)));
        assertTrue(e.getMessage().contains("point 1 (group.sizeCap=20, kols.count=10) is not a valid scenario"),
                e.getMessage());
    }

    @Test
    void load_outcomesDefaultToTheKeyKpis(@TempDir Path dir) throws InputException {
        Path spec = SweepFixtures.spec(dir, "k", "{\"base\": \"base.json\", \"parameters\": ["
                + "{\"path\": \"group.threshold\", \"values\": [0]}]}");
        assertTrue(SweepSpecs.load(spec).outcomes().contains(Outcome.FINAL_ACTIVE_SHARE));
    }

    /**
     * A sweep of 3·10^9 runs (saltelli, 10^6 base rows, one parameter, 1000 replicates) is refused from the design's
     * counts at once: before, a scenario was built for each of its 3·10^6 points first, which took minutes.
     */
    @Test
    void sweepCli_tooManyRuns_refusedAtOnceExitTwoNothingWritten(@TempDir Path dir) {
        Path spec = SweepFixtures.spec(dir, "huge", "{\"base\": \"base.json\", \"design\": \"saltelli\", "
                + "\"samples\": 1000000, \"replicates\": 1000, "
                + "\"parameters\": [{\"path\": \"group.threshold\", \"min\": 0, \"max\": 1}]}");
        Path out = dir.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        int code = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Main.execute(new String[] {"sweep",
            spec.toString(), "--out", out.toString(), "--quiet"}, sink, new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertEquals(2, code, err.toString());
        assertEquals("error: " + spec + ": the sweep has 3000000000 runs; at most 2147483647\n",
                err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(out), "nothing written");
    }

    /** The point count the size check uses equals the points each design builds. */
    @Test
    void pointCount_everyDesign_equalsThePointsBuilt(@TempDir Path dir) throws Exception {
        String params = "\"parameters\": [{\"path\": \"group.threshold\", \"min\": 0, \"max\": 1}, "
                + "{\"path\": \"group.sizeCap\", \"min\": 50, \"max\": 400}, "
                + "{\"path\": \"kols.count\", \"min\": 0, \"max\": 5}]";
        for (String design : List.of("random", "lhs", "sobol", "morris", "saltelli")) {
            SweepSpec s = SweepSpecs.load(SweepFixtures.spec(dir, design, "{\"base\": \"base.json\", \"design\": \""
                    + design + "\", \"samples\": 7, \"replicates\": 3, " + params + "}"));
            assertEquals(SweepPlan.of(s).points(), SweepPlan.pointCount(s), design);
        }
        SweepSpec grid = SweepSpecs.load(SweepFixtures.spec(dir, "grid", "{\"base\": \"base.json\", \"parameters\": "
                + "[{\"path\": \"group.threshold\", \"values\": [0, 0.2, 0.4]}, "
                + "{\"path\": \"group.sizeCap\", \"values\": [100, 300]}]}"));
        assertEquals(6, SweepPlan.pointCount(grid));
        assertEquals(SweepPlan.of(grid).points(), SweepPlan.pointCount(grid));
    }
}
