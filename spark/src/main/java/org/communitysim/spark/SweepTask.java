package org.communitysim.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.communitysim.experiments.io.Csv;
import org.communitysim.experiments.sweep.SweepPoints;
import org.communitysim.experiments.sweep.SweepRows;
import org.communitysim.experiments.sweep.SweepRunRow;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.InputException;

/**
 * What an executor needs to compute any run of a sweep, and the function that computes one part of the runs: a
 * plain serializable value (shipped once per executor as a broadcast). Run id i is point {@code i / replicates},
 * replicate {@code i % replicates}; part k holds a contiguous range of ids ({@link Ranges}) and returns its part
 * file's lines — the header, then one {@link SweepRunRow} per run in id order, formatted by the CSV library — so the result of a task depends only on k, and the
 * part files read in order are the local runner's sorted runs.csv.
 */
final class SweepTask implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String baseJson;
    private final ArrayList<String> paths;
    private final boolean[] integer;
    private final double[][] values;
    private final int replicates;
    private final long seed;
    private final int parts;
    private final String header;
    private final String specFile;
    private final String basePath;
    private transient SweepPoints points;

    SweepTask(String name, String baseJson, String specFile, String basePath, List<String> paths, boolean[] integer,
            double[][] values, int replicates, long seed, int parts) {
        this.name = name;
        this.baseJson = baseJson;
        this.specFile = specFile;
        this.basePath = basePath;
        this.paths = new ArrayList<>(paths);
        this.integer = integer.clone();
        this.values = values;
        this.replicates = replicates;
        this.seed = seed;
        this.parts = parts;
        this.header = Csv.lines(SweepRunRow.table(paths)).header();
    }

    long runs() {
        return (long) values.length * replicates;
    }

    int parts() {
        return parts;
    }

    String header() {
        return header;
    }

    /**
     * The points, from the base's JSON resolved once per task object (on an executor: once per deserialised copy),
     * their problems worded as the local runner words them (naming the spec and the base file).
     */
    private synchronized SweepPoints points() {
        if (points == null) {
            points = SweepPoints.of(ScenarioJson.draft(baseJson, basePath), name, specFile, paths, integer, values);
        }
        return points;
    }

    /** The scenario of a point, built as the driver (and the local runner) builds it: base + the point's values. */
    Scenario scenario(int point) {
        try {
            return points().scenario(point);
        } catch (InputException e) {
            // the driver validated every point before submitting the job: this is a bug, not an input error
            throw new IllegalStateException("a sweep point no longer loads: " + String.join("; ", e.problems()), e);
        }
    }

    /**
     * Validation on the executors, for sweeps with many points: the input errors of the points of part k of
     * {@code parts} (points split as run ids are), worded as the local runner words them.
     */
    Iterator<String> invalidPoints(int k, int parts) {
        int from = (int) Ranges.from(values.length, parts, k);
        int to = (int) Ranges.from(values.length, parts, k + 1);
        List<String> problems = new ArrayList<>();
        SweepPoints checked = points();
        for (int p = from; p < to; p++) {
            try {
                checked.scenario(p);
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        return problems.iterator();
    }

    /**
     * The lines of part k. Runs are computed replicate by replicate over the part's points (so consecutive runs share
     * a world where the population and network agree, as in the local runner), then emitted in id order.
     */
    Iterator<String> part(int k) {
        long from = Ranges.from(runs(), parts, k);
        long to = Ranges.from(runs(), parts, k + 1);
        Csv.LineFormatter<SweepRunRow> format = Csv.lines(SweepRunRow.table(paths));
        String[] rows = new String[(int) (to - from)];
        int firstPoint = (int) (from / replicates);
        int lastPoint = (int) ((to - 1) / replicates);
        Map<Integer, Scenario> scenarios = new HashMap<>();
        SweepRows.Runner runner = new SweepRows.Runner();
        for (int r = 0; r < replicates; r++) {
            for (int p = firstPoint; p <= lastPoint; p++) {
                long id = (long) p * replicates + r;
                if (id < from || id >= to) {
                    continue;
                }
                Scenario sc = scenarios.computeIfAbsent(p, this::scenario);
                rows[(int) (id - from)] = format.format(runner.run(sc, p, values[p], r, seed));
            }
        }
        List<String> lines = new ArrayList<>(rows.length + 1);
        lines.add(header);
        lines.addAll(Arrays.asList(rows));
        Iterator<String> it = lines.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public String next() {
                String line = it.next();
                if (!it.hasNext()) {
                    FaultInjection.maybeFail(k); // tests: fail with all but the last line written
                }
                return line;
            }
        };
    }
}
