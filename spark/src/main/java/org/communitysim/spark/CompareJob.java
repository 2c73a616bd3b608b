package org.communitysim.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.communitysim.scenario.file.InputException;
import org.communitysim.experiments.montecarlo.DailyBands;
import org.communitysim.experiments.io.Csv;
import org.communitysim.experiments.job.MonteCarloJob;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.communitysim.experiments.montecarlo.GroupRow;
import org.communitysim.experiments.montecarlo.GroupRuns;
import org.communitysim.experiments.montecarlo.GroupTrace;
import org.communitysim.model.FiredAction;
import org.communitysim.experiments.montecarlo.RunRow;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.experiments.report.Lang;
import org.communitysim.scenario.file.ScenarioFiles;
import org.communitysim.model.DailyMetric;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Scenario;
import scala.Tuple2;

/**
 * A compare (or a one-scenario run) on Spark. Part k of the replicates is one task running those replicates of every
 * scenario with the local runner's function; its records are kept by Spark (memory, spilling to disk) for two uses:
 * the executors write the per-run rows (runs/ part files, the columns of runs.csv), and the daily distribution of
 * every metric is computed where the data are — one group per scenario and day, the values put in replicate order
 * and reduced by the local runner's {@link DailyBands#cell} — so only the bands reach the driver. The driver reads
 * the summary outcomes back from the part files as typed rows ({@link RunRow}, parsed by the CSV library) (the paired tests need all replicates: scenarios × replicates × 37
 * numbers) and writes daily.csv, comparison.csv, the charts, report.html and manifest.json with the local code.
 */
final class CompareJob {
    private static final int METRICS = DailyMetric.values().length;
    /** Default replicates per part. */
    static final long REPLICATES_PER_PART = 500;

    record Done(MonteCarloJob.Produced produced, int parts, String uri) {
    }

    private CompareJob() {
    }

    static Done run(List<Scenario> scenarios, int replicates, long seed, boolean bootstrap, String outUri,
            Integer partitions, boolean gzip, Lang lang, SparkSetup setup, String command, String version)
            throws IOException, InputException {
        org.communitysim.experiments.store.ParquetStore.checkAvailable();
        List<String> jsons = new ArrayList<>();
        for (Scenario s : scenarios) {
            if (!s.metrics().outcomes().isEmpty()) {
                throw new InputException(s.name() + ": custom outcomes (metrics.outcomes) are computed by the local "
                        + "runner only for now; run this comparison with community-sim compare");
            }
            String json = ScenarioFiles.toJson(s);
            if (!ScenarioFiles.toJson(ScenarioJson.load(json)).equals(json)) {
                throw new IllegalStateException(s.name() + ": the scenario differs when rebuilt from its JSON");
            }
            jsons.add(json);
        }
        List<String> names = new ArrayList<>(scenarios.stream().map(Scenario::name).toList());
        try (JavaSparkContext sc = setup.start("community-sim compare " + String.join(" ", names));
                Output out = new Output(outUri, sc.hadoopConfiguration())) {
            out.claimNew("--out " + out.uri() + ": the folder is not empty; choose a new folder so "
                    + "earlier results are not mixed with these");
            int parts = partitions != null ? partitions
                    : Ranges.parts(replicates, REPLICATES_PER_PART, 2 * sc.defaultParallelism());
            if (parts < 1 || parts > replicates) {
                throw new InputException("--partitions must be between 1 and --replicates (" + replicates + "), got "
                        + parts);
            }
            long t0 = System.nanoTime();
            Broadcast<CompareTask> shipped = sc.broadcast(new CompareTask(jsons, replicates, seed, parts));
            JavaRDD<RunRecord> records = sc.parallelize(IntStream.range(0, parts).boxed().toList(), parts)
                    .flatMap(k -> shipped.value().part(k))
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            String header = Csv.lines(RunRow.TABLE).header();
            JavaRDD<String> rows = records.mapPartitions(it -> new Iterator<String>() {
                private final Csv.LineFormatter<RunRow> lines = Csv.lines(RunRow.TABLE);
                private boolean headerDone;

                @Override
                public boolean hasNext() {
                    return !headerDone || it.hasNext();
                }

                @Override
                public String next() {
                    if (!headerDone) {
                        headerDone = true;
                        return header;
                    }
                    RunRecord r = it.next();
                    return lines.format(new RunRow(names.get(r.scenario()), r.replicate(), r.seed(), r.outcomes()));
                }
            });
            CsvParts.save(rows, out.uri(Output.RUNS), gzip);
            List<Tuple2<Long, double[][]>> cells = bands(records, replicates, sc.defaultParallelism());
            List<RunRecord.Extras> extras = records.map(RunRecord::extras).collect();
            records.unpersist();
            shipped.destroy();
            double wall = (System.nanoTime() - t0) / 1e9;

            List<ScenarioRuns> runs = readBack(out, scenarios, names, replicates, seed, cells, header, extras);
            java.nio.file.Path dir = out.localDir();
            MonteCarloJob.Spec spec = new MonteCarloJob.Spec(scenarios, replicates, seed, sc.defaultParallelism(),
                    false, bootstrap, lang, dir, command, version);
            MonteCarloJob.Produced produced = MonteCarloJob.write(spec, new Ensemble.Result(runs, null), wall, false);
            Manifests.addSpark(dir.resolve("manifest.json"), sc, parts, 1, Output.RUNS + "/", gzip);
            out.publish();
            out.keep();
            return new Done(produced, parts, out.uri());
        }
    }

