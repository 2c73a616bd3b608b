package org.communitysim.experiments.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.communitysim.experiments.io.CsvTable;
import org.communitysim.model.DailyMetric;
import org.communitysim.scenario.file.InputException;

/**
 * Which daily series a sweep keeps ({@code sweep --keep-series}, docs/sweeps.md): every {@code every}-th day (days 0,
 * k, 2k, …) of the chosen metrics, for every run. They stream to a journal beside runs.csv and end as
 * {@code series.parquet}, one row per run and kept day.
 *
 * @param every   keep day d when d mod every = 0 (1: every day)
 * @param metrics the daily metrics kept, in declaration order
 */
public record SeriesOptions(int every, List<DailyMetric> metrics) {
    public SeriesOptions {
        metrics = List.copyOf(metrics);
    }

    /**
     * Parses the command line's options: {@code every} >= 1 and a comma-separated list of daily metric columns (null
     * or "all": every metric). Unknown names are input errors naming the allowed ones.
     */
    public static SeriesOptions parse(int every, String metrics) throws InputException {
        List<String> problems = new ArrayList<>();
        if (every < 1) {
            problems.add("--series-every must be >= 1 (1 keeps every day), got " + every);
        }
        List<DailyMetric> chosen = new ArrayList<>();
        if (metrics == null || metrics.isBlank() || metrics.strip().equalsIgnoreCase("all")) {
            chosen.addAll(List.of(DailyMetric.values()));
        } else {
            List<String> names = new ArrayList<>();
            for (String n : metrics.split(",")) {
                names.add(n.strip().toLowerCase(Locale.ROOT));
            }
            for (DailyMetric m : DailyMetric.values()) {
                if (names.contains(m.column())) {
                    chosen.add(m);
                }
            }
            for (String n : names) {
                if (chosen.stream().noneMatch(m -> m.column().equals(n))) {
                    problems.add("--series-metrics: unknown daily metric '" + n + "'; allowed: "
                            + String.join(", ", columns(List.of(DailyMetric.values()))) + " (or all)");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new SeriesOptions(every, chosen);
    }

    /** The days kept of a run of {@code days} days (day 0 … days − 1). */
    public int[] days(int days) {
        int n = (days + every - 1) / every;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i * every;
        }
        return out;
    }

    /** The metrics' column names. */
    public List<String> columns() {
        return columns(metrics);
    }

    private static List<String> columns(List<DailyMetric> ms) {
        return ms.stream().map(DailyMetric::column).toList();
    }

    /** How the options read on a command line (for messages and sweep.json's sidecar). */
    public String describe() {
        return "--keep-series --series-every " + every + " --series-metrics " + String.join(",", columns());
    }

    /** series.parquet's table: point, replicate, day, then the kept metrics. */
    public CsvTable<Row> table() {
        List<String> c = new ArrayList<>(List.of("point", "replicate", "day"));
        c.addAll(columns());
        int k = metrics.size();
        return CsvTable.readable(c, (row, out) -> out.integer(row.point()).integer(row.replicate()).integer(row.day())
                .numbers(row.values()), in -> new Row(in.integer(0), in.integer(1), in.integer(2), in.numbers(3, k)));
    }

    /**
     * One kept day of one run: a row of series.parquet.
     *
     * @param point     design point
     * @param replicate replicate index
     * @param day       day index
     * @param values    the kept metrics that day, in {@link #metrics()} order
     */
    public record Row(int point, int replicate, int day, double[] values) {
    }
}
