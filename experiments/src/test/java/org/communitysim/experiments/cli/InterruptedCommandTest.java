package org.communitysim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command stopped with SIGTERM (what Ctrl-C's SIGINT does too: the JVM runs its shutdown hooks) while its runs are
 * going leaves no folder behind, and the folder can be used at once. It used to keep a folder holding only its lock
 * file, which every later command then refused as not empty.
 */
class InterruptedCommandTest {
    @TempDir
    Path dir;

    @Test
    void compareStoppedDuringItsRuns_leavesNoFolder_andTheFolderIsFreeAgain() throws Exception {
        Path out = dir.resolve("nested").resolve("out");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(javaBin, "-Dcommunitysim.home=" + Path.of("..").toAbsolutePath().normalize(),
                "-cp", System.getProperty("java.class.path"), "org.communitysim.experiments.cli.Main", "compare",
                "big-open-group", "small-curated-group", "--replicates", "5000", "--quiet", "--out", out.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(out.resolve(".community-sim.lock")) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(Files.exists(out.resolve(".community-sim.lock")), "the command claimed its folder");
        Thread.sleep(1500); // the runs are under way
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the command stops");
        assertFalse(Files.exists(out), "nothing left behind, not even the folders the claim created");
        assertFalse(Files.exists(dir.resolve("nested")));
        System.setProperty("communitysim.home", Path.of("..").toAbsolutePath().normalize().toString());
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = Main.execute(new String[] {"run", "reference", "--set", "population.size=300",
                "--set", "horizonDays=10", "--replicates", "2", "--quiet", "--no-report", "--out", out.toString()},
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), new java.io.PrintStream(err, true));
        assertEquals(0, code, err.toString());
        assertTrue(Files.exists(out.resolve("manifest.json")));
    }
}
