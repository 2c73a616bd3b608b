package org.communitysim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.communitysim.experiments.job.MonteCarloJob;
import org.communitysim.experiments.io.Csv;
import org.communitysim.experiments.montecarlo.RunRow;
import org.communitysim.experiments.report.Lang;
import org.communitysim.scenario.file.ScenarioFiles;
import org.communitysim.experiments.sweep.SweepRunner;
import org.communitysim.experiments.sweep.SweepSpec;
import org.communitysim.experiments.sweep.SweepSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark's local-cluster mode: a standalone master and two workers, each executor its own JVM (1 core, 1 GB) that
 * gets the project's classes only from the shaded jar (spark.jars) — what a cluster does. This catches closures
 * that do not serialize and state that exists only in the driver. Runs in the integration-test phase (after
 * package), with SPARK_HOME = target/spark-home (Spark's jars), SPARK_SCALA_VERSION=2.13 and SPARK_LOCAL_IP set
 * by the failsafe configuration; everything binds to 127.0.0.1.
 */
class LocalClusterIT {
    private static final String MASTER = "local-cluster[2,1,1024]";

    private static List<String> cluster(String... command) {
        String jar = System.getProperty("communitysim.spark.jar");
        assertTrue(jar != null && Files.isRegularFile(Path.of(jar)), "the shaded jar (run after package): " + jar);
        List<String> a = new java.util.ArrayList<>(Fixtures.loopback(MASTER, command));
        a.addAll(List.of("--conf", "spark.jars=" + jar, "--conf", "spark.executor.memory=512m"));
        return a;
    }

    @Test
    void sweep_localCluster_sameRowsAndPointsAsLocalRunner(@TempDir Path dir) throws Exception {
        Path spec = Fixtures.morrisSpec(dir);
        SweepSpec s = SweepSpecs.load(spec);
        Path local = dir.resolve("local");
        SweepRunner.run(s, local, false, 2, "test", "test", Ensemble.Progress.NONE);
        Path out = dir.resolve("spark");
        Fixtures.sparkOk(cluster("sweep", spec.toString(), "--out", out.toString(), "--partitions", "4"));

        List<String> localRows = Fixtures.csvRows(local.resolve("runs.csv"));
        List<String> sparkRows = Fixtures.partRows(out, SweepJob.header(s));
        assertEquals(24, localRows.size());
        Fixtures.assertSameRowSets(localRows, sparkRows);
        assertEquals(localRows, sparkRows);
        for (String f : List.of("points.csv", "sensitivity.csv", "sweep.json")) {
            assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("local-cluster[2,1,1024]"));
    }

    @Test
    void compare_localCluster_sameRowsDailyAndComparisonAsLocalRunner(@TempDir Path dir) throws Exception {
        Path a = Fixtures.scenario(dir, "big-open-group");
        Path b = Fixtures.scenario(dir, "small-curated-group");
        Path local = dir.resolve("local");
        Files.createDirectories(local);
        MonteCarloJob.run(new MonteCarloJob.Spec(List.of(ScenarioFiles.load(a), ScenarioFiles.load(b)), 6, 9, 2,
                false, false, Lang.EN, local, "test", "test"), Ensemble.Progress.NONE);
        Path out = dir.resolve("spark");
        Fixtures.sparkOk(cluster("compare", a.toString(), b.toString(), "--replicates", "6", "--seed", "9",
                "--out", out.toString(), "--partitions", "3"));

        Fixtures.assertSameRowSets(Fixtures.csvRows(local.resolve("runs.csv")),
                Fixtures.partRows(out, Csv.lines(RunRow.TABLE).header()));
        for (String f : List.of("daily.csv", "comparison.csv")) {
            assertEquals(Files.readString(local.resolve(f), StandardCharsets.UTF_8),
                    Files.readString(out.resolve(f), StandardCharsets.UTF_8), f);
        }
    }
}
