package org.communitysim.experiments.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.communitysim.scenario.file.InputException;
import org.communitysim.experiments.io.AtomicFiles;
import org.communitysim.experiments.io.Csv;
import org.communitysim.experiments.io.CellType;
import org.communitysim.experiments.io.CsvShape;
import org.communitysim.experiments.io.CsvTable;
import org.communitysim.experiments.store.ParquetStore;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.communitysim.experiments.montecarlo.Workers;
import org.communitysim.scenario.file.ScenarioFiles;
import org.communitysim.experiments.sweep.sensitivity.Morris;
import org.communitysim.experiments.sweep.sensitivity.SensitivityIndices;
import org.communitysim.experiments.sweep.sensitivity.SobolIndices;
import org.communitysim.model.Outcome;
import org.communitysim.model.RunOutcome;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Scenario;

/**
 * Runs a sweep, streaming each finished run to {@code runs.csv} as a row, in batches that are flushed, so memory
 * does not grow with the number of runs and a killed sweep loses at most the unflushed batch. A sweep folder
 * holds {@code sweep.json} (the resolved spec and its hash, written first); {@code --resume} reads the rows
 * already there (a truncated last line is cut off), runs only the missing (point, replicate) pairs and refuses a
 * changed spec. When every run is in, {@code runs.csv} is rewritten sorted by point and replicate (atomically),
 * so the final file is identical, byte for byte, whatever the thread count, the order of completion or the
 * number of interruptions. Then points.csv and, for morris and saltelli designs, sensitivity.csv are written.
 *
 * <p>Seeds: replicate r of every point runs with {@code Seeds.runSeed(seed, r)} — common random numbers across
 * points, as in {@code compare}; points that share the population and network specification share the world.
 */
public final class SweepRunner {
    public static final String SPEC_FILE = "sweep.json";
    public static final String RUNS_FILE = "runs.csv";
    public static final String POINTS_FILE = "points.csv";
    public static final String SENSITIVITY_FILE = "sensitivity.csv";
    /** The kept daily series, final (docs/sweeps.md, "Daily series"). */
    public static final String SERIES_FILE = "series.parquet";
    /** The kept series while the sweep runs: appended in completion order, converted to series.parquet at the end. */
    static final String SERIES_JOURNAL = "series.journal.csv";
    /** The --keep-series options a sweep was started with (a resume must give the same). */
    static final String SERIES_OPTIONS = "series.json";
    private static final int FLUSH_ROWS = 64;
    private static final long FLUSH_NANOS = 1_000_000_000L;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SweepRunner() {
    }

    public static SweepResult run(SweepSpec spec, Path outDir, boolean resume, int threads, String command,
            String version, Ensemble.Progress progress) throws IOException, InterruptedException, InputException {
        return run(spec, outDir, resume, threads, command, version, progress, null);
    }

    /**
     * The sweep's runs (points × replicates) from the design's counts ({@link SweepPlan#pointCount}); an input
     * error when there are more than an int counts or the final sort of runs.csv would need more than half of
     * this Java's memory.
     */
    static long total(SweepSpec spec) throws InputException {
        long points = SweepPlan.pointCount(spec);
        long total = points > Long.MAX_VALUE / spec.replicates() ? Long.MAX_VALUE : points * spec.replicates();
        if (total > Integer.MAX_VALUE) {
            throw new InputException(spec.file() + ": the sweep has " + total + " runs; at most " + Integer.MAX_VALUE);
        }
        // the final sort keeps one offset (8 bytes) per run: 10^7 points × 100 replicates would need 8 GB
        if (total * 8 > Runtime.getRuntime().maxMemory() / 2) {
            throw new InputException(String.format(Locale.ROOT, "%s: the sweep has %d runs; sorting runs.csv keeps "
                    + "8 bytes per run (%.1f GB), more than half of the %.1f GB this Java may use; lower replicates "
                    + "or the number of points, or give Java more memory (java -Xmx...)", spec.file(), total,
                    total * 8 / 1e9, Runtime.getRuntime().maxMemory() / 1e9));
        }
        return total;
    }

