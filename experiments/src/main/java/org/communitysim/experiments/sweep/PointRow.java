package org.communitysim.experiments.sweep;

import java.util.ArrayList;
import java.util.List;
import org.communitysim.experiments.io.CsvTable;
import org.communitysim.experiments.stats.Summary;
import org.communitysim.model.Outcome;
import org.communitysim.model.RunOutcome;

/**
 * One outcome of interest at one design point, over the point's replicates: a row of points.csv.
 *
 * @param point   design point index
 * @param values  the varied parameters' values at the point
 * @param outcome the outcome
 * @param summary n, mean, sd, median and the 95% Student-t interval of the mean
 */
public record PointRow(int point, double[] values, RunOutcome outcome, Summary summary) {

    /** points.csv: point, the varied parameters, outcome, n, mean, sd, median, ci_low, ci_high. */
    public static CsvTable<PointRow> table(List<String> parameterPaths) {
        List<String> columns = new ArrayList<>(List.of("point"));
        columns.addAll(parameterPaths);
        columns.addAll(List.of("outcome", "n", "mean", "sd", "median", "ci_low", "ci_high"));
        return CsvTable.of(columns, (row, out) -> {
            Summary s = row.summary();
            out.integer(row.point()).numbers(row.values()).text(row.outcome().column()).integer(s.n())
                    .number(s.mean()).number(s.sd()).number(s.median()).number(s.ciLow()).number(s.ciHigh());
        });
    }

    /** The rows of every point, point by point, the outcomes in the order of interest. */
    public static List<PointRow> of(List<PointSummary> points, List<RunOutcome> outcomes) {
        List<PointRow> rows = new ArrayList<>(points.size() * outcomes.size());
        for (PointSummary p : points) {
            for (RunOutcome o : outcomes) {
                rows.add(new PointRow(p.point(), p.values(), o, p.summaries().get(o)));
            }
        }
        return rows;
    }
}
