package org.communitysim.experiments.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communitysim.experiments.montecarlo.Comparisons;
import org.communitysim.experiments.stats.Summary;
import org.communitysim.model.Outcome;
import org.communitysim.model.RunOutcome;

/**
 * Aggregates a sweep's run rows, given in (point, replicate) order, into one {@link PointSummary} per point (the rows
 * of points.csv, {@link PointRow}). Memory: one point's values at a time, plus the summaries (points × outcomes of
 * interest). The local runner feeds it its sorted runs.csv; the Spark job feeds it the part files of its runs
 * folder, streamed in order — one aggregation for both.
 */
public final class PointAggregator {
    private final SweepPlan plan;
    private final int params;
    private final int replicates;
    private final List<RunOutcome> outs;
    private final double[][] values;
    private final List<PointSummary> summaries;
    private int point;
    private int replicate;

    public PointAggregator(SweepSpec spec, SweepPlan plan) {
        this.plan = plan;
        this.params = spec.parameters().size();
        this.replicates = spec.replicates();
        this.outs = spec.outcomes();
        this.values = new double[outs.size()][replicates];
        this.summaries = new ArrayList<>(plan.points());
    }

    /**
     * The next run. Rows must come in (point, replicate) order, each exactly once.
     *
     * @throws IllegalArgumentException if the row does not fit the sweep or comes out of order (a run missing or
     *                                  duplicated)
     */
    public void add(SweepRunRow row) {
        if (row.values().length != params) {
            throw new IllegalArgumentException("a runs row has " + row.values().length + " parameter values, expected "
                    + params);
        }
        int p = row.point();
        int r = row.replicate();
        if (p != point || r != replicate) {
            throw new IllegalArgumentException("expected the row of point " + point + ", replicate " + replicate
                    + ", got point " + p + ", replicate " + r + " (a run is missing or duplicated)");
        }
        for (int o = 0; o < outs.size(); o++) {
            values[o][r] = row.outcomes()[outs.get(o).index()];
        }
        if (++replicate == replicates) {
            closePoint();
            replicate = 0;
            point++;
        }
    }

    private void closePoint() {
        Map<RunOutcome, Summary> m = new java.util.LinkedHashMap<>();
        for (int o = 0; o < outs.size(); o++) {
            // the Student-t interval cut at the outcome's possible range, as every scenario mean's
            m.put(outs.get(o), Comparisons.summary(outs.get(o), values[o], false, 0));
        }
        summaries.add(new PointSummary(point, plan.values()[point].clone(), m));
    }

    /** Runs aggregated so far. */
    public long rows() {
        return (long) point * replicates + replicate;
    }

    /** Whether every run of every point has been added. */
    public boolean complete() {
        return point == plan.points() && replicate == 0;
    }

    /**
     * One summary per point, in point order.
     *
     * @throws IllegalStateException unless every run was added
     */
    public List<PointSummary> summaries() {
        requireComplete();
        return summaries;
    }

    private void requireComplete() {
        if (!complete()) {
            throw new IllegalStateException("the runs end at point " + point + ", replicate " + replicate + " of "
                    + plan.points() + " points × " + replicates + " replicates: runs are missing");
        }
    }
}
