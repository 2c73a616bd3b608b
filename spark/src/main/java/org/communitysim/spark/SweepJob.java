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
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.communitysim.scenario.file.InputException;
import org.communitysim.experiments.report.Lang;
import org.communitysim.scenario.file.ScenarioFiles;
import org.communitysim.experiments.store.ParquetStore;
import org.communitysim.experiments.sweep.PointAggregator;
import org.communitysim.experiments.io.Csv;
import org.communitysim.experiments.sweep.SweepPlan;
import org.communitysim.experiments.sweep.SweepResult;
import org.communitysim.experiments.sweep.SweepRunRow;
import org.communitysim.experiments.sweep.SweepRunner;
import org.communitysim.experiments.sweep.sensitivity.SensitivityIndices;
import org.communitysim.experiments.sweep.SweepSpec;
import org.communitysim.scenario.Scenario;

/**
 * A sweep on Spark. The driver validates the spec and every point (the local runner's code; beyond
 * {@link #driverValidationMaxPoints} points the executors check the points), writes sweep.json and runs/layout.json,
 * and submits the runs as Spark jobs of a batch of parts each: part k of the run ids is one task that computes its
 * runs with the local runner's row function and writes its part file (header + rows in id order) through Spark's
 * output committer — the rows never pass through the driver. A batch whose job committed (runs/batch-b/_SUCCESS) is
 * kept by {@code --resume}. The driver then streams the part files back in order, as typed rows, into the local runner's
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

    /**
     * How the runs are cut: {@code parts} tasks (part files), run as Spark jobs of {@code partsPerBatch} parts each —
     * batch b writes OUT/runs/batch-b/ and is the unit {@code --resume} keeps. Stored in OUT/runs/layout.json, so a
     * resumed sweep cuts its runs as the first invocation did.
     */
    record Layout(int parts, int partsPerBatch) {
        static final String FILE = Output.RUNS + "/layout.json";

        int batches() {
            return (parts + partsPerBatch - 1) / partsPerBatch;
        }

        int firstPart(int batch) {
            return batch * partsPerBatch;
        }

        int endPart(int batch) {
            return Math.min(parts, (batch + 1) * partsPerBatch);
        }

        static String folder(int batch) {
            return String.format(java.util.Locale.ROOT, "%s/batch-%05d", Output.RUNS, batch);
        }
    }

    static Done run(SweepSpec spec, String outUri, boolean resume, Integer partitions, Integer batch, boolean gzip,
            Lang lang, SparkSetup setup, String command, String version) throws IOException, InputException {
        ParquetStore.checkAvailable();
        if (!spec.custom().isEmpty()) {
            throw new InputException(spec.file() + ": custom outcomes (metrics.outcomes, customOutcomes) are computed "
                    + "by the local runner only for now; run this sweep with community-sim sweep");
        }
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
            int perBatch = batch != null ? batch : Math.max(8 * sc.defaultParallelism(), (parts + 99) / 100);
            if (perBatch < 1) {
                throw new InputException("--batch must be >= 1, got " + perBatch);
            }
            Layout stored = check(out, resume, hash);
            if (stored != null && (partitions != null && partitions != stored.parts()
                    || batch != null && batch != stored.partsPerBatch())) {
                throw new InputException("--resume " + out.uri() + ": the sweep was started with --partitions "
                        + stored.parts() + " --batch " + stored.partsPerBatch() + "; leave them out to continue it");
            }
            Layout layout = stored != null ? stored : new Layout(parts, Math.min(perBatch, parts));
            SweepTask task = new SweepTask(spec.name(), baseJson, spec.file().toString(), spec.base().toString(), paths,
                    integer, plan.values(), spec.replicates(), spec.seed(), layout.parts());
            // the executors' way to a point's scenario must give the driver's scenario: check point 0
            if (!ScenarioFiles.toJson(task.scenario(0)).equals(ScenarioFiles.toJson(first))) {
                throw new IllegalStateException("point 0's scenario differs when rebuilt from the shipped base");
            }
            Broadcast<SweepTask> shipped = sc.broadcast(task);
            if (plan.points() > driverValidationMaxPoints) {
                validateOnExecutors(sc, shipped, plan.points());
            }
            if (!resume) {
                out.write(SweepRunner.SPEC_FILE, JSON.writeValueAsString(resolved) + "\n");
            }
            out.keep(); // the sweep can be continued with --resume from here on: a failure keeps its batches
            if (stored == null) {
                ObjectNode l = JSON.createObjectNode();
                l.put("partitions", layout.parts());
                l.put("parts_per_batch", layout.partsPerBatch());
                l.put("batches", layout.batches());
                out.write(Layout.FILE, JSON.writeValueAsString(l) + "\n");
            }
            long t0 = System.nanoTime();
            long ranNow = 0;
            for (int b = 0; b < layout.batches(); b++) {
                String folder = Layout.folder(b);
                if (out.exists(folder + "/_SUCCESS")) {
                    continue; // committed by an earlier invocation
                }
                out.delete(folder); // an uncommitted job leaves nothing worth keeping
                int from = layout.firstPart(b);
                int to = layout.endPart(b);
                JavaRDD<Integer> ids = sc.parallelize(IntStream.range(from, to).boxed().toList(), to - from);
                JavaRDD<String> lines = ids.flatMap(k -> shipped.value().part(k));
                CsvParts.save(lines, out.uri(folder), gzip);
                ranNow += Ranges.from(runs, layout.parts(), to) - Ranges.from(runs, layout.parts(), from);
            }
            shipped.destroy();
            double wall = (System.nanoTime() - t0) / 1e9;

            java.nio.file.Path dir = out.localDir();
            PointAggregator aggregate = aggregate(spec, plan, out, layout, dir);
            List<SensitivityIndices> sensitivity = SweepRunner.writeAggregates(spec, plan, aggregate, dir);
            SweepResult result = new SweepResult(spec, aggregate.summaries(), sensitivity, runs, ranNow, wall, command,
                    version);
            org.communitysim.experiments.job.SweepJob.writeOutputs(result, lang, dir);
            Manifests.addSpark(dir.resolve("manifest.json"), sc, layout.parts(), layout.batches(), Output.RUNS + "/",
                    gzip);
            out.publish();
            return new Done(result, layout.parts(), out.uri());
        }
    }

    /**
     * Checks every point's scenario on the executors (about 2.5 ms a point: 10^6 points are 40 min on one core) and
     * throws the first ten problems, in point order, worded as the local runner words them.
     */
    private static void validateOnExecutors(JavaSparkContext sc, Broadcast<SweepTask> shipped, int points)
            throws InputException {
        int parts = Ranges.parts(points, VALIDATION_POINTS_PER_PART, 2 * sc.defaultParallelism());
        List<String> problems = sc.parallelize(IntStream.range(0, parts).boxed().toList(), parts)
                .flatMap(k -> shipped.value().invalidPoints(k, parts))
                .take(10);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    /**
     * Checks the location before anything is written: a new sweep needs it new or empty; a resumed one needs the same
     * spec hash in its sweep.json. Returns the stored layout of a resumed sweep whose runs had started, else null.
     */
    private static Layout check(Output out, boolean resume, String hash) throws IOException, InputException {
        if (!resume) {
            out.claimNew("--out " + out.uri() + " is not empty; continue a sweep there with --resume, "
                    + "or choose another --out");
            return null;
        }
        if (out.isFile()) {
            throw new InputException("--out " + out.uri() + ": exists and is not a folder");
        }
        out.claimExisting();
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
        if (!out.exists(Layout.FILE)) {
            return null;
        }
        var l = JSON.readTree(out.read(Layout.FILE));
        return new Layout(l.path("partitions").asInt(), l.path("parts_per_batch").asInt());
    }

    /**
     * Streams the part files' rows, in part order (= point, then replicate: the local runner's order), into the local
     * runner's aggregation and into runs.parquet in {@code dir} — the same rows, so the same table as the local
     * runner's runs.parquet.
     */
    private static PointAggregator aggregate(SweepSpec spec, SweepPlan plan, Output out, Layout layout,
            java.nio.file.Path dir) throws IOException {
        PointAggregator aggregate = new PointAggregator(spec, plan);
        List<Path> parts = new java.util.ArrayList<>();
        for (int b = 0; b < layout.batches(); b++) {
            List<Path> batch = out.partFiles(Layout.folder(b));
            if (batch.size() != layout.endPart(b) - layout.firstPart(b)) {
                throw new IllegalStateException(out.uri(Layout.folder(b)) + ": " + batch.size() + " part files, "
                        + "expected " + (layout.endPart(b) - layout.firstPart(b)));
            }
            parts.addAll(batch);
        }
        var table = SweepRunRow.table(spec.parameterPaths());
        String header = header(spec);
        Stream<SweepRunRow> all = parts.stream().flatMap(part -> {
            try {
                return out.rows(part, table, header);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            ParquetStore.write(dir.resolve(ParquetStore.parquetOf(java.nio.file.Path.of(SweepRunner.RUNS_FILE))
                    .toString()), table, all.peek(aggregate::add));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (!aggregate.complete()) {
            throw new IllegalStateException(out.uri(Output.RUNS) + " holds " + aggregate.rows() + " runs of "
                    + ((long) plan.points() * spec.replicates()));
        }
        return aggregate;
    }

    /** The header of the part files (for tests and docs). */
    static String header(SweepSpec spec) {
        return Csv.lines(SweepRunRow.table(spec.parameterPaths())).header();
    }
}
