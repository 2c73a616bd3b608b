package org.communitysim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.communitysim.experiments.calibration.CalibrationFixtures;
import org.communitysim.experiments.search.SearchJournal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code optimise} process killed with SIGKILL (kill -9: no shutdown hook, maybe mid-line) twice during its search,
 * then resumed to the end, writes the same trace.csv, candidates.csv, best.json, compare/ data and journal as an
 * uninterrupted run (the deterministic cuts of every kind are in {@link OptimiseResumeTest}).
 */
@Tag("slow")
class OptimiseKillResumeTest {
    @TempDir
    Path dir;

    @Test
    void optimise_killedTwiceAndResumed_equalsAnUninterruptedRun() throws Exception {
        CalibrationFixtures.base(dir, 1000, 60);
        Path spec = CalibrationFixtures.write(dir, "spec.json", "{\"name\": \"k\", \"base\": \"base.json\", "
                + "\"levers\": [{\"path\": \"group.outsideExposure\", \"min\": 5, \"max\": 150}, "
                + "{\"path\": \"group.threshold\", \"min\": 0, \"max\": 0.6}], "
                + "\"objective\": {\"outcome\": \"final_active\"}, \"constraints\": [\"final_members >= 10\"], "
                + "\"replicates\": 4, \"evaluations\": 30, \"candidates\": 1, \"reevaluationReplicates\": 2, "
                + "\"compareReplicates\": 4, \"seed\": 3}");
        Path whole = dir.resolve("whole");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, Main.execute(new String[] {"optimise", spec.toString(), "--out", whole.toString(), "--quiet",
            "--threads", "2"}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err)), err.toString());

        Path out = dir.resolve("killed");
        List<Integer> seen = new ArrayList<>();
        int[] killAt = {4, 12};
        for (int k = 0; k < killAt.length; k++) {
            Process p = start(spec, out, k > 0);
            seen.add(waitForLines(out.resolve(SearchJournal.FILE), killAt[k], p));
            p.destroyForcibly(); // SIGKILL on Linux
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        int total = Files.readAllLines(whole.resolve(SearchJournal.FILE)).size() - 1;
        int before = Files.readAllLines(out.resolve(SearchJournal.FILE)).size() - 1;
        assertTrue(before < total, "the last kill came before the end (" + before + " of " + total + " lines)");
        Process last = start(spec, out, true);
        assertTrue(last.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, last.exitValue());
        for (String f : List.of(SearchJournal.FILE, "optimise.json", "trace.csv", "candidates.csv", "best.json",
                "compare/runs.csv", "compare/comparison.csv", "compare/daily.csv")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(out.resolve(f)),
                    f + " after kills at " + seen + " journal lines");
        }
    }

    private static Process start(Path spec, Path out, boolean resume) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.communitysim.experiments.cli.Main", "optimise", spec.toString(), "--quiet", "--threads", "2"));
        cmd.addAll(resume ? List.of("--resume", out.toString()) : List.of("--out", out.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Polls the journal until it holds at least {@code lines} evaluations; fails if the process ends first. */
    private static int waitForLines(Path journal, int lines, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Files.exists(journal)) {
                long n = Files.readString(journal).chars().filter(c -> c == '\n').count() - 1;
                if (n >= lines) {
                    return (int) n;
                }
            }
            if (!p.isAlive()) {
                throw new AssertionError("the optimise process ended (exit " + p.exitValue() + ") before " + lines
                        + " journal lines");
            }
            Thread.sleep(2);
        }
        throw new AssertionError("timed out waiting for " + lines + " journal lines");
    }
}
