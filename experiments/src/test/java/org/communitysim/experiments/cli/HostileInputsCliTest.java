package org.communitysim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input through the command line (issue 17 items 3, 4, 7, 8, 10, 11): each an exit code with a one-line
 * message naming what is wrong, never a stack trace, never a hang, nothing written where it should not be.
 */
class HostileInputsCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @BeforeAll
    static void shippedScenarios() {
        System.setProperty("communitysim.home", Path.of("..").toAbsolutePath().normalize().toString());
    }

    private int cli(String... args) {
        out.reset();
        err.reset();
        return assertTimeoutPreemptively(Duration.ofSeconds(120), () -> Main.execute(args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    private String stderr() {
        String s = err.toString(StandardCharsets.UTF_8);
        assertFalse(s.contains("\tat ") || s.contains("Exception"), "no stack trace, no exception name: " + s);
        return s;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Path base() throws IOException {
        return write("base.json", "{\"extends\": \""
                + Path.of("..", "scenarios", "reference.json").toAbsolutePath().normalize()
                + "\", \"population\": {\"size\": 300}, \"horizonDays\": 20}");
    }

    /**
     * As many seeds as persons: some persons are advertisers (population.advertiserShare), who are never seeds, so the
     * circle cannot be seeded. Used to hang for ever looking for one more regular person; now an input error in both
     * languages, nothing written.
     */
    @Test
    void seedsBeyondTheRegularPersons_isAnInputErrorNotAHang() throws IOException {
        Path out1 = dir.resolve("seeds");
        assertEquals(2, cli("run", base().toString(), "--set", "group.seedMembers=299", "--replicates", "2",
                "--out", out1.toString()));
        String en = stderr();
        assertTrue(en.matches("(?s)error: group\\.seedMembers \\+ kols\\.count \\(299\\) exceeds the regular persons of "
                + "this population \\(\\d+ of 300; advertisers, population\\.advertiserShare, are never seeds or KOLs\\)\\s*"),
                en);
        assertFalse(Files.exists(out1), "nothing written");
        assertEquals(2, cli("compare", base().toString(), "big-open-group", "--set", "group.seedMembers=299",
                "--replicates", "2", "--out", dir.resolve("seeds-zh").toString(), "--lang", "zh"));
        String zh = stderr();
        assertTrue(zh.startsWith("错误：") && zh.contains("超过这个人群中的普通人数（共 300 人，普通人 "), zh);
        assertFalse(Files.exists(dir.resolve("seeds-zh")), "nothing written");
    }

    /** No command at all: the usage on the error stream, exit 2, as for an unknown command. */
    @Test
    void noCommand_isAUsageError() {
        assertEquals(2, cli());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage: community-sim"));
    }

    /** A file valid alone but not with an override: the problem names the override, not only the file. */
    @Test
    void crossFieldProblemOfASet_namesTheSet() throws IOException {
        Path file = base();
        assertEquals(2, cli("run", file.toString(), "--set", "group.sizeCap=1", "--replicates", "2", "--out",
                dir.resolve("cap").toString()));
        String err = stderr();
        assertTrue(err.contains(" with --set group.sizeCap=1: group.seedMembers + kols.count (15) must be <= "
                + "group.sizeCap (1)"), err);
        Path broken = write("broken.json", "{\"extends\": \"" + file + "\", \"group\": {\"sizeCap\": 1}}");
        assertEquals(2, cli("run", broken.toString(), "--set", "horizonDays=30", "--replicates", "2", "--out",
                dir.resolve("broken").toString()));
        String own = stderr();
        assertFalse(own.contains("with --set"), "the file's own problem is the file's: " + own);
    }

    /** A compare of one replicate has no interval: refused. A thread count above the replicates is not a memory cost. */
    @Test
    void compareOfOneReplicate_refused_andThreadsBeyondTheReplicates_cost() throws IOException {
        assertEquals(2, cli("compare", base().toString(), "small-curated-group", "--replicates", "1", "--out",
                dir.resolve("one").toString()));
        assertTrue(stderr().contains("--replicates must be >= 2, got 1"));
        assertFalse(Files.exists(dir.resolve("one")));
        assertEquals(0, cli("run", base().toString(), "--threads", "100000", "--replicates", "2", "--quiet",
                "--no-report", "--out", dir.resolve("threads").toString()), stderr());
    }

    @Test
    void run_emptyOut_isAnInputErrorAndWritesNothing() throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        long before;
        try (var s = Files.list(cwd)) {
            before = s.count();
        }
        assertEquals(Main.INPUT_ERROR, cli("run", base().toString(), "--replicates", "1", "--out", ""));
        assertTrue(stderr().contains("--out: expected a folder path, got an empty string"), stderr());
        try (var s = Files.list(cwd)) {
            assertEquals(before, s.count(), "nothing written into the working directory");
        }
        assertEquals(Main.INPUT_ERROR, cli("sweep", "nothing.json", "--resume", ""));
    }

    @Test
    void run_outInsideAFile_isAnEnvironmentErrorNamingThePath() throws IOException {
        Path file = write("plain", "x");
        assertEquals(Main.ENVIRONMENT_ERROR, cli("run", base().toString(), "--replicates", "1", "--quiet",
                "--out", file.resolve("sub").toString()));
        assertTrue(stderr().contains(file.toString()) && stderr().contains("environment error"), stderr());
    }

    @Test
    void run_outNotEmpty_isRefusedBeforeAnyRun() throws IOException {
        Path o = Files.createDirectories(dir.resolve("o"));
        write("o/keep.txt", "mine");
        assertEquals(Main.INPUT_ERROR, cli("run", base().toString(), "--replicates", "1", "--out", o.toString()));
        assertTrue(stderr().contains("--out " + o + ": the folder is not empty"), stderr());
        try (var s = Files.list(o)) {
            assertEquals(1, s.count(), "nothing added");
        }
    }

    @Test
    void validate_extendsDevicesFifoAndRoot_exitTwoQuickly() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        boolean haveFifo = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        for (String target : new String[] {"/dev/zero", "/dev/urandom", "/dev/stdin", "/", haveFifo ? "pipe.json" : "/"}) {
            Path child = write("child.json", "{\"extends\": \"" + target + "\"}");
            assertEquals(Main.INPUT_ERROR, cli("validate", child.toString()), target);
            String e = stderr();
            assertTrue(e.contains("not a regular file") || e.contains("is a directory"), e);
            assertEquals(Main.INPUT_ERROR, cli("run", child.toString(), "--replicates", "1", "--out",
                    dir.resolve("never").toString()), target);
            assertFalse(Files.exists(dir.resolve("never")), "no --out left after an input error");
        }
    }

    @Test
    void sweep_specWithDuplicateKeyTrailingGarbageOrTwoObjects_isRefused() throws IOException {
        base();
        String good = "\"base\": \"base.json\", \"parameters\": [{\"path\": \"group.threshold\", \"values\": [0, 0.5]}]";
        String[][] cases = {
            {"{" + good + ", \"base\": \"other.json\"}", "Duplicate field 'base'"},
            {"{" + good + "} trailing", "malformed JSON"},
            {"{" + good + "}{" + good + "}", "malformed JSON"},
        };
        for (String[] c : cases) {
            Path spec = write("s.json", c[0]);
            assertEquals(Main.INPUT_ERROR, cli("sweep", spec.toString(), "--out", dir.resolve("never").toString()),
                    c[0]);
            String e = stderr();
            assertTrue(e.contains(spec.toString()) && e.toLowerCase(Locale.ROOT).contains(c[1].toLowerCase(Locale.ROOT)),
                    e);
            assertFalse(Files.exists(dir.resolve("never")));
        }
    }

    @Test
    void sweep_specIsAFifo_isRefusedWithoutHanging() throws Exception {
        Path fifo = dir.resolve("spec.json");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() != 0) {
            return; // no mkfifo: the device case below still runs
        }
        assertEquals(Main.INPUT_ERROR, cli("sweep", fifo.toString()));
        assertTrue(stderr().contains("sweep spec is not a regular file"), stderr());
        assertEquals(Main.INPUT_ERROR, cli("sweep", "/dev/zero"));
    }

    @Test
    void validate_readsTheEdgeList_soAFileThatValidatesAlsoRuns() throws IOException {
        write("ties.csv", "0,1\n1,two\n");
        Path s = write("net.json", "{\"network\": {\"type\": \"edge-list\", \"edgeListPath\": \"ties.csv\"}}");
        assertEquals(Main.INPUT_ERROR, cli("validate", s.toString()));
        assertTrue(stderr().contains("ties.csv:2: id 'two' is not an integer"), stderr());
    }

    @Test
    void compare_turkishDefaultLocale_writesAsciiColumnValues() throws IOException {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            Path b = base();
            Path other = write("other.json", "{\"extends\": \"base.json\", \"group\": {\"threshold\": 0.5}}");
            Path o = dir.resolve("cmp");
            assertEquals(0, cli("compare", b.toString(), other.toString(), "--replicates", "3", "--quiet",
                    "--threads", "1", "--out", o.toString()), stderr());
            String csv = Files.readString(o.resolve("comparison.csv"));
            assertTrue(csv.contains("higher_is_better"), csv.substring(0, 400));
            assertFalse(csv.contains("ı"), "no dotless i from a Turkish lower-casing");
            assertTrue(Files.readString(o.resolve("manifest.json")).contains("\"language\" : \"en\""));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void run_replicatesBeyondMemory_isRefusedAtOnceWithTheFigures() throws IOException {
        // issue 17 item 6: --replicates 1000000 died with an OutOfMemoryError after 3.5 minutes, before any run
        long t0 = System.nanoTime();
        assertEquals(Main.INPUT_ERROR, cli("run", "reference", "--replicates", "1000000", "--out",
                dir.resolve("never").toString()));
        assertTrue(stderr().contains("--replicates 1000000 with these scenarios needs about"), stderr());
        assertTrue(stderr().contains("GB of memory"), stderr());
        assertTrue(System.nanoTime() - t0 < 60e9, "at once, not after minutes");
        assertFalse(Files.exists(dir.resolve("never")));
        // horizonDays × replicates past one array: was an int overflow
        assertEquals(Main.INPUT_ERROR, cli("run", "reference", "--replicates", "1000000", "--set",
                "horizonDays=3650", "--out", dir.resolve("never").toString()));
        assertTrue(stderr().contains("more than one array holds"), stderr());
        // the field's own limit
        assertEquals(Main.INPUT_ERROR, cli("run", "reference", "--replicates", "200000", "--set",
                "horizonDays=20000", "--out", dir.resolve("never").toString()));
        assertTrue(stderr().contains("horizonDays: expected an integer in [1, 10000], got 20000"), stderr());
    }

    @Test
    void validate_valuesTheSchemaOnceAcceptedButTheEngineCouldNotRun_areRefused() throws IOException {
        // issue 17 item 5: validate said ok, then run crashed ("error: -1179869184") or ran for minutes
        String[][] cases = {
            {"population.size=2000000000", "population.size: expected an integer in [1, 1000000]"},
            {"horizonDays=2147483647", "horizonDays: expected an integer in [1, 10000]"},
            {"population.topics=100000000", "population.topics: expected an integer in [1, 100]"},
            {"network.ringDistanceMean=1e308", "network.ringDistanceMean: expected a number in (0, 1000000]"},
            {"content.cadence=1e9", "content.cadence: expected a number in [0, 1000]"},
            {"kols.postsPerDay=1e308", "kols.postsPerDay: expected a number in [0, 1000]"},
            {"behaviour.posting.adsPerAdvertiser=1e308", "behaviour.posting.adsPerAdvertiser: expected a number"},
        };
        for (String[] c : cases) {
            assertEquals(Main.INPUT_ERROR, cli("describe", "reference", "--set", c[0]), c[0]);
            assertTrue(stderr().contains(c[1]), stderr());
        }
    }

    @Test
    void run_manyProblems_printsFiftyAndACount() throws IOException {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < 200; i++) {
            sb.append(i == 0 ? "" : ",").append("\"k").append(i).append("\": 1");
        }
        Path f = write("many.json", sb.append("}").toString());
        assertEquals(Main.INPUT_ERROR, cli("run", f.toString(), "--out", dir.resolve("never").toString()));
        String e = stderr();
        assertEquals(51, e.lines().count(), e);
        assertTrue(e.contains("error: ... and 150 more problems"), e);
    }
}
