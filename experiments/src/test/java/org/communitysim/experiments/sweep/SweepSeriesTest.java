package org.communitysim.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.communitysim.experiments.store.ResultsQuery;
import org.communitysim.model.DailyMetric;
import org.communitysim.scenario.file.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sweep --keep-series}: the kept days and metrics, resume after a kill, the options checked. */
class SweepSeriesTest {
    private static final String SPEC = "{\"base\": \"base.json\", \"replicates\": 3, \"parameters\": ["
            + "{\"path\": \"group.sizeCap\", \"values\": [50, 150]}, {\"path\": \"group.threshold\", \"values\": [0, 0.4]}]}";

    private static SweepResult run(Path spec, Path out, boolean resume, SeriesOptions series) throws Exception {
        return SweepRunner.run(SweepSpecs.load(spec), out, resume, 2, "test", "test", Ensemble.Progress.NONE, series);
    }

    private static ResultsQuery.Table query(Path folder, String sql) throws Exception {
        return new ResultsQuery(List.of(folder)).run(sql, Integer.MAX_VALUE);
    }

    @Test
    void keepSeries_everySeventhDayTwoMetrics_oneRowPerRunAndKeptDayMatchingTheRuns(@TempDir Path dir) throws Exception {
        Path spec = SweepFixtures.spec(dir, "s", SPEC);
        Path out = dir.resolve("out");
        run(spec, out, false, SeriesOptions.parse(7, "members,active"));
        assertFalse(Files.exists(out.resolve(SweepRunner.SERIES_JOURNAL)), "the journal is gone once converted");
        ResultsQuery.Table shape = query(out, "SELECT count(*), count(DISTINCT (point, replicate)), min(day), max(day), "
                + "count(DISTINCT day) FROM series");
        assertEquals(List.of("108", "12", "0", "56", "9"), shape.rows().get(0), "12 runs × days 0, 7, …, 56 of 60");
        assertEquals(List.of("point", "replicate", "day", "members", "active"),
                query(out, "SELECT * FROM series LIMIT 1").columns());
        // the last kept day's members never exceed the run's peak (runs.parquet): series and runs are the same runs
        ResultsQuery.Table joined = query(out, "SELECT count(*) FROM series s JOIN runs r USING (point, replicate) "
                + "WHERE s.members > r.peak_members");
        assertEquals("0", joined.rows().get(0).get(0));
        ResultsQuery.Table sorted = query(out, "SELECT point, replicate, day FROM series");
        List<String> keys = sorted.rows().stream().map(r -> String.format("%03d-%03d-%03d", Integer.parseInt(r.get(0)),
                Integer.parseInt(r.get(1)), Integer.parseInt(r.get(2)))).toList();
        assertEquals(keys.stream().sorted().toList(), keys, "rows sorted by point, replicate, day");
    }

    @Test
    void resume_truncatedJournalsAndARunWrittenTwice_sameSeriesAsAnUninterruptedSweep(@TempDir Path dir)
            throws Exception {
        Path spec = SweepFixtures.spec(dir, "s", SPEC);
        SeriesOptions options = SeriesOptions.parse(10, "members,active,joins");
        Path whole = dir.resolve("whole");
        run(spec, whole, false, options);
        byte[] expected = Files.readAllBytes(whole.resolve(SweepRunner.SERIES_FILE));

        // killed: 5 runs in runs.csv (completion order) and half a sixth row; the series journal holds those 5 runs,
        // the sixth run's series (flushed before its row), and half a line of a seventh
        Path cut = dir.resolve("cut");
        Files.createDirectories(cut);
        Files.copy(whole.resolve("sweep.json"), cut.resolve("sweep.json"));
        Files.copy(whole.resolve(SweepRunner.SERIES_OPTIONS), cut.resolve(SweepRunner.SERIES_OPTIONS));
        List<String> lines = Files.readAllLines(whole.resolve("runs.csv"));
        StringBuilder runs = new StringBuilder(lines.get(0)).append('\n');
        int[] order = {7, 2, 11, 5, 9};
        for (int i : order) {
            runs.append(lines.get(i)).append('\n');
        }
        runs.append(lines.get(3), 0, lines.get(3).length() / 2);
        Files.writeString(cut.resolve("runs.csv"), runs);
        StringBuilder series = new StringBuilder(String.join(",", options.table().columns())).append('\n');
        List<Integer> written = new ArrayList<>();
        for (int i : order) {
            written.add(i - 1); // line i of the sorted runs.csv is run id i - 1 = point × 3 + replicate
        }
        written.add(3 - 1);
        for (int id : written) {
            for (List<String> row : query(whole, "SELECT * FROM series WHERE point = " + id / 3 + " AND replicate = "
                    + id % 3 + " ORDER BY day").rows()) {
                series.append(String.join(",", row)).append('\n');
            }
        }
        series.append("3,1,0,1"); // kill -9 mid-line
        Files.writeString(cut.resolve(SweepRunner.SERIES_JOURNAL), series);

        SweepResult r = run(spec, cut, true, options);
        assertEquals(7, r.ranNow(), "only the runs missing from runs.csv");
        assertArrayEquals(expected, Files.readAllBytes(cut.resolve(SweepRunner.SERIES_FILE)),
                "same bytes as the uninterrupted sweep: sorted, the repeated run's rows kept once");
        assertArrayEquals(Files.readAllBytes(whole.resolve("runs.parquet")), Files.readAllBytes(cut.resolve("runs.parquet")));

        // a finished sweep resumed runs nothing and keeps its series
        run(spec, cut, true, options);
        assertArrayEquals(expected, Files.readAllBytes(cut.resolve(SweepRunner.SERIES_FILE)));
    }

    @Test
    void resume_otherOrNoSeriesOptions_isRefusedNamingTheOriginalOnes(@TempDir Path dir) throws Exception {
        Path spec = SweepFixtures.spec(dir, "s", SPEC);
        Path with = dir.resolve("with");
        run(spec, with, false, SeriesOptions.parse(5, "members"));
        InputException other = assertThrows(InputException.class,
                () -> run(spec, with, true, SeriesOptions.parse(1, "members")));
        assertTrue(other.getMessage().contains("started with --keep-series --series-every 5 --series-metrics members"),
                other.getMessage());
        assertThrows(InputException.class, () -> run(spec, with, true, null));

        Path without = dir.resolve("without");
        run(spec, without, false, null);
        InputException none = assertThrows(InputException.class,
                () -> run(spec, without, true, SeriesOptions.parse(1, null)));
        assertTrue(none.getMessage().contains("started without --keep-series"), none.getMessage());
    }

    @Test
    void parse_badEveryAndUnknownMetric_everyProblemNamed() {
        InputException e = assertThrows(InputException.class, () -> SeriesOptions.parse(0, "members,activ"));
        assertEquals(2, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).contains("--series-every must be >= 1"), e.problems().toString());
        assertTrue(e.problems().get(1).contains("unknown daily metric 'activ'"), e.problems().toString());
        assertEquals(DailyMetric.values().length, assertDoesNotThrow().metrics().size());
    }

    private static SeriesOptions assertDoesNotThrow() {
        try {
            return SeriesOptions.parse(1, "all");
        } catch (InputException e) {
            throw new AssertionError(e);
        }
    }
}
