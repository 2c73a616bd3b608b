package org.communitysim.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.communitysim.experiments.InputException;
import org.communitysim.experiments.report.Lang;
import org.communitysim.experiments.scenario.ScenarioFiles;
import org.communitysim.experiments.sweep.PointAggregator;
import org.communitysim.experiments.sweep.SensitivityIndices;
import org.communitysim.experiments.sweep.SweepOutputs;
import org.communitysim.experiments.sweep.SweepPlan;
import org.communitysim.experiments.sweep.SweepResult;
import org.communitysim.experiments.sweep.SweepRows;
import org.communitysim.experiments.sweep.SweepRunner;
import org.communitysim.experiments.sweep.SweepSpec;
import org.communitysim.scenario.Scenario;

/**
 * A sweep on Spark. The driver validates the spec and every point (the local runner's code; beyond
 * {@link #driverValidationMaxPoints} points the executors check the points), writes sweep.json,
 * and submits one job: part k of the run ids is one task that computes its runs with the local runner's row function
 * and writes its part file (header + rows in id order) through Spark's output committer — the rows never pass
 * through the driver. The driver then streams the part files back in part order into the local runner's
 * aggregation (per-point accumulators only) and writes points.csv, sensitivity.csv, manifest.json and report.html.
 */
final class SweepJob {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Default runs per part (docs/cluster.md, sizing). */
    static final long RUNS_PER_PART = 1000;
    /**
     * Default points per part, at least: a part builds one world per replicate (points of one replicate share it
     * where their population and network agree), so a part should span many points.
     */
    static final long POINTS_PER_PART = 64;
    /** Sweeps with more points than this are validated by the executors (package-visible for tests). */
    static int driverValidationMaxPoints = 2000;
    private static final long VALIDATION_POINTS_PER_PART = 5000;

    /** What a finished sweep reports on the terminal. */
    record Done(SweepResult result, int parts, String uri) {
    }

    private SweepJob() {
    }

    static Done run(SweepSpec spec, String outUri, boolean resume, Integer partitions, boolean gzip, Lang lang,
            SparkSetup setup, String command, String version) throws IOException, InputException {
        SweepPlan plan = SweepPlan.of(spec);
        long runs = (long) plan.points() * spec.replicates();
        if (runs > Integer.MAX_VALUE) {
            throw new InputException(spec.file() + ": the sweep has " + runs + " runs; at most " + Integer.MAX_VALUE);
        }
        // every point's scenario is checked before anything is written: here by the local runner's code when there
        // are few points, else by the executors (below); point 0's is the base recorded in sweep.json
        Scenario first = plan.points() <= driverValidationMaxPoints
                ? SweepRunner.scenarios(spec, plan, false).get(0) : SweepRunner.pointScenario(spec, plan, 0);
        ObjectNode resolved = SweepRunner.resolvedSpec(spec, plan, first);
        String hash = resolved.get("hash").asText();
        String baseJson = ScenarioFiles.toJson(ScenarioFiles.load(spec.base()));
        List<String> paths = spec.parameterPaths();
        boolean[] integer = SweepRunner.integerFlags(spec);

        try (JavaSparkContext sc = setup.start("community-sim sweep " + spec.name());
                Output out = new Output(outUri, sc.hadoopConfiguration())) {
            int parts = partitions != null ? partitions : Ranges.parts(runs,
                    Math.max(RUNS_PER_PART, POINTS_PER_PART * spec.replicates()), 2 * sc.defaultParallelism());
            if (parts < 1 || parts > runs) {
                throw new InputException("--partitions must be between 1 and the number of runs (" + runs + "), got "
                        + parts);
            }
            SweepTask task = new SweepTask(spec.name(), baseJson, paths, integer, plan.values(), spec.replicates(),
                    spec.seed(), parts);
            // the executors' way to a point's scenario must give the driver's scenario: check point 0
            if (!ScenarioFiles.toJson(task.scenario(0)).equals(ScenarioFiles.toJson(first))) {
                throw new IllegalStateException("point 0's scenario differs when rebuilt from the shipped base");
            }
            Broadcast<SweepTask> shipped = sc.broadcast(task);
            if (plan.points() > driverValidationMaxPoints) {
                validateOnExecutors(sc, shipped, plan.points(), spec.file().toString(), spec.base().toString());
            }
            boolean computed = prepare(out, resume, hash, resolved);
            long t0 = System.nanoTime();
            long ranNow = 0;
            if (!computed) {
                JavaRDD<Integer> ids = sc.parallelize(IntStream.range(0, parts).boxed().toList(), parts);
                JavaRDD<String> lines = ids.flatMap(k -> shipped.value().part(k));
                if (gzip) {
                    lines.saveAsTextFile(out.runsUri(), GzipCodec.class);
                } else {
                    lines.saveAsTextFile(out.runsUri());
                }
                ranNow = runs;
            }
            shipped.destroy();
            double wall = (System.nanoTime() - t0) / 1e9;

            PointAggregator aggregate = aggregate(spec, plan, out, task.header());
            java.nio.file.Path dir = out.localDir();
            List<SensitivityIndices> sensitivity = SweepRunner.writeAggregates(spec, plan, aggregate, dir);
            SweepResult result = new SweepResult(spec, aggregate.summaries(), sensitivity, runs, ranNow, wall, command,
                    version);
            SweepOutputs.write(result, lang, dir);
            Manifests.addSpark(dir.resolve("manifest.json"), sc, parts, Output.RUNS + "/", gzip);
            out.publish();
            return new Done(result, parts, out.uri());
        }
    }

