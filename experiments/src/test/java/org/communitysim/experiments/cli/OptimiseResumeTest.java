package org.communitysim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.communitysim.experiments.calibration.CalibrationFixtures;
import org.communitysim.experiments.io.ResultsFolder;
import org.communitysim.experiments.job.OptimisationJob;
import org.communitysim.experiments.search.SearchJournal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code optimise --resume DIR}, deterministically: the journal of an uninterrupted optimisation cut after k
 * evaluations (what a kill leaves: k complete lines, then maybe a torn one) is resumed, and every output is the same
 * bytes as the uninterrupted run's (report.html and manifest.json but for wall times). A changed spec, another seed or
 * an edited journal is refused with exit 2 and leaves the folder as it was.
 */
class OptimiseResumeTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int cli(String... args) {
        out.reset();
        err.reset();
        return Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path spec(String replicates) {
        CalibrationFixtures.base(dir, 200, 20);
        return CalibrationFixtures.write(dir, "spec.json", "{\"name\": \"tiny\", \"base\": \"base.json\", "
                + "\"levers\": [{\"path\": \"group.outsideExposure\", \"min\": 5, \"max\": 150}, "
                + "{\"path\": \"group.sizeCap\", \"min\": 40, \"max\": 300}], "
                + "\"objective\": {\"outcome\": \"final_active\", \"statistic\": \"quantile\", \"q\": 0.25}, "
                + "\"constraints\": [\"final_members >= 10\"], \"replicates\": " + replicates + ", \"evaluations\": 10, "
                + "\"candidates\": 2, \"reevaluationReplicates\": 3, \"compareReplicates\": 4, \"seed\": 5}");
    }

    @Test
    void optimise_journalCutAnywhereAndTorn_resumesToTheSameBytes() throws Exception {
        Path spec = spec("2");
        Path whole = dir.resolve("whole");
        assertEquals(0, cli("optimise", spec.toString(), "--out", whole.toString(), "--threads", "2", "--quiet"),
                err.toString(StandardCharsets.UTF_8));
        List<String> journal = Files.readAllLines(whole.resolve(SearchJournal.FILE));
        int evaluations = journal.size() - 1;
        assertTrue(journal.get(0).startsWith("stage,evaluation,runs,group.outsideExposure,group.sizeCap,objective,"),
                journal.get(0));
        assertTrue(journal.stream().anyMatch(l -> l.startsWith("search,")), "search evaluations journaled");
        assertTrue(journal.stream().anyMatch(l -> l.startsWith("fresh,")), "re-evaluations journaled");
        long fresh = journal.stream().filter(l -> l.startsWith("fresh,")).count();

        // killed before the header, after 3 evaluations, in the re-evaluation, after the last (in compare)
        int[] cuts = {-1, 3, evaluations - 1, evaluations};
        for (int k : cuts) {
            Path cut = dir.resolve("cut" + k);
            Files.createDirectories(cut);
            Files.copy(whole.resolve(OptimisationJob.SPEC_FILE), cut.resolve(OptimisationJob.SPEC_FILE));
            StringBuilder j = new StringBuilder();
            if (k >= 0) {
                for (String line : journal.subList(0, k + 1)) {
                    j.append(line).append('\n');
                }
                if (k < evaluations) {
                    String next = journal.get(k + 1);
                    j.append(next, 0, next.length() / 2); // torn mid-line by the kill
                }
            }
            Files.writeString(cut.resolve(SearchJournal.FILE), j.toString());
            Files.writeString(cut.resolve(ResultsFolder.LOCK_FILE), "12345 dead\n"); // the killed process's lock file

            assertEquals(0, cli("optimise", spec.toString(), "--resume", cut.toString(), "--threads", "2"),
                    err.toString(StandardCharsets.UTF_8));
            String printed = out.toString(StandardCharsets.UTF_8);
            assertTrue(printed.contains("resumed: " + Math.max(0, k) + " evaluations taken from the journal"),
                    printed);
            assertSameResults(whole, cut, "cut after " + k + " of " + evaluations + " evaluations (" + fresh
                    + " re-evaluations)");
            assertFalse(Files.exists(cut.resolve(ResultsFolder.LOCK_FILE)), "the lock file goes with the process");
        }

        // a finished folder resumed: nothing simulated again in the search, the same bytes again
        Path done = dir.resolve("cut3");
        assertEquals(0, cli("optimise", spec.toString(), "--resume", done.toString(), "--lang", "zh"));
        String zh = out.toString(StandardCharsets.UTF_8);
        assertTrue(zh.contains("续跑：" + evaluations + " 次评估取自日志"), zh);
        assertArrayEquals(Files.readAllBytes(whole.resolve("trace.csv")), Files.readAllBytes(done.resolve("trace.csv")));
        assertArrayEquals(Files.readAllBytes(whole.resolve(SearchJournal.FILE)),
                Files.readAllBytes(done.resolve(SearchJournal.FILE)));
    }