    /**
     * The daily bands, computed on the executors: key (scenario, day) → every replicate's metrics that day, put in
     * replicate order, each metric reduced by {@link DailyBands#cell}. Returns [metric][mean, quantiles…] per key.
     */
    private static List<Tuple2<Long, double[][]>> bands(JavaRDD<RunRecord> records, int replicates, int parallelism) {
        JavaPairRDD<Long, Tuple2<Integer, double[]>> byDay = records.flatMapToPair(r -> {
            int days = r.daily()[0].length;
            List<Tuple2<Long, Tuple2<Integer, double[]>>> out = new ArrayList<>(days);
            for (int d = 0; d < days; d++) {
                double[] v = new double[METRICS];
                for (int m = 0; m < METRICS; m++) {
                    v[m] = r.daily()[m][d];
                }
                out.add(new Tuple2<>(((long) r.scenario() << 32) | d, new Tuple2<>(r.replicate(), v)));
            }
            return out.iterator();
        });
        return byDay.groupByKey(Math.max(1, 4 * parallelism)).map(g -> {
            double[][] columns = new double[METRICS][replicates];
            boolean[] seen = new boolean[replicates];
            for (Tuple2<Integer, double[]> t : g._2()) {
                if (seen[t._1()]) {
                    throw new IllegalStateException("replicate " + t._1() + " twice for key " + g._1());
                }
                seen[t._1()] = true;
                for (int m = 0; m < METRICS; m++) {
                    columns[m][t._1()] = t._2()[m];
                }
            }
            for (int r = 0; r < replicates; r++) {
                if (!seen[r]) {
                    throw new IllegalStateException("replicate " + r + " missing for key " + g._1());
                }
            }
            double[][] cells = new double[METRICS][];
            for (int m = 0; m < METRICS; m++) {
                cells[m] = DailyBands.cell(columns[m]);
            }
            return new Tuple2<>(g._1(), cells);
        }).collect();
    }

