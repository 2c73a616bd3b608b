package org.communitysim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.communitysim.experiments.calibration.CalibrationFixtures;
import org.communitysim.experiments.job.CalibrationJob;
import org.communitysim.experiments.search.SearchJournal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code calibrate --resume DIR}, deterministically: the journal of an uninterrupted calibration cut after k lines
 * (what a kill leaves: k complete lines, then maybe a torn one), in the fit, in the refits and after the last, is
 * resumed, and every output is the same bytes as the uninterrupted run's (report.html and manifest.json but for wall
 * times; the journal holds the same lines, the refits' in the order the threads finished them). Changed observed
 * data is refused with exit 2.
 */
class CalibrateResumeTest {
    private final InProcessCli cli = new InProcessCli();

    @TempDir
    Path dir;

    @Test
    void calibrate_journalCutAnywhereAndTorn_resumesToTheSameBytes() throws Exception {
        CalibrationFixtures.base(dir, 200, 20);
        Path spec = CalibrationFixtures.write(dir, "spec.json", "{\"name\": \"tiny\", \"base\": \"base.json\", "
                + "\"parameters\": [{\"path\": \"group.outsideExposure\", \"min\": 5, \"max\": 120, "
                + "\"prior\": \"log-uniform\"}], \"replicates\": 2, \"evaluations\": 8, \"bootstrap\": 3, "
                + "\"bootstrapEvaluations\": 4, \"bandReplicates\": 2, \"seed\": 9}");
        Path obs = CalibrationFixtures.observed(dir, dir.resolve("base.json"), List.of("group.outsideExposure"),
                new double[] {30}, 3, List.of("members", "joins", "posts"));
        Path whole = dir.resolve("whole");
        assertEquals(0, cli.run("calibrate", obs.toString(), spec.toString(), "--out", whole.toString(), "--threads", "2",
                "--quiet"), cli.err());
        List<String> journal = Files.readAllLines(whole.resolve(SearchJournal.FILE));
        int lines = journal.size() - 1;
        assertTrue(journal.get(0).equals("stage,evaluation,runs,group.outsideExposure,distance"), journal.get(0));
        int fit = (int) journal.stream().filter(l -> l.startsWith("fit,")).count();
        assertEquals(3, journal.stream().filter(l -> l.startsWith("refit,")).count(), "each finished refit");
        assertTrue(journal.stream().anyMatch(l -> l.startsWith("refit-2,")), "the refits' evaluations");

        // killed before the header, in the fit, in the refits, before the last line, after it (in the bands)
        int[] cuts = {-1, 3, fit + 2, lines - 1, lines};
        for (int k : cuts) {
            Path cut = dir.resolve("cut" + k);
            ResumeFixtures.killedAfter(whole, cut, CalibrationJob.SPEC_FILE, journal, k);

            assertEquals(0, cli.run("calibrate", obs.toString(), spec.toString(), "--resume", cut.toString(), "--threads",
                    "2"), cli.err());
            String printed = cli.out();
            assertTrue(printed.contains("resumed: "), printed);
            String what = "cut after " + k + " of " + lines + " lines (" + fit + " of the fit)";
            ResumeFixtures.assertSameResults(whole, cut, what, Set.of(SearchJournal.FILE)); // the journal: as lines
            assertEquals(new TreeSet<>(journal), new TreeSet<>(Files.readAllLines(cut.resolve(SearchJournal.FILE))),
                    what + ": the journal's lines");
        }

        // other observed numbers: refused, the folder as it was
        Path done = dir.resolve("cut3");
        byte[] before = Files.readAllBytes(done.resolve(SearchJournal.FILE));
        List<String> rows = new ArrayList<>(Files.readAllLines(obs));
        String[] cells = rows.get(5).split(",");
        cells[1] = Long.toString(Long.parseLong(cells[1]) + 1);
        rows.set(5, String.join(",", cells));
        Files.write(obs, rows);
        assertEquals(2, cli.run("calibrate", obs.toString(), spec.toString(), "--resume", done.toString()));
        assertTrue(cli.err().contains("the spec, its base scenario or the observed data differs "
                + "from what this calibration was started with"),
                cli.err());
        assertArrayEquals(before, Files.readAllBytes(done.resolve(SearchJournal.FILE)));
    }
}
