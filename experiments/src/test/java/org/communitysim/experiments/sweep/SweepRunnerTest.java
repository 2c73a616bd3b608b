package org.communitysim.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.communitysim.scenario.file.InputException;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SweepRunnerTest {

    private static SweepResult run(Path spec, Path out, boolean resume, int threads) throws Exception {
        return SweepRunner.run(SweepSpecs.load(spec), out, resume, threads, "test", "test", Ensemble.Progress.NONE);
    }

    @ParameterizedTest
    @CsvSource({
        "grid,     0, 6",   // 2 × 3 levels
        "random,   5, 5",
        "lhs,      5, 5",
        "sobol,    5, 5",
        "morris,   3, 12",  // 3 trajectories × (3 + 1)
        "saltelli, 4, 20"   // 4 × (3 + 2)
    })
    void run_everyDesign_writesAllRunsPointsAndIndices(String design, int samples, int points, @TempDir Path dir)
            throws Exception {
        String params = design.equals("grid")
                ? "[{\"path\": \"group.sizeCap\", \"values\": [50, 200]}, {\"path\": \"group.threshold\", \"min\": 0, \"max\": 0.5, \"steps\": 3}]"
                : "[{\"path\": \"group.sizeCap\", \"min\": 50, \"max\": 300}, {\"path\": \"group.threshold\", \"min\": 0, \"max\": 0.5},"
                        + " {\"path\": \"content.cadence\", \"min\": 0, \"max\": 8}]";
        Path spec = SweepFixtures.spec(dir, "s", "{\"base\": \"base.json\", \"design\": \"" + design + "\","
                + (samples > 0 ? "\"samples\": " + samples + "," : "") + "\"replicates\": 2, \"seed\": 3,"
                + "\"outcomes\": [\"final_active_share\", \"final_active\"], \"bootstrap\": 200, \"parameters\": " + params + "}");
        Path out = dir.resolve("out");
        SweepResult r = run(spec, out, false, 2);
        assertEquals(points, r.points().size());
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals(1 + points * 2, runs.size(), "header + points × replicates");
        Set<String> keys = new HashSet<>();
        for (String line : runs.subList(1, runs.size())) {
            String[] f = line.split(",", -1);
            int params2 = design.equals("grid") ? 2 : 3;
            assertTrue(keys.add(f[0] + "/" + f[1 + params2]), "no duplicate run " + line);
        }
        assertEquals(1 + points * 2, Files.readAllLines(out.resolve("points.csv")).size(), "header + points × outcomes");
        boolean sensitivity = design.equals("morris") || design.equals("saltelli");
        assertEquals(sensitivity, Files.exists(out.resolve("sensitivity.csv")));
        assertEquals(sensitivity ? 2 : 0, r.sensitivity().size());
        for (PointSummary p : r.points()) {
            for (double v : p.values()) {
                assertTrue(Double.isFinite(v));
            }
        }
    }

    @Test
    void run_integerParameter_staysInteger(@TempDir Path dir) throws Exception {
        Path spec = SweepFixtures.spec(dir, "s", "{\"base\": \"base.json\", \"design\": \"lhs\", \"samples\": 6,"
                + "\"replicates\": 1, \"parameters\": [{\"path\": \"group.sizeCap\", \"min\": 20, \"max\": 333}]}");
        SweepResult r = run(spec, dir.resolve("o"), false, 1);
        for (PointSummary p : r.points()) {
            assertEquals(Math.rint(p.values()[0]), p.values()[0]);
        }
    }

    @Test
    void run_oneOrTwoThreads_identicalBytes(@TempDir Path dir) throws Exception {
        Path spec = SweepFixtures.spec(dir, "s", "{\"base\": \"base.json\", \"replicates\": 3, \"parameters\": ["
                + "{\"path\": \"group.sizeCap\", \"values\": [50, 150]}, {\"path\": \"group.threshold\", \"values\": [0, 0.4]}]}");
        run(spec, dir.resolve("one"), false, 1);
        run(spec, dir.resolve("two"), false, 2);
        for (String f : List.of("runs.csv", "points.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(f)), Files.readAllBytes(dir.resolve("two").resolve(f)), f);
        }
    }

    @Test
    void resume_truncatedLastLineAndMissingRuns_completesToTheSameFile(@TempDir Path dir) throws Exception {
        Path spec = SweepFixtures.spec(dir, "s", "{\"base\": \"base.json\", \"replicates\": 3, \"parameters\": ["
                + "{\"path\": \"group.sizeCap\", \"values\": [50, 150]}, {\"path\": \"group.threshold\", \"values\": [0, 0.4]}]}");
        Path whole = dir.resolve("whole");
        run(spec, whole, false, 2);
        byte[] expected = Files.readAllBytes(whole.resolve("runs.csv"));

        // an interrupted sweep: spec written, header, 5 complete rows in completion order, and half a row
        Path cut = dir.resolve("cut");
        Files.createDirectories(cut);
        Files.copy(whole.resolve("sweep.json"), cut.resolve("sweep.json"));
        List<String> lines = Files.readAllLines(whole.resolve("runs.csv"));
        StringBuilder partial = new StringBuilder(lines.get(0)).append('\n');
        for (int i : new int[] {7, 2, 11, 5, 9}) {
            partial.append(lines.get(i)).append('\n');
        }
        partial.append(lines.get(3), 0, lines.get(3).length() / 2); // kill -9 mid-write
        Files.writeString(cut.resolve("runs.csv"), partial);

        SweepResult r = run(spec, cut, true, 2);
        assertEquals(12, r.runs());
        assertEquals(7, r.ranNow(), "only the missing runs are run");
        assertArrayEquals(expected, Files.readAllBytes(cut.resolve("runs.csv")));
        assertArrayEquals(Files.readAllBytes(whole.resolve("points.csv")), Files.readAllBytes(cut.resolve("points.csv")));
    }

    @Test
    void resume_editedJournalLine_isRefusedWithItsLineNumber(@TempDir Path dir) throws Exception {
        Path spec = SweepFixtures.spec(dir, "s", "{\"base\": \"base.json\", \"replicates\": 2, \"parameters\": ["
                + "{\"path\": \"group.threshold\", \"values\": [0, 0.4]}]}");
        Path out = dir.resolve("o");
        run(spec, out, false, 1);
        List<String> lines = Files.readAllLines(out.resolve("runs.csv"));
        Files.writeString(out.resolve("runs.csv"), lines.get(0) + "\n" + lines.get(1) + "\n"
                + lines.get(2).replaceFirst(",", ",x") + "\n");
        InputException e = assertThrows(InputException.class, () -> run(spec, out, true, 1));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());

        Files.writeString(out.resolve("runs.csv"), lines.get(0) + "\n" + lines.get(1) + ",1\n");
        e = assertThrows(InputException.class, () -> run(spec, out, true, 1));
        assertTrue(e.getMessage().contains("line 2 has " + (lines.get(1).split(",", -1).length + 1) + " fields"),
                e.getMessage());
    }

    @Test
    void resume_finishedSweep_runsNothingAndKeepsTheFiles(@TempDir Path dir) throws Exception {
        Path spec = SweepFixtures.spec(dir, "s", "{\"base\": \"base.json\", \"replicates\": 2, \"parameters\": ["
                + "{\"path\": \"group.threshold\", \"values\": [0, 0.4]}]}");
        Path out = dir.resolve("o");
        run(spec, out, false, 2);
        byte[] before = Files.readAllBytes(out.resolve("runs.csv"));
        assertEquals(0, run(spec, out, true, 2).ranNow());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("runs.csv")));
    }

    @Test
    void resume_changedSpecOrBase_isRefused(@TempDir Path dir) throws Exception {
        Path spec = SweepFixtures.spec(dir, "s", "{\"base\": \"base.json\", \"replicates\": 2, \"parameters\": ["
                + "{\"path\": \"group.threshold\", \"values\": [0, 0.4]}]}");
        Path out = dir.resolve("o");
        run(spec, out, false, 1);
        SweepFixtures.write(dir, "s.json", "{\"base\": \"base.json\", \"replicates\": 3, \"parameters\": ["
                + "{\"path\": \"group.threshold\", \"values\": [0, 0.4]}]}");
        InputException e = assertThrows(InputException.class, () -> run(spec, out, true, 1));
        assertTrue(e.getMessage().contains("differs from the one this sweep was started with"), e.getMessage());

        SweepFixtures.write(dir, "s.json", "{\"base\": \"base.json\", \"replicates\": 2, \"parameters\": ["
                + "{\"path\": \"group.threshold\", \"values\": [0, 0.4]}]}");
        SweepFixtures.base(dir, 2500, 60); // the base scenario changed
        assertThrows(InputException.class, () -> run(spec, out, true, 1));
    }

    @Test
    void run_intoAnExistingSweep_isRefusedWithoutResume(@TempDir Path dir) throws Exception {
        Path spec = SweepFixtures.spec(dir, "s", "{\"base\": \"base.json\", \"replicates\": 1, \"parameters\": ["
                + "{\"path\": \"group.threshold\", \"values\": [0, 0.4]}]}");
        Path out = dir.resolve("o");
        run(spec, out, false, 1);
        InputException e = assertThrows(InputException.class, () -> run(spec, out, false, 1));
        assertTrue(e.getMessage().contains("--resume"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("nope")));
        assertThrows(InputException.class, () -> run(spec, dir.resolve("nope"), true, 1));
    }
}
