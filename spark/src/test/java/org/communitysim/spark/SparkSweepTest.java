package org.communitysim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.communitysim.scenario.file.InputException;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.communitysim.experiments.job.MonteCarloJob;
import org.communitysim.experiments.io.ResultsFolder;
import org.communitysim.experiments.report.Lang;
import org.communitysim.scenario.file.ScenarioFiles;
import org.communitysim.experiments.sweep.SweepPlan;
import org.communitysim.experiments.sweep.SweepRunner;
import org.communitysim.experiments.sweep.SweepSpec;
import org.communitysim.experiments.sweep.SweepSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spark in local mode (driver and executor threads in this JVM) against the local runners: the same rows. */
class SparkSweepTest {

    private static Path localSweep(Path spec, Path out) throws Exception {
        SweepRunner.run(SweepSpecs.load(spec), out, false, 2, "test", "test", Ensemble.Progress.NONE);
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"grid", "morris"})
    void sweep_local2_sameRowsPointsAndIndicesAsLocalRunner(String design, @TempDir Path dir) throws Exception {
        Path spec = design.equals("grid") ? Fixtures.gridSpec(dir) : Fixtures.morrisSpec(dir);
        SweepSpec s = SweepSpecs.load(spec);
        int runs = (design.equals("grid") ? 6 : 12) * s.replicates();
        Path local = localSweep(spec, dir.resolve("local"));
        Path out = dir.resolve("spark");
        Fixtures.sparkOk(Fixtures.loopback("local[2]", "sweep", spec.toString(), "--out", out.toString(),
                "--partitions", "5"));

        List<String> localRows = Fixtures.csvRows(local.resolve("runs.csv"));
        List<String> sparkRows = Fixtures.partRows(out, SweepJob.header(s));
        assertEquals(runs, localRows.size());
        assertEquals(runs, sparkRows.size());
        Fixtures.assertSameRowSets(localRows, sparkRows);
        assertEquals(localRows, sparkRows, "part files in part order = the local runner's sorted runs.csv");
        assertEquals(5, Fixtures.parts(out).size());
        assertArrayEquals(Files.readAllBytes(local.resolve("points.csv")), Files.readAllBytes(out.resolve("points.csv")),
                "points.csv");
        assertEquals(Files.exists(local.resolve("sensitivity.csv")), design.equals("morris"));
        if (design.equals("morris")) {
            assertArrayEquals(Files.readAllBytes(local.resolve("sensitivity.csv")),
                    Files.readAllBytes(out.resolve("sensitivity.csv")), "sensitivity.csv");
        }
        assertArrayEquals(Files.readAllBytes(local.resolve("sweep.json")), Files.readAllBytes(out.resolve("sweep.json")));
        // the Parquet store: the driver's runs.parquet holds the local runner's rows, row for row (same bytes, even)
        assertEquals(runs, Fixtures.parquetRows(out.resolve("runs.parquet")));
        for (String f : List.of("runs.parquet", "points.parquet")) {
            assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
        assertTrue(Fixtures.parts(out).stream().allMatch(p -> p.getFileName().toString().matches("part-\\d{5}\\.csv")),
                "part files named part-NNNNN.csv: " + Fixtures.parts(out));
        assertTrue(Files.size(out.resolve("report.html")) > 1000);
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"engine\" : \"spark\""), manifest);
        assertTrue(manifest.contains("\"partitions\" : 5"), manifest);
    }

    @Test
    void sweep_partitioningRetriesAndGzip_doNotChangeTheRows(@TempDir Path dir) throws Exception {
        Path spec = Fixtures.gridSpec(dir);
        SweepSpec s = SweepSpecs.load(spec);
        List<String> expected = Fixtures.csvRows(localSweep(spec, dir.resolve("local")).resolve("runs.csv"));

        Path one = dir.resolve("one");
        Fixtures.sparkOk(Fixtures.loopback("local[1]", "sweep", spec.toString(), "--out", one.toString(),
                "--partitions", "1"));
        assertEquals(expected, Fixtures.partRows(one, SweepJob.header(s)));

        // parts 0 and 2 fail on their first attempt, after computing their runs; local[2,4] allows 4 attempts a task
        Path retried = dir.resolve("retried");
        System.setProperty(FaultInjection.PROPERTY, "0,2");
        Fixtures.Result r;
        try {
            r = Fixtures.sparkOk(Fixtures.loopback("local[2,4]", "sweep", spec.toString(), "--out", retried.toString(),
                    "--partitions", "7"));
        } finally {
            System.clearProperty(FaultInjection.PROPERTY);
        }
        assertEquals(7, Fixtures.parts(retried).size());
        assertEquals(expected, Fixtures.partRows(retried, SweepJob.header(s)), "retried tasks must not duplicate rows");
        assertArrayEquals(Files.readAllBytes(one.resolve("points.csv")), Files.readAllBytes(retried.resolve("points.csv")));

        Path gz = dir.resolve("gz");
        Fixtures.sparkOk(Fixtures.loopback("local[2]", "sweep", spec.toString(), "--out", gz.toString(),
                "--partitions", "3", "--gzip"));
        assertTrue(Fixtures.parts(gz).get(0).getFileName().toString().endsWith(".csv.gz"));
        assertArrayEquals(Files.readAllBytes(one.resolve("points.csv")), Files.readAllBytes(gz.resolve("points.csv")));
        assertTrue(r.err().isEmpty() || !r.err().contains("error:"), r.err());
    }

    @Test
    void sweep_nonLocalFileSystem_stagesAndPublishesTheSameFiles(@TempDir Path dir) throws Exception {
        // loopback:/// is not a LocalFileSystem: the job treats it as it treats hdfs:// or s3a:// (sweep.json
        // through FileSystem.create, driver files staged locally and copied up, part files read back through
        // FileSystem.open)
        Path spec = Fixtures.morrisSpec(dir);
        SweepSpec s = SweepSpecs.load(spec);
        Path local = localSweep(spec, dir.resolve("local"));
        Path out = dir.resolve("remote");
        Fixtures.Result r = Fixtures.sparkOk(Fixtures.loopback("local[2]", "sweep", spec.toString(),
                "--out", "loopback://" + out.toAbsolutePath(), "--conf", "spark.hadoop.fs.loopback.impl="
                        + LoopbackFs.class.getName()));
        assertTrue(r.out().contains("results: loopback:/"), r.out());
        assertEquals(Fixtures.csvRows(local.resolve("runs.csv")), Fixtures.partRows(out, SweepJob.header(s)));
        for (String f : List.of("points.csv", "sensitivity.csv", "sweep.json")) {
            assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
        assertTrue(Files.size(out.resolve("report.html")) > 1000);
        assertTrue(Files.isDirectory(out.resolve("charts")));
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"engine\" : \"spark\""));
    }

    @Test
    void sweep_resume_reaggregatesAFinishedSweepAndRefusesAnotherSpec(@TempDir Path dir) throws Exception {
        Path spec = Fixtures.gridSpec(dir);
        Path out = dir.resolve("spark");
        Fixtures.sparkOk(Fixtures.loopback("local[2]", "sweep", spec.toString(), "--out", out.toString()));
        byte[] points = Files.readAllBytes(out.resolve("points.csv"));
        Files.delete(out.resolve("points.csv"));

        Fixtures.Result again = Fixtures.spark(Fixtures.loopback("local[2]", "sweep", spec.toString(), "--out",
                out.toString()));
        assertEquals(2, again.code(), "a new sweep into a used folder is refused");
        assertTrue(again.err().contains("--resume"), again.err());

        Fixtures.sparkOk(Fixtures.loopback("local[2]", "sweep", spec.toString(), "--out", out.toString(), "--resume"));
        assertArrayEquals(points, Files.readAllBytes(out.resolve("points.csv")));
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"runs_this_invocation\" : 0"));

        Files.writeString(spec, Files.readString(spec).replace("\"seed\": 11", "\"seed\": 12"));
        Fixtures.Result changed = Fixtures.spark(Fixtures.loopback("local[2]", "sweep", spec.toString(), "--out",
                out.toString(), "--resume"));
        assertEquals(2, changed.code());
        assertTrue(changed.err().contains("differs from the one this sweep was started with"), changed.err());
    }

    @Test
    void sweep_resumeAfterAFailedJob_runsOnlyTheBatchesNotCommitted(@TempDir Path dir) throws Exception {
        Path spec = Fixtures.gridSpec(dir);
        SweepSpec s = SweepSpecs.load(spec);
        List<String> expected = Fixtures.csvRows(localSweep(spec, dir.resolve("local")).resolve("runs.csv"));
        Path out = dir.resolve("spark");
        // 18 runs in 6 parts, 2 parts a job: part 3 (batch 1) fails every attempt, so the job of batch 1 fails
        // and the invocation ends with batch 0 committed, as if the driver had died there
        System.setProperty(FaultInjection.ALWAYS, "3");
        Fixtures.Result failed;
        try {
            failed = Fixtures.spark(Fixtures.loopback("local[2]", "sweep", spec.toString(), "--out", out.toString(),
                    "--partitions", "6", "--batch", "2"));
        } finally {
            System.clearProperty(FaultInjection.ALWAYS);
        }
        assertEquals(1, failed.code(), failed.err());
        assertTrue(Files.exists(out.resolve("runs/batch-00000/_SUCCESS")));
        assertFalse(Files.exists(out.resolve("runs/batch-00001/_SUCCESS")));
        assertFalse(Files.exists(out.resolve("points.csv")));

        Fixtures.Result other = Fixtures.spark(Fixtures.loopback("local[2]", "sweep", spec.toString(), "--out",
                out.toString(), "--resume", "--partitions", "3"));
        assertEquals(2, other.code(), "a resume must cut the runs as the first invocation did");
        assertTrue(other.err().contains("--partitions 6 --batch 2"), other.err());

        Fixtures.sparkOk(Fixtures.loopback("local[2]", "sweep", spec.toString(), "--out", out.toString(), "--resume"));
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"runs_this_invocation\" : 12"),
                "batches 1 and 2 (12 runs) ran again, batch 0 was kept");
        assertEquals(List.of("batch-00000", "batch-00001", "batch-00002"), Fixtures.parts(out).stream()
                .map(p -> p.getParent().getFileName().toString()).distinct().toList());
        assertEquals(expected, Fixtures.partRows(out, SweepJob.header(s)));
    }

    @Test
    void badInput_exit2_everyProblemNamed_noStackTrace_nothingWritten(@TempDir Path dir) {
        Fixtures.scenario(dir, "big-open-group");
        Path spec = Fixtures.write(dir, "bad.json", "{\"base\": \"big-open-group.json\", \"replicate\": 3,"
                + " \"outcomes\": [\"final_activ\"], \"parameters\": [{\"path\": \"group.sizeCapp\", \"values\": [50]}]}");
        Path out = dir.resolve("out");
        Fixtures.Result r = Fixtures.spark(Fixtures.loopback("local[2]", "sweep", spec.toString(), "--out", out.toString()));
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertTrue(r.err().contains("replicate") && r.err().contains("final_activ") && r.err().contains("group.sizeCapp"),
                r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out), "nothing is written for an input error");

        Fixtures.Result missing = Fixtures.spark(Fixtures.loopback("local[2]", "sweep", dir.resolve("nope.json").toString(),
                "--out", out.toString()));
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("error: "), missing.err());

        Fixtures.Result conf = Fixtures.spark(List.of("sweep", spec.toString(), "--out", out.toString(), "--conf", "oops"));
        assertEquals(2, conf.code());
        assertTrue(conf.err().contains("key=value"), conf.err());

        Fixtures.Result noOut = Fixtures.spark(List.of("sweep", spec.toString()));
        assertEquals(2, noOut.code());
        assertTrue(noOut.err().contains("--out"), noOut.err());

        Fixtures.Result oneScenario = Fixtures.spark(List.of("compare", "x.json", "--out", out.toString()));
        assertEquals(2, oneScenario.code());
    }

    /**
     * A local --out is claimed and locked as the local commands claim theirs. Before, the Spark jar only looked
     * whether the folder was empty: a sweep or compare into a folder another process was claiming went ahead.
     */
    @Test
    void sweepCompareAndResume_intoALocalFolderAnotherClaimHolds_exit2NamingThePid(@TempDir Path dir)
            throws Exception {
        Path spec = Fixtures.gridSpec(dir);
        Path a = Fixtures.scenario(dir, "big-open-group");
        Path b = Fixtures.scenario(dir, "small-curated-group");
        Path out = dir.resolve("held");
        String inUse = ": in use by another community-sim process (pid " + ProcessHandle.current().pid() + ")";
        try (ResultsFolder held = ResultsFolder.claimNew(out)) { // as another process's claim
            held.keep();
            Files.writeString(out.resolve(SweepRunner.SPEC_FILE), "{}\n"); // a sweep it is writing
            for (List<String> args : List.of(
                    Fixtures.loopback("local[2]", "sweep", spec.toString(), "--out", out.toString()),
                    Fixtures.loopback("local[2]", "sweep", spec.toString(), "--out", out.toString(), "--resume"),
                    Fixtures.loopback("local[2]", "compare", a.toString(), b.toString(), "--replicates", "2",
                            "--out", out.toString()))) {
                Fixtures.Result r = Fixtures.spark(args);
                assertEquals(2, r.code(), args + ": " + r.err());
                assertTrue(r.err().startsWith("error: --out " + out + inUse), args + ": " + r.err());
                assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
            }
            try (var entries = Files.list(out)) {
                assertEquals(2, entries.count(), "nothing written beside the holder's lock and spec");
            }
        }
    }

    @Test
    void invalidPointCombination_checkedOnTheExecutors_sameMessagesAsTheLocalRunner(@TempDir Path dir)
            throws Exception {
        Fixtures.scenario(dir, "big-open-group");
        // each value is fine alone, but a cap of 20 cannot hold the seed members and 10 KOLs
        Path spec = Fixtures.write(dir, "combo.json", "{\"base\": \"big-open-group.json\", \"replicates\": 1,"
                + " \"parameters\": [{\"path\": \"group.sizeCap\", \"values\": [20, 100]},"
                + " {\"path\": \"kols.count\", \"values\": [0, 10]}]}");
        SweepSpec s = SweepSpecs.load(spec);
        InputException local = assertThrows(InputException.class,
                () -> SweepRunner.scenarios(s, SweepPlan.of(s), false));
        Path out = dir.resolve("out");
        for (int max : new int[] {1000, 1}) { // on the driver, then on the executors
            int saved = SweepJob.driverValidationMaxPoints;
            SweepJob.driverValidationMaxPoints = max;
            Fixtures.Result r;
            try {
                r = Fixtures.spark(Fixtures.loopback("local[2]", "sweep", spec.toString(), "--out", out.toString()));
            } finally {
                SweepJob.driverValidationMaxPoints = saved;
            }
            assertEquals(2, r.code(), r.err());
            assertEquals(local.problems().stream().map(p -> "error: " + p + "\n").collect(Collectors.joining()),
                    r.err(), "validated with at most " + max + " points on the driver");
            assertTrue(r.err().contains("point 1 (group.sizeCap=20, kols.count=10) is not a valid scenario"), r.err());
            assertFalse(Files.exists(out), "nothing is written for an input error");
        }
    }

    @Test
    void compare_local2_sameRowsDailyAndComparisonAsLocalRunner(@TempDir Path dir) throws Exception {
        Path a = Fixtures.scenario(dir, "big-open-group");
        Path b = Fixtures.scenario(dir, "small-curated-group");
        int replicates = 7;
        Path local = dir.resolve("local");
        Path out = dir.resolve("spark");
        compareBoth(a, b, replicates, 5, 3, local, out);

        List<String> localRows = Fixtures.csvRows(local.resolve("runs.csv"));
        List<String> sparkRows = new ArrayList<>(Fixtures.partRows(out,
                org.communitysim.experiments.io.Csv.lines(org.communitysim.experiments.montecarlo.RunRow.TABLE).header()));
        assertEquals(2 * replicates, localRows.size());
        Fixtures.assertSameRowSets(localRows, sparkRows);
        for (String f : List.of("daily.csv", "comparison.csv")) {
            assertEquals(Files.readString(local.resolve(f), StandardCharsets.UTF_8),
                    Files.readString(out.resolve(f), StandardCharsets.UTF_8), f);
        }
        assertEquals(2 * replicates, Fixtures.parquetRows(out.resolve("runs.parquet")));
        for (String f : List.of("runs.parquet", "daily.parquet", "comparison.parquet")) {
            assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
        assertTrue(Files.size(out.resolve("report.html")) > 1000);
        assertFalse(Files.exists(out.resolve("runs.csv")), "per-run rows live in runs/, written by the executors");
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"runs/\""), "runs/ listed in the manifest");
    }

    /** Compares scenarios a and b with the local runner into {@code local} and with Spark (local[2]) into {@code out}. */
    private static void compareBoth(Path a, Path b, int replicates, long seed, int partitions, Path local, Path out)
            throws Exception {
        Files.createDirectories(local);
        MonteCarloJob.run(new MonteCarloJob.Spec(List.of(ScenarioFiles.load(a), ScenarioFiles.load(b)), replicates,
                seed, 2, false, false, Lang.EN, local, "test", "test"), Ensemble.Progress.NONE);
        Fixtures.sparkOk(Fixtures.loopback("local[2]", "compare", a.toString(), b.toString(), "--replicates",
                Integer.toString(replicates), "--seed", Long.toString(seed), "--out", out.toString(), "--partitions",
                Integer.toString(partitions)));
    }

    /**
     * A world of three groups and a scenario with a playbook: Spark writes the local runner's groups.csv, survival.csv
     * and actions.csv (and their Parquet copies), byte for byte. Before, it wrote no groups and an actions.csv with a
     * header only, as if no action had fired.
     */
    @Test
    void compare_groupsAndActions_sameFilesAsLocalRunner(@TempDir Path dir) throws Exception {
        Path a = Fixtures.write(dir, "matrix.json", "{\"extends\": \"" + Fixtures.SCENARIOS.resolve("matrix-of-3.json")
                + "\", \"name\": \"matrix\", \"population\": {\"size\": 900}, \"horizonDays\": 60}");
        Path b = Fixtures.write(dir, "campaign.json", "{\"extends\": \""
                + Fixtures.SCENARIOS.resolve("referral-campaign-14-days.json")
                + "\", \"name\": \"campaign\", \"population\": {\"size\": 900}, \"horizonDays\": 60}");
        int replicates = 5;
        Path local = dir.resolve("local");
        Path out = dir.resolve("spark");
        compareBoth(a, b, replicates, 8, 2, local, out);
        assertTrue(Fixtures.csvRows(local.resolve("groups.csv")).size() >= 3 * replicates + replicates,
                "three groups a run in the matrix, one in the campaign");
        assertTrue(Fixtures.csvRows(local.resolve("actions.csv")).size() >= replicates, "the campaign fires");
        for (String f : List.of("groups", "survival", "actions", "daily", "comparison")) {
            assertEquals(Files.readString(local.resolve(f + ".csv"), StandardCharsets.UTF_8),
                    Files.readString(out.resolve(f + ".csv"), StandardCharsets.UTF_8), f + ".csv");
            assertArrayEquals(Files.readAllBytes(local.resolve(f + ".parquet")),
                    Files.readAllBytes(out.resolve(f + ".parquet")), f + ".parquet");
        }
        String report = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(report.contains("campaign") && report.contains("matrix"), "report of both scenarios");
    }

    @Test
    void run_oneScenario_sameRowsAndDailyAsLocalRunner(@TempDir Path dir) throws Exception {
        Path a = Fixtures.scenario(dir, "small-curated-group");
        Path local = dir.resolve("local");
        Files.createDirectories(local);
        MonteCarloJob.run(new MonteCarloJob.Spec(List.of(ScenarioFiles.load(a)), 5, 42, 2, false, false, Lang.EN,
                local, "test", "test"), Ensemble.Progress.NONE);
        Path out = dir.resolve("spark");
        Fixtures.sparkOk(Fixtures.loopback("local[2]", "run", a.toString(), "--replicates", "5", "--out",
                out.toString(), "--gzip"));
        assertTrue(Fixtures.parts(out).get(0).getFileName().toString().endsWith(".gz"));
        List<String> rows = new ArrayList<>();
        for (Path p : Fixtures.parts(out)) {
            try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(p))) {
                List<String> lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
                assertEquals(org.communitysim.experiments.io.Csv.lines(org.communitysim.experiments.montecarlo.RunRow.TABLE).header(), lines.get(0));
                rows.addAll(lines.subList(1, lines.size()));
            }
        }
        Fixtures.assertSameRowSets(Fixtures.csvRows(local.resolve("runs.csv")), rows);
        assertEquals(Files.readString(local.resolve("daily.csv")), Files.readString(out.resolve("daily.csv")));
        assertFalse(Files.exists(out.resolve("comparison.csv")));
    }
}
