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
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.communitysim.experiments.InputException;
import org.communitysim.experiments.io.AtomicFiles;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.communitysim.experiments.montecarlo.TidyCsv;
import org.communitysim.experiments.montecarlo.Workers;
import org.communitysim.experiments.scenario.ScenarioFiles;
import org.communitysim.experiments.stats.Stats;
import org.communitysim.experiments.stats.Summary;
import org.communitysim.experiments.sweep.sensitivity.Morris;
import org.communitysim.experiments.sweep.sensitivity.SobolIndices;
import org.communitysim.model.CommunityModel;
import org.communitysim.model.Outcome;
import org.communitysim.model.RunResult;
import org.communitysim.model.World;
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
    static final String SPEC_FILE = "sweep.json";
    static final String RUNS_FILE = "runs.csv";
    static final String POINTS_FILE = "points.csv";
    static final String SENSITIVITY_FILE = "sensitivity.csv";
    private static final Outcome[] OUTCOMES = Outcome.values();
    private static final int FLUSH_ROWS = 64;
    private static final long FLUSH_NANOS = 1_000_000_000L;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SweepRunner() {
    }

    public static SweepResult run(SweepSpec spec, Path outDir, boolean resume, int threads, String command,
            String version, Ensemble.Progress progress) throws IOException, InterruptedException, InputException {
        SweepPlan plan = SweepPlan.of(spec);
        List<Scenario> scenarios = scenarios(spec, plan);
        ObjectNode resolved = resolvedSpec(spec, plan, scenarios.get(0));
        String hash = sha256(JSON.writeValueAsString(resolved));
        resolved.put("hash", hash);
        Path specFile = outDir.resolve(SPEC_FILE);
        Path runsFile = outDir.resolve(RUNS_FILE);
        int points = plan.points();
        int replicates = spec.replicates();
        long total = (long) points * replicates;
        if (total > Integer.MAX_VALUE) {
            throw new InputException(spec.file() + ": the sweep has " + total + " runs; at most " + Integer.MAX_VALUE);
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
            if (Files.exists(runsFile)) {
                scanJournal(runsFile, header(spec).length(), spec.parameters().size(), replicates, points, done);
            }
        } else {
            if (Files.exists(specFile) || Files.exists(runsFile)) {
                throw new InputException("--out " + outDir + " already holds a sweep; continue it with --resume "
                        + outDir + " or choose another --out");
            }
            AtomicFiles.writeString(specFile, JSON.writeValueAsString(resolved) + "\n");
        }
        if (!Files.exists(runsFile)) {
            Files.writeString(runsFile, header(spec) + "\n", StandardCharsets.UTF_8);
        }

        long already = done.cardinality();
        long t0 = System.nanoTime();
        runMissing(spec, plan, scenarios, done, runsFile, threads, progress, already, total);
        double wall = (System.nanoTime() - t0) / 1e9;

        List<PointSummary> summaries = finish(spec, plan, runsFile, outDir);
        List<SensitivityIndices> sensitivity = sensitivity(spec, plan, summaries);
        if (!sensitivity.isEmpty()) {
            writeSensitivity(outDir.resolve(SENSITIVITY_FILE), sensitivity);
        }
        return new SweepResult(spec, summaries, sensitivity, total, total - already, wall, command, version);
    }

    /** The scenario of every point: the base with the point's values set, validated once, before any run. */
    static List<Scenario> scenarios(SweepSpec spec, SweepPlan plan) throws InputException {
        List<Scenario> out = new ArrayList<>(plan.points());
        List<String> problems = new ArrayList<>();
        for (int p = 0; p < plan.points(); p++) {
            List<String> sets = new ArrayList<>();
            for (int j = 0; j < spec.parameters().size(); j++) {
                SweepParameter sp = spec.parameters().get(j);
                sets.add(sp.path() + "=" + SweepSpecs.format(plan.values()[p][j], sp.integer()));
            }
            try {
                out.add(ScenarioFiles.load(spec.base(), sets).named(spec.name() + "-p" + p,
                        "point " + p + ": " + String.join(", ", sets)));
            } catch (InputException e) {
                if (problems.size() < 10) {
                    problems.add(spec.file() + ": point " + p + " (" + String.join(", ", sets)
                            + ") is not a valid scenario: " + String.join("; ", e.problems()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }

    private static ObjectNode resolvedSpec(SweepSpec spec, SweepPlan plan, Scenario first) throws IOException {
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
        return n;
    }

    static String header(SweepSpec spec) {
        StringBuilder sb = new StringBuilder("point");
        for (SweepParameter p : spec.parameters()) {
            sb.append(',').append(TidyCsv.text(p.path()));
        }
        sb.append(",replicate,seed");
        for (Outcome o : OUTCOMES) {
            sb.append(',').append(o.column());
        }
        return sb.toString();
    }

    /**
     * Reads the rows already in the journal into {@code done}; a last line without its line end (a kill
     * mid-write) is cut off the file. A malformed complete line is an error: the file was edited.
     */
    static void scanJournal(Path runs, int headerLength, int parameters, int replicates, int points, BitSet done)
            throws IOException, InputException {
        int fields = 1 + parameters + 2 + OUTCOMES.length;
        long keep;
        try (RandomAccessFile raf = new RandomAccessFile(runs.toFile(), "rw")) {
            long length = raf.length();
            keep = length;
            // find the end of the last complete line
            long pos = length - 1;
            while (pos >= 0) {
                raf.seek(pos);
                if (raf.read() == '\n') {
                    break;
                }
                pos--;
            }
            keep = pos + 1;
            if (keep < length) {
                raf.setLength(keep); // discard the truncated last line
            }
        }
        if (keep == 0) { // not even a header: write it again
            return;
        }
        try (var lines = Files.lines(runs, StandardCharsets.UTF_8)) {
            var it = lines.iterator();
            if (!it.hasNext()) {
                return;
            }
            it.next(); // header
            long lineNo = 1;
            while (it.hasNext()) {
                String line = it.next();
                lineNo++;
                String[] f = line.split(",", -1);
                if (f.length != fields) {
                    throw new InputException(runs + ": line " + lineNo + " has " + f.length + " fields, expected "
                            + fields + "; the file was edited or belongs to another sweep");
                }
                int point;
                int rep;
                try {
                    point = Integer.parseInt(f[0]);
                    rep = Integer.parseInt(f[1 + parameters]);
                } catch (NumberFormatException e) {
                    throw new InputException(runs + ": line " + lineNo + ": bad point or replicate: " + line);
                }
                if (point < 0 || point >= points || rep < 0 || rep >= replicates) {
                    throw new InputException(runs + ": line " + lineNo + ": point " + point + ", replicate " + rep
                            + " outside this sweep");
                }
                done.set(point * replicates + rep);
            }
        }
    }

    private static void runMissing(SweepSpec spec, SweepPlan plan, List<Scenario> scenarios, BitSet done,
            Path runsFile, int threads, Ensemble.Progress progress, long already, long total)
            throws IOException, InterruptedException {
        int points = plan.points();
        int replicates = spec.replicates();
        // tasks: replicate-major, chunks of points, so a thread's consecutive runs mostly share one world
        int chunk = Math.max(1, Math.min(64, points / Math.max(1, threads * 4)));
        AtomicLong count = new AtomicLong(already);
        try (Journal journal = new Journal(runsFile)) {
            ExecutorService pool = Workers.pool(threads, "community-sim-sweep");
            ThreadLocal<Object[]> lastWorld = new ThreadLocal<>();
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
                            long seed = Seeds.runSeed(spec.seed(), rep);
                            for (int p = start; p < end; p++) {
                                if (done.get(p * replicates + rep)) {
                                    continue;
                                }
                                Scenario sc = scenarios.get(p);
                                List<Object> key = List.of(rep, sc.population(), sc.network());
                                Object[] cached = lastWorld.get();
                                World world;
                                if (cached != null && cached[0].equals(key)) {
                                    world = (World) cached[1];
                                } else {
                                    world = World.build(sc, seed);
                                    lastWorld.set(new Object[] {key, world});
                                }
                                RunResult result = CommunityModel.run(sc, world, seed);
                                journal.append(row(spec, plan, p, rep, seed, result.summary().values()));
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

    static String row(SweepSpec spec, SweepPlan plan, int point, int rep, long seed, double[] outcomes) {
        StringBuilder sb = new StringBuilder(512);
        sb.append(point);
        for (int j = 0; j < spec.parameters().size(); j++) {
            sb.append(',').append(TidyCsv.number(plan.values()[point][j]));
        }
        sb.append(',').append(rep).append(',').append(seed);
        for (double v : outcomes) {
            sb.append(',').append(TidyCsv.number(v));
        }
        return sb.toString();
    }

    /** Appends rows; flushes every {@value #FLUSH_ROWS} rows or second. Thread-safe. */
    private static final class Journal implements AutoCloseable {
        private final BufferedWriter out;
        private int unflushed;
        private long lastFlush = System.nanoTime();

        Journal(Path file) throws IOException {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }

        synchronized void append(String line) throws IOException {
            out.write(line);
            out.write('\n');
            unflushed++;
            long now = System.nanoTime();
            if (unflushed >= FLUSH_ROWS || now - lastFlush > FLUSH_NANOS) {
                out.flush();
                unflushed = 0;
                lastFlush = now;
            }
        }

        @Override
        public synchronized void close() throws IOException {
            out.close();
        }
    }

    /**
     * Rewrites runs.csv sorted by (point, replicate) — atomically — and aggregates each point's replicates into
     * points.csv. Memory: one offset per run and one point's rows at a time.
     */
    static List<PointSummary> finish(SweepSpec spec, SweepPlan plan, Path runsFile, Path outDir)
            throws IOException, InputException {
        int points = plan.points();
        int replicates = spec.replicates();
        int params = spec.parameters().size();
        long[] offsets = new long[points * replicates];
        Arrays.fill(offsets, -1);
        try (RandomAccessFile raf = new RandomAccessFile(runsFile.toFile(), "r")) {
            String header = raf.readLine();
            if (header == null) {
                throw new InputException(runsFile + ": empty");
            }
            long pos = raf.getFilePointer();
            String line;
            while ((line = raf.readLine()) != null) {
                int c1 = line.indexOf(',');
                String[] f = line.split(",", params + 3);
                int point = Integer.parseInt(line.substring(0, c1));
                int rep = Integer.parseInt(f[1 + params]);
                offsets[point * replicates + rep] = pos;
                pos = raf.getFilePointer();
            }
        }
        for (int i = 0; i < offsets.length; i++) {
            if (offsets[i] < 0) {
                throw new IllegalStateException("run " + (i / replicates) + "/" + (i % replicates) + " missing");
            }
        }
        List<Outcome> outs = spec.outcomes();
        List<PointSummary> summaries = new ArrayList<>(points);
        Path sorted = outDir.resolve(RUNS_FILE);
        StringBuilder pointsCsv = new StringBuilder("point");
        for (SweepParameter p : spec.parameters()) {
            pointsCsv.append(',').append(TidyCsv.text(p.path()));
        }
        pointsCsv.append(",outcome,n,mean,sd,median,ci_low,ci_high\n");
        try (RandomAccessFile raf = new RandomAccessFile(runsFile.toFile(), "r")) {
            String header = header(spec);
            AtomicFiles.writeText(sorted, w -> {
                w.write(header);
                w.write('\n');
                double[][] values = new double[outs.size()][replicates];
                for (int p = 0; p < points; p++) {
                    for (int r = 0; r < replicates; r++) {
                        raf.seek(offsets[p * replicates + r]);
                        String line = new String(raf.readLine().getBytes(StandardCharsets.ISO_8859_1),
                                StandardCharsets.UTF_8);
                        w.write(line);
                        w.write('\n');
                        String[] f = line.split(",", -1);
                        for (int o = 0; o < outs.size(); o++) {
                            String s = f[params + 3 + outs.get(o).ordinal()];
                            values[o][r] = s.isEmpty() ? Double.NaN : Double.parseDouble(s);
                        }
                    }
                    Map<Outcome, Summary> m = new EnumMap<>(Outcome.class);
                    for (int o = 0; o < outs.size(); o++) {
                        Summary s = Stats.summarize(values[o]);
                        m.put(outs.get(o), s);
                        pointsCsv.append(p);
                        for (int j = 0; j < params; j++) {
                            pointsCsv.append(',').append(TidyCsv.number(plan.values()[p][j]));
                        }
                        pointsCsv.append(',').append(outs.get(o).column()).append(',').append(s.n())
                                .append(',').append(TidyCsv.number(s.mean())).append(',').append(TidyCsv.number(s.sd()))
                                .append(',').append(TidyCsv.number(s.median()))
                                .append(',').append(TidyCsv.number(s.ciLow()))
                                .append(',').append(TidyCsv.number(s.ciHigh())).append('\n');
                    }
                    summaries.add(new PointSummary(p, plan.values()[p].clone(), m));
                }
            });
        }
        AtomicFiles.writeString(outDir.resolve(POINTS_FILE), pointsCsv.toString());
        return summaries;
    }

    static List<SensitivityIndices> sensitivity(SweepSpec spec, SweepPlan plan, List<PointSummary> summaries) {
        List<SensitivityIndices> out = new ArrayList<>();
        if (plan.morris() == null && plan.saltelli() == null) {
            return out;
        }
        long seed = Seeds.streamSeed(spec.seed(), "sweep-bootstrap");
        for (Outcome o : spec.outcomes()) {
            double[] y = summaries.stream().mapToDouble(s -> s.summaries().get(o).mean()).toArray();
            out.add(plan.morris() != null
                    ? Morris.analyze(plan.morris(), y, spec.parameterPaths(), o.column(), spec.bootstrap(), seed)
                    : SobolIndices.analyze(plan.saltelli(), y, spec.parameterPaths(), o.column(), spec.bootstrap(), seed));
        }
        return out;
    }

    static void writeSensitivity(Path file, List<SensitivityIndices> all) throws IOException {
        AtomicFiles.writeText(file, w -> {
            w.write("method,outcome,parameter,index,value,ci_low,ci_high\n");
            for (SensitivityIndices s : all) {
                boolean morris = s.method().equals("morris");
                for (int j = 0; j < s.parameters().size(); j++) {
                    String prefix = s.method() + "," + s.outcome() + "," + TidyCsv.text(s.parameters().get(j)) + ",";
                    w.write(prefix + (morris ? "mu_star" : "S1") + "," + TidyCsv.number(s.first()[j]) + ","
                            + TidyCsv.number(s.firstLow()[j]) + "," + TidyCsv.number(s.firstHigh()[j]) + "\n");
                    w.write(prefix + (morris ? "sigma" : "ST") + "," + TidyCsv.number(s.second()[j]) + ","
                            + TidyCsv.number(s.secondLow()[j]) + "," + TidyCsv.number(s.secondHigh()[j]) + "\n");
                    if (morris && s.mu() != null) {
                        w.write(prefix + "mu," + TidyCsv.number(s.mu()[j]) + ",,\n");
                    }
                }
            }
        });
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
