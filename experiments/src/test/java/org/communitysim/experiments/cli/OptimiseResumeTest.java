package org.communitysim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    private final InProcessCli cli = new InProcessCli();

    @TempDir
    Path dir;

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
        assertEquals(0, cli.run("optimise", spec.toString(), "--out", whole.toString(), "--threads", "2", "--quiet"),
                cli.err());
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
            ResumeFixtures.killedAfter(whole, cut, OptimisationJob.SPEC_FILE, journal, k);

            assertEquals(0, cli.run("optimise", spec.toString(), "--resume", cut.toString(), "--threads", "2"),
                    cli.err());
            String printed = cli.out();
            assertTrue(printed.contains("resumed: " + Math.max(0, k) + " evaluations taken from the journal"),
                    printed);
            ResumeFixtures.assertSameResults(whole, cut, "cut after " + k + " of " + evaluations + " evaluations (" + fresh
                    + " re-evaluations)", Set.of());
            assertFalse(Files.exists(cut.resolve(ResultsFolder.LOCK_FILE)), "the lock file goes with the process");
        }

        // a finished folder resumed: nothing simulated again in the search, the same bytes again
        Path done = dir.resolve("cut3");
        assertEquals(0, cli.run("optimise", spec.toString(), "--resume", done.toString(), "--lang", "zh"));
        String zh = cli.out();
        assertTrue(zh.contains("续跑：" + evaluations + " 次评估取自日志"), zh);
        assertArrayEquals(Files.readAllBytes(whole.resolve("trace.csv")), Files.readAllBytes(done.resolve("trace.csv")));
        assertArrayEquals(Files.readAllBytes(whole.resolve(SearchJournal.FILE)),
                Files.readAllBytes(done.resolve(SearchJournal.FILE)));
    }

    @Test
    void optimise_resumeOfAnotherSearch_exit2AndTheFolderUntouched() throws Exception {
        Path spec = spec("2");
        Path a = dir.resolve("a");
        assertEquals(0, cli.run("optimise", spec.toString(), "--out", a.toString(), "--quiet"),
                cli.err());
        List<String> lines = Files.readAllLines(a.resolve(SearchJournal.FILE));
        Files.write(a.resolve(SearchJournal.FILE), lines.subList(0, 4)); // killed after 3 evaluations
        byte[] before = Files.readAllBytes(a.resolve(SearchJournal.FILE));

        spec("3"); // the spec changed
        assertEquals(2, cli.run("optimise", spec.toString(), "--resume", a.toString()));
        String e = cli.err();
        assertTrue(e.contains("--resume " + a + ": the spec (or its base scenario) differs from the one this search "
                + "was started with (hash "), e);
        assertFalse(e.contains("Exception"), e);
        assertArrayEquals(before, Files.readAllBytes(a.resolve(SearchJournal.FILE)), "the journal untouched");
        spec("2");

        assertEquals(2, cli.run("optimise", spec.toString(), "--resume", a.toString(), "--seed", "6"));
        assertTrue(cli.err().contains("the search there was started with seed 5, not 6; "
                + "give --seed 5 to continue it"), cli.err());
        assertEquals(2, cli.run("optimise", spec.toString(), "--resume", a.toString(), "--seed", "6", "--lang", "zh"));
        assertTrue(cli.err().contains("以种子 5 开始，而不是 6；请加上 --seed 5 继续"),
                cli.err());

        assertEquals(2, cli.run("optimise", spec.toString(), "--out", a.toString()));
        assertTrue(cli.err().contains("already holds optimise results; continue them with "
                + "--resume " + a), cli.err());

        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(2, cli.run("optimise", spec.toString(), "--resume", empty.toString()));
        assertTrue(cli.err().contains("no optimise.json there"),
                cli.err());

        // a journal line edited: its candidate is not the one the search asks for
        List<String> edited = new ArrayList<>(lines.subList(0, 4));
        String[] cells = edited.get(2).split(",");
        cells[3] = Double.toString(Double.parseDouble(cells[3]) + 1);
        edited.set(2, String.join(",", cells));
        Files.write(a.resolve(SearchJournal.FILE), edited);
        assertEquals(2, cli.run("optimise", spec.toString(), "--resume", a.toString()));
        assertTrue(cli.err().contains("but the search now asks for"),
                cli.err());
        assertTrue(Files.exists(a.resolve(OptimisationJob.SPEC_FILE)), "a refused resume keeps the folder");
    }
}
