package org.communitysim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.communitysim.experiments.calibration.CalibrationFixtures;
import org.communitysim.experiments.io.ResultsFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command that writes a results folder claims it through the one locked claim ({@link OutFolders},
 * {@link ResultsFolder}), and a command that fails after claiming leaves no folder behind. Before: calibrate and
 * optimise checked "empty" and then created the folder without a lock (a second calibrate into the folder of a
 * running one went ahead and both wrote there); lesson and validate-model wrote into any folder, held or not; a
 * lesson whose phase-diagram sweep was refused left its compare/ subfolder as a half-written lesson; a sweep refused
 * after its folder was made left the empty folder.
 */
class ClaimedFoldersCliTest {
    private static final long TIMEOUT_SECONDS = 300;
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @BeforeAll
    static void shippedScenarios() {
        System.setProperty("communitysim.home", REPO.toString());
    }

    private int cli(String... args) {
        out.reset();
        err.reset();
        return Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path calibrationSpec(int evaluations) {
        CalibrationFixtures.base(dir, 400, 40);
        return CalibrationFixtures.write(dir, "calibration.json", "{\"name\": \"tiny\", \"base\": \"base.json\", "
                + "\"parameters\": [{\"path\": \"group.outsideExposure\", \"min\": 5, \"max\": 120, "
                + "\"prior\": \"log-uniform\"}], \"replicates\": 2, \"evaluations\": " + evaluations
                + ", \"bootstrap\": 2, \"bootstrapEvaluations\": 4, \"bandReplicates\": 2}");
    }

    private Path observed() throws Exception {
        return CalibrationFixtures.observed(dir, dir.resolve("base.json"), List.of("group.outsideExposure"),
                new double[] {30}, 3, List.of("members", "joins", "posts"));
    }

    private Path optimisationSpec() {
        CalibrationFixtures.base(dir, 300, 30);
        return CalibrationFixtures.write(dir, "optimisation.json", "{\"name\": \"tiny\", \"base\": \"base.json\", "
                + "\"levers\": [{\"path\": \"group.outsideExposure\", \"min\": 5, \"max\": 150}], "
                + "\"objective\": {\"outcome\": \"final_active\"}, \"replicates\": 2, \"evaluations\": 4, "
                + "\"candidates\": 1, \"reevaluationReplicates\": 2, \"compareReplicates\": 2}");
    }

    /** The command line of each results-writing command, small, into {@code target}. */
    private String[] command(String name, Path target) throws Exception {
        return switch (name) {
            case "calibrate" -> {
                Path spec = calibrationSpec(4); // writes the base the observed data are drawn from
                yield new String[] {"calibrate", observed().toString(), spec.toString(), "--out", target.toString(),
                    "--quiet", "--threads", "1"};
            }
            case "optimise" -> new String[] {"optimise", optimisationSpec().toString(), "--out", target.toString(),
                "--quiet", "--threads", "1"};
            case "validate-model" -> new String[] {"validate-model", "--runs", "2", "--population", "1000",
                "--out", target.toString(), "--quiet", "--threads", "1"};
            case "lesson" -> new String[] {"lesson", "decay", "--out", target.toString(), "--quiet", "--threads", "1"};
            case "run" -> new String[] {"run", "reference", "--replicates", "2", "--set", "population.size=300",
                "--set", "horizonDays=20", "--out", target.toString(), "--quiet", "--threads", "1"};
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"calibrate", "optimise", "validate-model", "lesson", "run"})
    void command_intoAFolderAnotherClaimHolds_exit2NamingThePidAndWritesNothing(String name) throws Exception {
        Path target = dir.resolve("held");
        String[] args = command(name, target);
        try (ResultsFolder held = ResultsFolder.claimNew(target)) { // as another process's claim
            held.keep();
            assertEquals(Main.INPUT_ERROR, cli(args), err());
            assertTrue(err().startsWith("error: --out " + target + ": in use by another community-sim process (pid "
                    + ProcessHandle.current().pid() + ")"), err());
            assertFalse(err().contains("Exception") || err().contains("\tat "), err());
            try (Stream<Path> entries = Files.list(target)) {
                assertEquals(List.of(ResultsFolder.LOCK_FILE),
                        entries.map(p -> p.getFileName().toString()).toList(), "nothing written beside the holder's");
            }
        }
    }

    @Test
    void calibrate_secondProcessWhileTheFirstFits_isRefusedAndTheFolderIsTheFirstsAlone() throws Exception {
        Path target = dir.resolve("shared");
        Path spec = calibrationSpec(60);
        Path obs = observed();
        Process first = cli(dir.resolve("first.log"), "calibrate", obs.toString(), spec.toString(), "--out",
                target.toString(), "--quiet", "--threads", "1", "--seed", "1");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!Files.exists(target) && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(200); // past the claim: folder made, lock file created and locked
        assertTrue(first.isAlive(), "the first still fits: " + Files.readString(dir.resolve("first.log")));
        int second = cli("calibrate", obs.toString(), spec.toString(), "--out", target.toString(), "--quiet",
                "--threads", "1", "--seed", "2");
        boolean stillRunning = first.isAlive();
        assertTrue(first.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        assertEquals(0, first.exitValue(), Files.readString(dir.resolve("first.log")));
        if (stillRunning) { // the usual case: the first fits for seconds
            assertEquals(Main.INPUT_ERROR, second, err());
            assertTrue(err().contains("error: --out " + target + ": in use by another community-sim process (pid "
                    + first.pid() + ")"), err());
        }
        assertEquals(1, new ObjectMapper().readTree(target.resolve("manifest.json").toFile()).get("master_seed")
                .asLong(), "the folder is the first's alone");
        assertFalse(Files.exists(target.resolve(ResultsFolder.LOCK_FILE)));
    }

    @Test
    @Tag("slow") // the lesson's three groups and their report: about 15 s on a loaded 2-core machine
    void lesson_phaseDiagramRefusedAfterTheGroupsRan_leavesNoHalfWrittenFolder() throws Exception {
        // a project folder whose groups are small and whose phase-diagram sweep is refused (too many runs) only
        // when the lesson reaches it, after compare/ has been written
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.createDirectories(home.resolve("scenarios"));
        Files.createDirectories(home.resolve("experiments/specs"));
        for (String group : List.of("big-open-group", "small-curated-group", "matrix-of-10-busy")) {
            Files.writeString(home.resolve("scenarios/" + group + ".json"), "{\"extends\": \""
                    + REPO.resolve("scenarios/" + group + ".json") + "\", \"population\": {\"size\": 300}, "
                    + "\"horizonDays\": 5}");
        }
        Files.writeString(home.resolve("experiments/specs/decay-phase-diagram.json"), "{\"name\": \"p\", \"base\": \""
                + home.resolve("scenarios/big-open-group.json") + "\", \"parameters\": [{\"path\": "
                + "\"group.threshold\", \"values\": [0, 0.2]}], \"replicates\": 2000000000}");
        Path target = dir.resolve("lesson");
        String saved = System.getProperty("communitysim.home");
        System.setProperty("communitysim.home", home.toString());
        try {
            assertEquals(Main.INPUT_ERROR, cli("lesson", "decay", "--out", target.toString(), "--quiet", "--threads",
                    "1"), err());
        } finally {
            System.setProperty("communitysim.home", saved);
        }
        assertTrue(err().contains("the sweep has 4000000000 runs"), err());
        assertFalse(Files.exists(target), "no half-written lesson: " + listing(target));
        assertFalse(Files.exists(dir.resolve("results")));
    }

    @Test
    void sweep_refusedAfterItsFolderWasClaimed_leavesNoFolder() throws Exception {
        Path spec = Files.writeString(dir.resolve("big.json"), "{\"base\": \""
                + REPO.resolve("scenarios/reference.json") + "\", \"parameters\": [{\"path\": "
                + "\"group.threshold\", \"values\": [0, 0.2]}], \"replicates\": 2000000000}");
        Path target = dir.resolve("a").resolve("sweep");
        assertEquals(Main.INPUT_ERROR, cli("sweep", spec.toString(), "--out", target.toString(), "--quiet"), err());
        assertTrue(err().contains("the sweep has 4000000000 runs"), err());
        assertFalse(Files.exists(dir.resolve("a")), "the folders the claim made are taken back: " + listing(target));
    }

    /** The CLI in a separate JVM with the test's classpath; output to {@code log}. */
    private static Process cli(Path log, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-Dcommunitysim.home=" + REPO,
                "-cp", System.getProperty("java.class.path"), "org.communitysim.experiments.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static String listing(Path p) throws IOException {
        if (!Files.exists(p)) {
            return "(none)";
        }
        try (Stream<Path> walk = Files.walk(p)) {
            return walk.map(Path::toString).toList().toString();
        }
    }
}
