package org.communitysim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real processes and one results folder (issue 17 items 1 and 2). Before the fix two {@code run --out X} both
 * exited 0 leaving runs.csv of one seed with the manifest of the other, and two {@code sweep --resume X} interleaved
 * their journals ("For input string: "4224370310107"") so that the folder could never be resumed again.
 */
class ConcurrentResultsFoldersTest {
    private static final long TIMEOUT_SECONDS = 300; // the machine may be shared by many builds

    @BeforeAll
    static void shippedScenarios() {
        System.setProperty("communitysim.home", Path.of("..").toAbsolutePath().normalize().toString());
    }

    /** The CLI in a separate JVM with the test's classpath; stderr to {@code log}. */
    private static Process cli(Path log, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m",
                "-Dcommunitysim.home=" + Path.of("..").toAbsolutePath().normalize(),
                "-cp", System.getProperty("java.class.path"), "org.communitysim.experiments.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static int exit(Process p) throws InterruptedException {
        assertTrue(p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "process finished");
        return p.exitValue();
    }

    @Test
    void run_twoProcessesIntoOneNewOut_oneWritesAndTheOtherIsRefusedBeforeWriting(@TempDir Path dir)
            throws Exception {
        Path out = dir.resolve("shared");
        String[] common = {"run", "reference", "--replicates", "4", "--threads", "1", "--quiet", "--out",
            out.toString(), "--set", "population.size=300", "--set", "horizonDays=20"};
        Process a = cli(dir.resolve("a.log"), concat(common, "--seed", "1"));
        Process b = cli(dir.resolve("b.log"), concat(common, "--seed", "2"));
        int ea = exit(a);
        int eb = exit(b);
        String la = Files.readString(dir.resolve("a.log"));
        String lb = Files.readString(dir.resolve("b.log"));
        assertEquals(Set.of(0, 2), Set.of(ea, eb), "one wins, one is an input error: " + la + " / " + lb);
        String loser = ea == 2 ? la : lb;
        long winnerSeed = ea == 0 ? 1 : 2;
        assertTrue(loser.contains("error: --out " + out) && (loser.contains("in use by another community-sim "
                + "process (pid ") || loser.contains("the folder is not empty")), loser);
        assertTrue(!loser.contains("Exception") && !loser.contains("\tat "), "no stack trace: " + loser);
        // the folder is the winner's alone: the manifest's seed and the rows agree
        assertEquals(winnerSeed, new ObjectMapper().readTree(out.resolve("manifest.json").toFile())
                .get("master_seed").asLong());
        assertTrue(new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("command").asText()
                .contains("--seed " + winnerSeed));
        assertEquals(5, Files.readAllLines(out.resolve("runs.csv")).size(), "header + 4 runs, nothing mixed");
        assertTrue(!Files.exists(out.resolve(org.communitysim.experiments.io.ResultsFolder.LOCK_FILE)));
    }

    @Test
    void sweep_resumeWhileAnotherProcessRunsIt_isRefusedNamingFolderAndPid(@TempDir Path dir) throws Exception {
        Path base = Files.writeString(dir.resolve("base.json"), "{\"extends\": \""
                + Path.of("..", "scenarios", "reference.json").toAbsolutePath().normalize()
                + "\", \"population\": {\"size\": 400}, \"horizonDays\": 30}");
        Path spec = Files.writeString(dir.resolve("s.json"), "{\"base\": \"" + base.getFileName() + "\", "
                + "\"replicates\": 30, \"seed\": 3, \"outcomes\": [\"final_active_share\"], \"parameters\": ["
                + "{\"path\": \"group.threshold\", \"values\": [0, 0.2, 0.4, 0.6]}]}");
        Path out = dir.resolve("sweep");
        Process a = cli(dir.resolve("a.log"), "sweep", spec.toString(), "--out", out.toString(), "--quiet",
                "--threads", "1");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!Files.exists(out.resolve("runs.csv")) && a.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(a.isAlive(), "the first sweep still runs: " + Files.readString(dir.resolve("a.log")));

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"sweep", spec.toString(), "--resume", out.toString(), "--quiet"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        boolean stillRunning = a.isAlive();
        assertEquals(0, exit(a), Files.readString(dir.resolve("a.log")));
        if (stillRunning) { // the usual case; on a slow machine it still is, the sweep has 120 runs
            assertEquals(Main.INPUT_ERROR, code, message);
            assertTrue(message.contains("--resume " + out + ": in use by another community-sim process (pid "
                    + a.pid() + ")"), message);
        }
        // the journal is whole: every (point, replicate) once, sorted
        List<String> lines = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals(1 + 4 * 30, lines.size());
        Set<String> keys = new HashSet<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",");
            assertTrue(keys.add(f[0] + "/" + f[2]), "duplicate run " + l); // point, threshold, replicate
        }
        // and a lone resume afterwards accepts the folder (nothing left to run)
        assertEquals(0, Main.execute(new String[] {"sweep", spec.toString(), "--resume", out.toString(), "--quiet"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