    /** Reads the summary outcomes back from the part files and assembles each scenario's runs with its bands. */
    private static List<ScenarioRuns> readBack(Output out, List<Scenario> scenarios, List<String> names,
            int replicates, long seed, List<Tuple2<Long, double[][]>> cells, String header,
            List<RunRecord.Extras> extras) throws IOException {
        int s = scenarios.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < s; i++) {
            index.put(names.get(i), i);
        }
        double[][][] outcomes = new double[s][replicates][];
        long[] seeds = new long[replicates];
        for (int r = 0; r < replicates; r++) {
            seeds[r] = Seeds.runSeed(seed, r);
        }
        for (Path part : out.partFiles(Output.RUNS)) {
            try (Stream<RunRow> rows = out.rows(part, RunRow.TABLE, header)) {
                for (RunRow row : (Iterable<RunRow>) rows::iterator) {
                    Integer i = index.get(row.scenario());
                    int r = row.replicate();
                    if (i == null || r < 0 || r >= replicates) {
                        throw new IllegalStateException(part + ": a row of no run of this compare: " + row.scenario()
                                + ", replicate " + r);
                    }
                    if (row.seed() != seeds[r] || outcomes[i][r] != null) {
                        throw new IllegalStateException(part + ": wrong seed or duplicate run: " + row.scenario()
                                + ", replicate " + r);
                    }
                    outcomes[i][r] = row.outcomes();
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        double[][][][] q = new double[s][][][];
        double[][][] means = new double[s][][];
        for (int i = 0; i < s; i++) {
            int days = scenarios.get(i).horizonDays();
            q[i] = new double[METRICS][days][];
            means[i] = new double[METRICS][days];
            for (int r = 0; r < replicates; r++) {
                if (outcomes[i][r] == null) {
                    throw new IllegalStateException(out.uri(Output.RUNS) + ": run " + names.get(i) + "/" + r + " missing");
                }
            }
        }
        for (Tuple2<Long, double[][]> c : cells) {
            int i = (int) (c._1() >>> 32);
            int d = (int) (c._1() & 0xffffffffL);
            for (int m = 0; m < METRICS; m++) {
                means[i][m][d] = c._2()[m][0];
                q[i][m][d] = java.util.Arrays.copyOfRange(c._2()[m], 1, c._2()[m].length);
            }
        }
        // the groups and fired actions of every run, put in replicate order as the local runner keeps them
        List<List<List<GroupRow>>> groups = new ArrayList<>();
        List<List<List<FiredAction>>> fired = new ArrayList<>();
        List<List<GroupTrace>> traces = new ArrayList<>();
        for (int i = 0; i < s; i++) {
            groups.add(new ArrayList<>(java.util.Collections.nCopies(replicates, null)));
            fired.add(new ArrayList<>(java.util.Collections.nCopies(replicates, null)));
            traces.add(List.of());
        }
        for (RunRecord.Extras e : extras) {
            if (groups.get(e.scenario()).set(e.replicate(), List.copyOf(e.groups())) != null) {
                throw new IllegalStateException("run " + names.get(e.scenario()) + "/" + e.replicate() + " twice");
            }
            fired.get(e.scenario()).set(e.replicate(), List.copyOf(e.fired()));
            if (e.replicate() == 0) {
                traces.set(e.scenario(), List.copyOf(e.traces()));
            }
        }
        List<ScenarioRuns> runs = new ArrayList<>();
        for (int i = 0; i < s; i++) {
            if (groups.get(i).contains(null)) {
                throw new IllegalStateException("the groups of a run of " + names.get(i) + " are missing");
            }
            List<GroupRow> rows = groups.get(i).stream().flatMap(List::stream).toList();
            GroupRuns groupRuns = new GroupRuns(rows, traces.get(i),
                    GroupRuns.survival(rows, replicates, Ensemble.survivalSeed(seed, names.get(i))));
            int days = scenarios.get(i).horizonDays();
            for (int m = 0; m < METRICS; m++) {
                for (int d = 0; d < days; d++) {
                    if (q[i][m][d] == null) {
                        throw new IllegalStateException("daily band missing: " + names.get(i) + ", day " + d);
                    }
                }
            }
            runs.add(new ScenarioRuns(scenarios.get(i), seeds.clone(), outcomes[i],
                    DailyBands.of(days, q[i], means[i]), fired.get(i), groupRuns));
        }
        return runs;
    }
}
