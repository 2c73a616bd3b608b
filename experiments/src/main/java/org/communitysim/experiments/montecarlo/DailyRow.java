package org.communitysim.experiments.montecarlo;

import java.util.List;
import org.communitysim.experiments.io.CsvTable;
import org.communitysim.model.DailyMetric;

/**
 * The distribution over replicates of one daily metric of one scenario on one day: a row of daily.csv.
 *
 * @param scenario scenario name
 * @param day      day index, 0 = seeding day
 * @param metric   the metric
 * @param mean     mean over replicates
 * @param p5       5% quantile over replicates (type 7), and so on
 */
public record DailyRow(String scenario, int day, DailyMetric metric, double mean, double p5, double p25, double p50,
        double p75, double p95) {

    /** daily.csv: scenario, day, metric, mean and the quantiles {@link DailyBands#QUANTILES}. */
    public static final CsvTable<DailyRow> TABLE = CsvTable.of(
            List.of("scenario", "day", "metric", "mean", "p5", "p25", "p50", "p75", "p95"),
            (row, out) -> out.text(row.scenario()).integer(row.day()).text(row.metric().column()).number(row.mean())
                    .number(row.p5()).number(row.p25()).number(row.p50()).number(row.p75()).number(row.p95()));
}