    /**
     * Runs the sweep; with {@code series} (not null) every run's chosen daily metrics on every k-th day also stream
     * to a journal — under the same lock as its runs.csv row, flushed before it, so a run counted done always has its
     * series — and end as series.parquet, sorted by point, replicate and day, duplicates (a run repeated after a kill)
     * dropped: the same bytes as an uninterrupted sweep's.
     */
    public static SweepResult run(SweepSpec spec, Path outDir, boolean resume, int threads, String command,
            String version, Ensemble.Progress progress, SeriesOptions series)
            throws IOException, InterruptedException, InputException {
        int replicates = spec.replicates();
        // from the design's counts, before any point is built: building a scenario per point of a sweep too large
        // to run took minutes before this refusal came (saltelli, 10^6 samples, 1000 replicates: 3·10^9 runs)
        long total = total(spec);
        SweepPlan plan = SweepPlan.of(spec);
        List<Scenario> scenarios = scenarios(spec, plan, true);
        ObjectNode resolved = resolvedSpec(spec, plan, scenarios.get(0));
        String hash = resolved.get("hash").asText();
        Path specFile = outDir.resolve(SPEC_FILE);
        Path runsFile = outDir.resolve(RUNS_FILE);
        int points = plan.points();
        if ((long) points * replicates != total) {
            throw new IllegalStateException("the design built " + points + " points, its counts say " + total / replicates);
        }
        BitSet done = new BitSet((int) total);
        if (resume) {
            if (!Files.isRegularFile(specFile)) {
                throw new InputException("--resume " + outDir + ": no " + SPEC_FILE + " there; not a sweep folder");
            }
            String stored = JSON.readTree(specFile.toFile()).path("hash").asText();
            if (!stored.equals(hash)) {
                throw new InputException("--resume " + outDir + ": the spec (or its base scenario) differs from the one "
                        + "this sweep was started with (hash " + hash.substring(0, 12) + " vs " + stored.substring(0, 12)
                        + "); restore it, or start a new sweep with another --out");
            }
            checkSeriesOptions(outDir, series);
            if (Files.exists(runsFile)) {
                scanJournal(runsFile, table(spec), replicates, points, done);
            }
        } else {
            if (Files.exists(specFile) || Files.exists(runsFile)) {
                throw new InputException("--out " + outDir + " already holds a sweep; continue it with --resume "
                        + outDir + " or choose another --out");
            }
            AtomicFiles.writeString(specFile, JSON.writeValueAsString(resolved) + "\n");
            if (series != null) {
                AtomicFiles.writeString(outDir.resolve(SERIES_OPTIONS), seriesJson(series));
            }
        }
        Path seriesJournal = outDir.resolve(SERIES_JOURNAL);
        boolean seriesDone = series != null && !Files.exists(seriesJournal) && Files.exists(outDir.resolve(SERIES_FILE));
        if (series != null && !seriesDone) {
            if (!Files.exists(seriesJournal) || Files.size(seriesJournal) == 0) {
                try (BufferedWriter w = Files.newBufferedWriter(seriesJournal, StandardCharsets.UTF_8)) {
                    Csv.writer(w, series.table(), true).close();
                }
            } else {
                cutPartialLine(seriesJournal);
            }
        }
        if (!Files.exists(runsFile) || Files.size(runsFile) == 0) { // new, or killed before its header was written
            try (BufferedWriter w = Files.newBufferedWriter(runsFile, StandardCharsets.UTF_8)) {
                Csv.writer(w, table(spec), true).close();
            }
        }

        long already = done.cardinality();
        long t0 = System.nanoTime();
        runMissing(spec, plan, scenarios, done, runsFile, series == null || seriesDone ? null : series, seriesJournal,
                threads, progress, already, total);
        double wall = (System.nanoTime() - t0) / 1e9;

        PointAggregator aggregate = finish(spec, plan, runsFile, outDir);
        if (series != null && Files.exists(seriesJournal)) {
            finishSeries(series, seriesJournal, outDir.resolve(SERIES_FILE),
                    total * series.days(scenarios.get(0).horizonDays()).length);
        }
        List<SensitivityIndices> sensitivity = writeAggregates(spec, plan, aggregate, outDir);
        return new SweepResult(spec, aggregate.summaries(), sensitivity, total, total - already, wall, command,
                version);
    }

    /**
     * Writes points.csv and, for the morris and saltelli designs, sensitivity.csv into {@code outDir} from the
     * aggregated runs; returns the sensitivity indices (empty for other designs).
     */
    public static List<SensitivityIndices> writeAggregates(SweepSpec spec, SweepPlan plan, PointAggregator aggregate,
            Path outDir) throws IOException {
        Path points = outDir.resolve(POINTS_FILE);
        ParquetStore.besideCsv(points, Csv.write(points, PointRow.table(spec.parameterPaths()),
                PointRow.of(aggregate.summaries(), spec.outcomes()).stream()));
        List<SensitivityIndices> sensitivity = sensitivity(spec, plan, aggregate.summaries());
        if (!sensitivity.isEmpty()) {
            Path file = outDir.resolve(SENSITIVITY_FILE);
            ParquetStore.besideCsv(file, Csv.write(file, SensitivityRow.TABLE, SensitivityRow.of(sensitivity).stream()));
        }
        return sensitivity;
    }

