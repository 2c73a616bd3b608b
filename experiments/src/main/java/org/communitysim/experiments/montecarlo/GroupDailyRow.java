package org.communitysim.experiments.montecarlo;

import java.util.ArrayList;
import java.util.List;
import org.communitysim.experiments.io.CsvTable;
import org.communitysim.model.DailyMetric;

/**
 * One day of one group in one run: a row of group_daily.csv (with --keep-series, in a world of many groups).
 *
 * @param scenario  scenario name
 * @param replicate replicate index
 * @param group     the group's index
 * @param day       day index (0 before the group opened)
 * @param metrics   every daily metric of that group that day, indexed by {@link DailyMetric#ordinal()}
 */
public record GroupDailyRow(String scenario, int replicate, int group, int day, double[] metrics) {

    /** group_daily.csv: scenario, replicate, group, day, then every daily metric. */
    public static final CsvTable<GroupDailyRow> TABLE = CsvTable.of(columns(),
            (row, out) -> out.text(row.scenario()).integer(row.replicate()).integer(row.group()).integer(row.day())
                    .numbers(row.metrics()));

    private static List<String> columns() {
        List<String> c = new ArrayList<>(List.of("scenario", "replicate", "group", "day"));
        for (DailyMetric m : DailyMetric.values()) {
            c.add(m.column());
        }
        return c;
    }
}
