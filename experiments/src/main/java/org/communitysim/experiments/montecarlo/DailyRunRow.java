package org.communitysim.experiments.montecarlo;

import java.util.ArrayList;
import java.util.List;
import org.communitysim.experiments.io.CsvTable;
import org.communitysim.model.DailyMetric;

/**
 * One day of one run: a row of daily_runs.csv (with --keep-series).
 *
 * @param scenario  scenario name
 * @param replicate replicate index
 * @param day       day index
 * @param metrics   every daily metric that day, indexed by {@link DailyMetric#ordinal()}
 */
public record DailyRunRow(String scenario, int replicate, int day, double[] metrics) {

    /** daily_runs.csv: scenario, replicate, day, then every daily metric. */
    public static final CsvTable<DailyRunRow> TABLE = CsvTable.of(columns(),
            (row, out) -> out.text(row.scenario()).integer(row.replicate()).integer(row.day()).numbers(row.metrics()));

    private static List<String> columns() {
        List<String> c = new ArrayList<>(List.of("scenario", "replicate", "day"));
        for (DailyMetric m : DailyMetric.values()) {
            c.add(m.column());
        }
        return c;
    }
}