    @Test
    void optimise_resumeOfAnotherSearch_exit2AndTheFolderUntouched() throws Exception {
        Path spec = spec("2");
        Path a = dir.resolve("a");
        assertEquals(0, cli("optimise", spec.toString(), "--out", a.toString(), "--quiet"),
                err.toString(StandardCharsets.UTF_8));
        List<String> lines = Files.readAllLines(a.resolve(SearchJournal.FILE));
        Files.write(a.resolve(SearchJournal.FILE), lines.subList(0, 4)); // killed after 3 evaluations
        byte[] before = Files.readAllBytes(a.resolve(SearchJournal.FILE));

        spec("3"); // the spec changed
        assertEquals(2, cli("optimise", spec.toString(), "--resume", a.toString()));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("--resume " + a + ": the spec (or its base scenario) differs from the one this search "
                + "was started with (hash "), e);
        assertFalse(e.contains("Exception"), e);
        assertArrayEquals(before, Files.readAllBytes(a.resolve(SearchJournal.FILE)), "the journal untouched");
        spec("2");

        assertEquals(2, cli("optimise", spec.toString(), "--resume", a.toString(), "--seed", "6"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("the search there was started with seed 5, not 6; "
                + "give --seed 5 to continue it"), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, cli("optimise", spec.toString(), "--resume", a.toString(), "--seed", "6", "--lang", "zh"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("以种子 5 开始，而不是 6；请加上 --seed 5 继续"),
                err.toString(StandardCharsets.UTF_8));

        assertEquals(2, cli("optimise", spec.toString(), "--out", a.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("already holds optimise results; continue them with "
                + "--resume " + a), err.toString(StandardCharsets.UTF_8));

        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(2, cli("optimise", spec.toString(), "--resume", empty.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no optimise.json there"),
                err.toString(StandardCharsets.UTF_8));

        // a journal line edited: its candidate is not the one the search asks for
        List<String> edited = new ArrayList<>(lines.subList(0, 4));
        String[] cells = edited.get(2).split(",");
        cells[3] = Double.toString(Double.parseDouble(cells[3]) + 1);
        edited.set(2, String.join(",", cells));
        Files.write(a.resolve(SearchJournal.FILE), edited);
        assertEquals(2, cli("optimise", spec.toString(), "--resume", a.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("but the search now asks for"),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.exists(a.resolve(OptimisationJob.SPEC_FILE)), "a refused resume keeps the folder");
    }

    /** Every file of the two folders the same bytes; report.html and manifest.json but for their wall times. */
    private static void assertSameResults(Path whole, Path resumed, String what) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(whole)) {
            files = walk.filter(Files::isRegularFile).map(whole::relativize).sorted().toList();
        }
        List<Path> theirs;
        try (Stream<Path> walk = Files.walk(resumed)) {
            theirs = walk.filter(Files::isRegularFile).map(resumed::relativize).sorted().toList();
        }
        assertEquals(files, theirs, what);
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.equals("report.html") || name.equals("manifest.json")) {
                assertEquals(withoutWallTimes(Files.readString(whole.resolve(f))),
                        withoutWallTimes(Files.readString(resumed.resolve(f))), what + ": " + f);
            } else {
                assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(resumed.resolve(f)),
                        what + ": " + f);
            }
        }
    }

    private static String withoutWallTimes(String text) {
        return text.replaceAll("\"wall_seconds\" : [0-9.E-]+", "\"wall_seconds\" : W")
                .replaceAll("[0-9]+(\\.[0-9]+)? s\\b", "W s").replaceAll("[0-9]+(\\.[0-9]+)? 秒", "W 秒");
    }
}
