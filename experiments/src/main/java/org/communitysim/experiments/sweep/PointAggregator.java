package org.communitysim.experiments.sweep;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.communitysim.experiments.montecarlo.TidyCsv;
import org.communitysim.experiments.stats.Stats;
import org.communitysim.experiments.stats.Summary;
import org.communitysim.model.Outcome;

/**
 * Aggregates a sweep's runs.csv rows, given in (point, replicate) order, into one {@link PointSummary} per point and
 * the text of points.csv. Memory: one point's values at a time, plus the summaries and points.csv text (points ×
 * outcomes of interest). The local runner feeds it its sorted runs.csv; the Spark job feeds it the part files of
 * its runs folder, streamed in order — one aggregation for both.
 */
public final class PointAggregator {
    private final SweepPlan plan;
    private final int params;
    private final int replicates;
    private final List<Outcome> outs;
    private final double[][] values;
    private final StringBuilder pointsCsv = new StringBuilder();
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
        pointsCsv.append("point");
        for (SweepParameter p : spec.parameters()) {
            pointsCsv.append(',').append(TidyCsv.text(p.path()));
        }
        pointsCsv.append(",outcome,n,mean,sd,median,ci_low,ci_high\n");
    }

    /**
     * The next row (without its line end). Rows must come in (point, replicate) order, each exactly once.
     *
     * @throws IllegalArgumentException if the row is malformed or out of order (a run missing or duplicated)
     */
    public void add(String line) {
        String[] f = line.split(",", -1);
        if (f.length != SweepRows.fields(params)) {
            throw new IllegalArgumentException("a runs row has " + f.length + " fields, expected "
                    + SweepRows.fields(params) + ": " + line);
        }
        int p = Integer.parseInt(f[0]);
        int r = Integer.parseInt(f[1 + params]);
        if (p != point || r != replicate) {
            throw new IllegalArgumentException("expected the row of point " + point + ", replicate " + replicate
                    + ", got point " + p + ", replicate " + r + " (a run is missing or duplicated)");
        }
        for (int o = 0; o < outs.size(); o++) {
            String s = f[params + 3 + outs.get(o).ordinal()];
            values[o][r] = s.isEmpty() ? Double.NaN : Double.parseDouble(s);
        }
        if (++replicate == replicates) {
            closePoint();
            replicate = 0;
            point++;
        }
    }

    private void closePoint() {
        Map<Outcome, Summary> m = new EnumMap<>(Outcome.class);
        for (int o = 0; o < outs.size(); o++) {
            Summary s = Stats.summarize(values[o]);
            m.put(outs.get(o), s);
            pointsCsv.append(point);
            for (int j = 0; j < params; j++) {
                pointsCsv.append(',').append(TidyCsv.number(plan.values()[point][j]));
            }
            pointsCsv.append(',').append(outs.get(o).column()).append(',').append(s.n())
                    .append(',').append(TidyCsv.number(s.mean())).append(',').append(TidyCsv.number(s.sd()))
                    .append(',').append(TidyCsv.number(s.median()))
                    .append(',').append(TidyCsv.number(s.ciLow()))
                    .append(',').append(TidyCsv.number(s.ciHigh())).append('\n');
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

    /** The content of points.csv. */
    public String pointsCsv() {
        requireComplete();
        return pointsCsv.toString();
    }

    private void requireComplete() {
        if (!complete()) {
            throw new IllegalStateException("the runs end at point " + point + ", replicate " + replicate + " of "
                    + plan.points() + " points × " + replicates + " replicates: runs are missing");
        }
    }
}