    /**
     * Checks every point's scenario on the executors (about 2.5 ms a point: 10^6 points are 40 min on one core) and
     * throws the first ten problems, in point order, worded as the local runner words them.
     */
    private static void validateOnExecutors(JavaSparkContext sc, Broadcast<SweepTask> shipped, int points,
            String specFile, String basePath) throws InputException {
        int parts = Ranges.parts(points, VALIDATION_POINTS_PER_PART, 2 * sc.defaultParallelism());
        List<String> problems = sc.parallelize(IntStream.range(0, parts).boxed().toList(), parts)
                .flatMap(k -> shipped.value().invalidPoints(k, parts, specFile, basePath))
                .take(10);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    /**
     * Claims the location (a new sweep) or checks it (resume): same spec hash required. Returns whether the runs are
     * already complete (a resume after the job finished): then only the aggregation runs again.
     */
    private static boolean prepare(Output out, boolean resume, String hash, ObjectNode resolved)
            throws IOException, InputException {
        if (out.isFile()) {
            throw new InputException("--out " + out.uri() + ": exists and is not a folder");
        }
        if (!resume) {
            if (out.nonEmpty()) {
                throw new InputException("--out " + out.uri() + " is not empty; continue a sweep there with --resume, "
                        + "or choose another --out");
            }
            out.write(SweepRunner.SPEC_FILE, JSON.writeValueAsString(resolved) + "\n");
            return false;
        }
        if (!out.exists(SweepRunner.SPEC_FILE)) {
            throw new InputException("--resume: " + out.uri() + " holds no " + SweepRunner.SPEC_FILE
                    + "; not a sweep folder");
        }
        String stored = JSON.readTree(out.read(SweepRunner.SPEC_FILE)).path("hash").asText();
        if (!stored.equals(hash)) {
            throw new InputException("--resume " + out.uri() + ": the spec (or its base scenario) differs from the one "
                    + "this sweep was started with (hash " + hash.substring(0, 12) + " vs "
                    + stored.substring(0, Math.min(12, stored.length())) + "); restore it, or start a new sweep with "
                    + "another --out");
        }
        if (out.exists(Output.RUNS + "/_SUCCESS")) {
            return true;
        }
        out.delete(Output.RUNS); // an unfinished job leaves no committed part files worth keeping
        return false;
    }

    /** Streams the part files, in part order, into the local runner's aggregation. */
    private static PointAggregator aggregate(SweepSpec spec, SweepPlan plan, Output out, String header)
            throws IOException {
        PointAggregator aggregate = new PointAggregator(spec, plan);
        List<Path> parts = out.partFiles();
        if (parts.isEmpty()) {
            throw new IllegalStateException(out.runsUri() + ": no part files");
        }
        for (Path part : parts) {
            try (Stream<String> lines = out.lines(part)) {
                var it = lines.iterator();
                if (!it.hasNext()) {
                    continue;
                }
                String h = it.next();
                if (!h.equals(header)) {
                    throw new IllegalStateException(part + ": unexpected header " + h);
                }
                while (it.hasNext()) {
                    aggregate.add(it.next());
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        if (!aggregate.complete()) {
            throw new IllegalStateException(out.runsUri() + " holds " + aggregate.rows() + " runs of "
                    + ((long) plan.points() * spec.replicates()));
        }
        return aggregate;
    }

    /** The header of the part files (for tests and docs). */
    static String header(SweepSpec spec) {
        return SweepRows.header(spec.parameterPaths());
    }
}