    /** The varied parameters' paths and whether each is an integer field: what a point's overrides need. */
    public static boolean[] integerFlags(SweepSpec spec) {
        boolean[] integer = new boolean[spec.parameters().size()];
        for (int j = 0; j < integer.length; j++) {
            integer[j] = spec.parameters().get(j).integer();
        }
        return integer;
    }

    static List<Scenario> scenarios(SweepSpec spec, SweepPlan plan) throws InputException {
        return scenarios(spec, plan, true);
    }

    /**
     * The scenario of every point — the base with the point's values set — validated once, before any run: every
     * invalid point is reported (the first ten). With {@code keepAll} false only point 0's scenario is kept (the
     * rest are checked and dropped), for a driver that only validates.
     */
    public static List<Scenario> scenarios(SweepSpec spec, SweepPlan plan, boolean keepAll) throws InputException {
        List<Scenario> out = new ArrayList<>(keepAll ? plan.points() : 1);
        List<String> problems = new ArrayList<>();
        SweepPoints points = SweepPoints.of(spec, plan);
        for (int p = 0; p < plan.points(); p++) {
            try {
                Scenario s = points.scenario(p);
                if (keepAll || p == 0) {
                    out.add(s);
                }
            } catch (InputException e) {
                if (problems.size() < 10) {
                    problems.addAll(e.problems());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }

    /** The scenario of one point (as {@link #scenarios} builds it), or its problem in the same words. */
    public static Scenario pointScenario(SweepSpec spec, SweepPlan plan, int p) throws InputException {
        return SweepPoints.of(spec, plan).scenario(p);
    }

    /**
     * The resolved spec written to sweep.json: parameters, design, replicates, seed, outcomes, the number of points
     * and the base as it resolves now (point 0's scenario), with the SHA-256 {@code hash} of all that.
     */
    public static ObjectNode resolvedSpec(SweepSpec spec, SweepPlan plan, Scenario first) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("name", spec.name());
        n.put("description", spec.description());
        n.put("design", spec.design().name().toLowerCase(Locale.ROOT));
        n.put("samples", spec.samples());
        n.put("replicates", spec.replicates());
        n.put("seed", spec.seed());
        n.put("morrisLevels", spec.morrisLevels());
        n.put("bootstrap", spec.bootstrap());
        ArrayNode outs = n.putArray("outcomes");
        spec.outcomes().forEach(o -> outs.add(o.column()));
        ArrayNode params = n.putArray("parameters");
        for (SweepParameter p : spec.parameters()) {
            ObjectNode pn = params.addObject();
            pn.put("path", p.path());
            pn.put("integer", p.integer());
            if (p.values() != null) {
                ArrayNode vs = pn.putArray("values");
                Arrays.stream(p.values()).forEach(vs::add);
            } else {
                pn.put("min", p.min());
                pn.put("max", p.max());
                pn.put("steps", p.steps());
                pn.put("scale", p.log() ? "log" : "linear");
            }
        }
        n.put("points", plan.points());
        // the base as it resolves now: editing the base file changes the hash, so a resume sees it
        ObjectNode base = ScenarioFiles.toTree(first.named("base", ""));
        n.set("base", base);
        n.put("hash", sha256(JSON.writeValueAsString(n)));
        return n;
    }

    /** The table of the sweep's runs.csv. */
    static CsvTable<SweepRunRow> table(SweepSpec spec) {
        return SweepRunRow.table(spec.parameterPaths(), spec.custom());
    }

    /**
     * Reads the rows already in the journal into {@code done}; a last line without its line end (a kill
     * mid-write) is cut off the file. A malformed complete line is an error: the file was edited.
     */
    static void scanJournal(Path runs, CsvTable<SweepRunRow> table, int replicates, int points, BitSet done)
            throws IOException, InputException {
        cutPartialLine(runs);
        JournalReader.forEach(runs, table, (row, offset, lineNo) -> {
            int point = row.point();
            int rep = row.replicate();
            if (point < 0 || point >= points || rep < 0 || rep >= replicates) {
                throw new InputException(runs + ": line " + lineNo + ": point " + point + ", replicate " + rep
                        + " outside this sweep");
            }
            done.set(point * replicates + rep);
        });
    }

    /** Cuts a last line without its line end (a kill mid-write) off a journal. */
    static void cutPartialLine(Path journal) throws IOException {
        org.communitysim.experiments.io.TornLines.cut(journal);
    }

    private static String seriesJson(SeriesOptions series) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("every", series.every());
        ArrayNode ms = n.putArray("metrics");
        series.columns().forEach(ms::add);
        n.put("options", series.describe());
        return JSON.writeValueAsString(n) + "\n";
    }

    /** A resume keeps the series options the sweep was started with (or none, if it kept none). */
    private static void checkSeriesOptions(Path outDir, SeriesOptions series) throws IOException, InputException {
        Path file = outDir.resolve(SERIES_OPTIONS);
        String stored = Files.exists(file) ? JSON.readTree(file.toFile()).path("options").asText() : null;
        String given = series != null ? series.describe() : null;
        if (stored == null && given == null || stored != null && stored.equals(given)) {
            return;
        }
        if (stored == null) {
            throw new InputException("--resume " + outDir + ": the sweep was started without --keep-series; its runs so "
                    + "far kept no series. Resume it without --keep-series, or start a new sweep with another --out");
        }
        throw new InputException("--resume " + outDir + ": the sweep was started with " + stored + "; give the same "
                + "options to resume it" + (given != null ? " (got " + given + ")" : ""));
    }

    /**
     * series.parquet from the journal: sorted by point, replicate and day, duplicate rows dropped (DuckDB, spilling
     * to disk past its memory limit), then the journal is deleted.
     */
    static void finishSeries(SeriesOptions series, Path journal, Path target, long expectedRows) throws IOException {
        CsvTable<SeriesOptions.Row> table = series.table();
        List<CellType> types = new ArrayList<>(List.of(CellType.INTEGER, CellType.INTEGER, CellType.INTEGER));
        for (int i = 0; i < series.metrics().size(); i++) {
            types.add(CellType.NUMBER);
        }
        ParquetStore.convert(journal, new CsvShape(table.columns(), types, expectedRows), target,
                new ParquetStore.Sort(List.of("point", "replicate", "day")));
        Files.delete(journal);
    }

    private static void runMissing(SweepSpec spec, SweepPlan plan, List<Scenario> scenarios, BitSet done,
            Path runsFile, SeriesOptions series, Path seriesJournal, int threads, Ensemble.Progress progress,
            long already, long total) throws IOException, InterruptedException {
        int points = plan.points();
        int replicates = spec.replicates();
        // tasks: replicate-major, chunks of points, so a thread's consecutive runs mostly share one world
        int chunk = Math.max(1, Math.min(64, points / Math.max(1, threads * 4)));
        AtomicLong count = new AtomicLong(already);
        try (Journal journal = new Journal(runsFile, table(spec), series, seriesJournal)) {
            ExecutorService pool = Workers.pool(threads, "community-sim-sweep");
            ThreadLocal<SweepRows.Runner> runners = ThreadLocal.withInitial(SweepRows.Runner::new);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int r = 0; r < replicates; r++) {
                    for (int from = 0; from < points; from += chunk) {
                        int rep = r;
                        int start = from;
                        int end = Math.min(points, from + chunk);
                        boolean any = false;
                        for (int p = start; p < end && !any; p++) {
                            any = !done.get(p * replicates + rep);
                        }
                        if (!any) {
                            continue;
                        }
                        futures.add(pool.submit(() -> {
                            SweepRows.Runner runner = runners.get();
                            for (int p = start; p < end; p++) {
                                if (done.get(p * replicates + rep)) {
                                    continue;
                                }
                                journal.append(runner.runFull(scenarios.get(p), p, plan.values()[p], rep, spec.seed()));
                                progress.update((int) Math.min(Integer.MAX_VALUE, count.incrementAndGet()),
                                        (int) Math.min(Integer.MAX_VALUE, total));
                            }
                            return null;
                        }));
                    }
                }
                try {
                    Workers.awaitAll(futures);
                } catch (java.io.UncheckedIOException e) {
                    throw e.getCause();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /**
     * Appends rows through the CSV writer; flushes every {@value #FLUSH_ROWS} rows or second. With kept series, a run's
     * series rows are written and flushed before its runs.csv row, so a row on disk always has its series on disk.
     * Thread-safe.
     */
    private static final class Journal implements AutoCloseable {
        private final Path path;
        private final BufferedWriter file;
        private final Csv.RowWriter<SweepRunRow> out;
        private final SeriesOptions series;
        private final BufferedWriter seriesFile;
        private final Csv.RowWriter<SeriesOptions.Row> seriesOut;
        private int unflushed;
        private long lastFlush = System.nanoTime();

        Journal(Path path, CsvTable<SweepRunRow> table, SeriesOptions series, Path seriesPath) throws IOException {
            this.path = path;
            file = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            out = Csv.writer(file, table, false);
            this.series = series;
            if (series != null) {
                seriesFile = Files.newBufferedWriter(seriesPath, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                seriesOut = Csv.writer(seriesFile, series.table(), false);
            } else {
                seriesFile = null;
                seriesOut = null;
            }
        }

        synchronized void append(SweepRows.Ran ran) throws IOException {
            SweepRunRow row = ran.row();
            try {
                if (series != null) {
                    int k = series.metrics().size();
                    for (int d : series.days(ran.daily().days())) {
                        double[] v = new double[k];
                        for (int m = 0; m < k; m++) {
                            v[m] = ran.daily().get(series.metrics().get(m), d);
                        }
                        seriesOut.write(new SeriesOptions.Row(row.point(), row.replicate(), d, v));
                    }
                    seriesOut.flush();
                    seriesFile.flush();
                }
                out.write(row);
                unflushed++;
                long now = System.nanoTime();
                if (unflushed >= FLUSH_ROWS || now - lastFlush > FLUSH_NANOS) {
                    out.flush();
                    unflushed = 0;
                    lastFlush = now;
                }
            } catch (java.nio.file.FileSystemException e) {
                throw e;
            } catch (IOException e) { // "No space left on device" names no file: name it
                java.nio.file.FileSystemException named =
                        new java.nio.file.FileSystemException(path.toString(), null, e.getMessage());
                named.initCause(e);
                throw named;
            }
        }

        @Override
        public synchronized void close() throws IOException {
            try (file; BufferedWriter s = seriesFile) {
                out.close();
                if (seriesOut != null) {
                    seriesOut.close();
                }
            }
        }
    }

    /**
     * Rewrites runs.csv sorted by (point, replicate) — atomically — and aggregates each point's replicates (the
     * caller writes points.csv). Memory: one offset per run and one row at a time: the journal is indexed by the
     * offset of each run's line, then each line is read at its offset, parsed into its row and written in order.
     */
    static PointAggregator finish(SweepSpec spec, SweepPlan plan, Path runsFile, Path outDir)
            throws IOException, InputException {
        int replicates = spec.replicates();
        CsvTable<SweepRunRow> table = table(spec);
        long[] offsets = new long[plan.points() * replicates];
        Arrays.fill(offsets, -1);
        JournalReader.forEach(runsFile, table,
                (row, offset, lineNo) -> offsets[row.point() * replicates + row.replicate()] = offset);
        for (int i = 0; i < offsets.length; i++) {
            if (offsets[i] < 0) {
                throw new IllegalStateException("run " + (i / replicates) + "/" + (i % replicates) + " missing");
            }
        }
        PointAggregator aggregate = new PointAggregator(spec, plan);
        CsvShape[] shape = new CsvShape[1];
        try (RandomAccessFile raf = new RandomAccessFile(runsFile.toFile(), "r")) {
            AtomicFiles.writeText(outDir.resolve(RUNS_FILE), w -> {
                try (Csv.RowWriter<SweepRunRow> out = Csv.writer(w, table, true)) {
                    for (long offset : offsets) {
                        raf.seek(offset);
                        SweepRunRow row = table.read(Csv.parseLine(
                                new String(raf.readLine().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)));
                        out.write(row);
                        aggregate.add(row);
                    }
                    shape[0] = out.shape();
                }
            });
        }
        ParquetStore.besideCsv(outDir.resolve(RUNS_FILE), shape[0]);
        return aggregate;
    }

    static List<SensitivityIndices> sensitivity(SweepSpec spec, SweepPlan plan, List<PointSummary> summaries) {
        List<SensitivityIndices> out = new ArrayList<>();
        if (plan.morris() == null && plan.saltelli() == null) {
            return out;
        }
        long seed = Seeds.streamSeed(spec.seed(), "sweep-bootstrap");
        for (RunOutcome o : spec.outcomes()) {
            double[] y = summaries.stream().mapToDouble(s -> s.summaries().get(o).mean()).toArray();
            out.add(plan.morris() != null
                    ? Morris.analyze(plan.morris(), y, spec.parameterPaths(), o.column(), spec.bootstrap(), seed)
                    : SobolIndices.analyze(plan.saltelli(), y, spec.parameterPaths(), o.column(), spec.bootstrap(), seed));
        }
        return out;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
