package org.communitysim.scenario.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files that are not scenario files, named where a scenario file is expected (issue 17 item 4, item 9): each one is
 * an {@link InputException} naming the file, within seconds. Before the fix /dev/zero, /dev/urandom, /dev/stdin and
 * a FIFO hung the loader, "/" was a NullPointerException, a chain of 10,000 files a StackOverflowError, a 3 GB file
 * an OutOfMemoryError, and 80,000 unknown keys took minutes.
 */
class HostileScenarioFilesTest {
    private static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private String problemOf(Path file) {
        InputException e = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(InputException.class, () -> ScenarioFiles.load(file)));
        return String.join("\n", e.problems());
    }

    private Path extending(String target) {
        return TestFiles.write(dir, "child.json", "{\"extends\": \"" + target + "\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/zero", "/dev/urandom", "/dev/stdin", "/dev/null"})
    void load_extendsADevice_isRefusedAsNotARegularFile(String device) {
        assertTrue(Files.exists(Path.of(device)), device + " exists on Linux, the platform this test targets");
        String problem = problemOf(extending(device));
        assertTrue(problem.contains("not a regular file") && problem.contains(device), problem);
    }

    @Test
    void load_aDeviceItself_isRefused() {
        assertTrue(Files.exists(Path.of("/dev/zero")), "/dev/zero exists on Linux");
        assertTrue(problemOf(Path.of("/dev/zero")).contains("not a regular file"));
    }

    @Test
    void load_extendsAFifo_isRefusedWithoutOpeningIt() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        // coreutils' mkfifo is on every Linux machine this runs on: a missing one fails the test rather than skip it
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertTrue(mk.waitFor() == 0, "mkfifo made " + fifo);
        String problem = problemOf(extending("pipe.json"));
        assertTrue(problem.contains("not a regular file") && problem.contains("pipe.json"), problem);
    }

    @Test
    void load_extendsTheRootFolder_saysItIsADirectory() {
        String problem = problemOf(extending("/"));
        assertTrue(problem.contains("is a directory: /"), problem);
    }

    @Test
    void load_chainOf10000Files_isRefusedAtTheDepthLimit() {
        for (int i = 1; i <= 10_000; i++) {
            TestFiles.write(dir, "c" + i + ".json", "{\"extends\": \"c" + (i + 1) + ".json\"}");
        }
        TestFiles.write(dir, "c10001.json", "{}");
        String problem = problemOf(dir.resolve("c1.json"));
        assertTrue(problem.contains("longer than " + ExtendsChain.MAX_DEPTH + " files"), problem);
    }

    @Test
    void load_chainAtTheDepthLimit_loads() throws InputException {
        for (int i = 1; i < ExtendsChain.MAX_DEPTH; i++) {
            TestFiles.write(dir, "c" + i + ".json", "{\"extends\": \"c" + (i + 1) + ".json\"}");
        }
        TestFiles.write(dir, "c" + ExtendsChain.MAX_DEPTH + ".json", "{\"horizonDays\": 30}");
        assertEquals(30, ScenarioFiles.load(dir.resolve("c1.json")).horizonDays());
    }

    @Test
    void load_extendsA3GigabyteFile_isRefusedBySizeWithoutReadingIt() throws IOException {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(3L << 30); // sparse: no disk used
        }
        String problem = problemOf(extending("big.json"));
        assertTrue(problem.contains("3221225472 bytes; at most 1048576 (1 MiB)"), problem);
    }

    @Test
    void load_unknownKeys_costLinearNotQuadraticTime() {
        // 5,000 keys took 40 s, 20,000 98 s, 80,000 more than 8 min: each key scanned every path set before it
        cpuNanosToLoad(keys(10_000)); // warm-up: JIT
        long small = cpuNanosToLoad(keys(10_000));
        long large = cpuNanosToLoad(keys(40_000));
        // linear: ~4x the time for 4x the keys; quadratic: ~16x. Thread CPU time, so a busy machine does not matter.
        assertTrue(large < 10 * small, "40,000 keys cost " + large / 1e6 + " ms of CPU, 10,000 " + small / 1e6);
    }

    private Path keys(int n) {
        StringBuilder sb = new StringBuilder("{\"group\": {");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append("\"k").append(i).append("\": 1");
        }
        return TestFiles.write(dir, "keys" + n + ".json", sb.append("}}").toString());
    }

    private static long cpuNanosToLoad(Path file) {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = bean.getCurrentThreadCpuTime();
        InputException e = assertThrows(InputException.class, () -> ScenarioFiles.load(file));
        long t = bean.getCurrentThreadCpuTime() - t0;
        assertTrue(e.problems().size() >= 10_000);
        return t;
    }

    @Test
    void load_manyKeysReplacedByAnOverride_keepsSourcesRight() throws InputException {
        // the sorted source map must still drop exactly the paths below a replaced section
        Path file = TestFiles.write(dir, "s.json", "{\"group\": {\"threshold\": 0.4, \"sizeCap\": 100}}");
        ScenarioDraft draft = ScenarioDraft.resolve(file).override(List.of("group.threshold=2"));
        InputException e = assertThrows(InputException.class, draft::bind);
        assertEquals(List.of("--set group.threshold=2: group.threshold: expected a number in [0, 1], got 2"),
                e.problems());
    }
}
