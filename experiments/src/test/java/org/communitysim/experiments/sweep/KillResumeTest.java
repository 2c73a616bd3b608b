package org.communitysim.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/**
 * A sweep process killed with SIGKILL (kill -9, no shutdown hooks, possibly mid-line) at several points, resumed
 * each time, ends with exactly the runs.csv and points.csv of an uninterrupted sweep: nothing lost, nothing
 * duplicated.
 */
@Tag("slow")
class KillResumeTest {
    private static final String SPEC = "{\"base\": \"base.json\", \"replicates\": 20, \"seed\": 11,"
            + " \"outcomes\": [\"final_active_share\"], \"parameters\": ["
            + "{\"path\": \"group.sizeCap\", \"values\": [40, 120, 300]},"
            + "{\"path\": \"group.threshold\", \"values\": [0, 0.3, 0.5, 0.6]}]}";

    @Test
    void sweep_killedThreeTimesAndResumed_equalsAnUninterruptedSweep(@TempDir Path dir) throws Exception {
        Path spec = SweepFixtures.spec(dir, "s", SPEC);
        SweepFixtures.base(dir, 3000, 120);
        Path whole = dir.resolve("whole");
        SweepRunner.run(SweepSpecs.load(spec), whole, false, 2, "t", "t", Ensemble.Progress.NONE);
        int total = 12 * 20;

        Path out = dir.resolve("killed");
        List<Integer> seen = new ArrayList<>();
        int[] killAt = {15, 90, 170};
        for (int k = 0; k < killAt.length; k++) {
            Process p = start(spec, out, k > 0);
            int rows = waitForRows(out.resolve("runs.csv"), killAt[k], p);
            p.destroyForcibly(); // SIGKILL on Linux
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            seen.add(rows);
        }
        int before = Files.readAllLines(out.resolve("runs.csv")).size() - 1;
        assertTrue(before < total, "the last kill came before the end (" + before + " of " + total + " rows)");

        SweepResult resumed = SweepRunner.run(SweepSpecs.load(spec), out, true, 2, "t", "t", Ensemble.Progress.NONE);
        assertEquals(total, resumed.runs());
        assertArrayEquals(Files.readAllBytes(whole.resolve("runs.csv")), Files.readAllBytes(out.resolve("runs.csv")),
                "runs.csv identical after kills at " + seen + " rows");
        assertArrayEquals(Files.readAllBytes(whole.resolve("points.csv")), Files.readAllBytes(out.resolve("points.csv")));
    }

    /** Starts the CLI's sweep in a separate JVM (the test's own classpath). */
    private static Process start(Path spec, Path out, boolean resume) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.communitysim.experiments.cli.Main", "sweep", spec.toString(), "--quiet", "--threads", "2"));
        cmd.addAll(resume ? List.of("--resume", out.toString()) : List.of("--out", out.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Polls the journal until it holds at least {@code rows} complete rows; fails if the process ends first. */
    private static int waitForRows(Path runs, int rows, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Files.exists(runs)) {
                long lines = Files.readString(runs).chars().filter(c -> c == '\n').count() - 1;
                if (lines >= rows) {
                    return (int) lines;
                }
            }
            if (!p.isAlive()) {
                throw new AssertionError("the sweep process ended (exit " + p.exitValue() + ") before " + rows + " rows");
            }
            Thread.sleep(5);
        }
        throw new AssertionError("timed out waiting for " + rows + " rows");
    }
}
