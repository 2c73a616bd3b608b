package org.communitysim.experiments.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.communitysim.experiments.stats.Summary;
import org.communitysim.experiments.sweep.PointSummary;
import org.communitysim.experiments.sweep.SweepResult;
import org.communitysim.model.Outcome;
import org.communitysim.model.RunOutcome;

/**
 * The points of a sweep laid out as a full two-parameter grid (a phase diagram): rows are the levels of the first
 * parameter that varies, columns those of the second, and every cell holds exactly one point. Sweeps of other
 * shapes (one parameter, three or more, scattered samples) have no grid.
 */
public final class SweepGrid {
    private final SweepResult result;
    private final int rowParameter;
    private final int columnParameter;
    private final double[] rows;
    private final double[] columns;
    private final int[][] pointAt; // [row][column] index into result.points()

    private SweepGrid(SweepResult result, int rowParameter, int columnParameter, double[] rows, double[] columns,
            int[][] pointAt) {
        this.result = result;
        this.rowParameter = rowParameter;
        this.columnParameter = columnParameter;
        this.rows = rows;
        this.columns = columns;
        this.pointAt = pointAt;
    }

    /**
     * One row of the phase boundary: for a row level, the lowest column level at which an outcome's mean exceeds
     * a level.
     *
     * @param row       the row parameter's value
     * @param column    the lowest column value whose mean exceeds the level; NaN if none does
     * @param mean      the mean there; if none exceeds the level, the highest mean of the row
     * @param firstColumn whether the crossing is already at the lowest column value
     */
    public record Crossing(double row, double column, double mean, boolean firstColumn) {
        public boolean never() {
            return Double.isNaN(column);
        }
    }

    /**
     * For a column level, the largest row level at which an outcome's mean exceeds a level.
     *
     * @param column the column parameter's value
     * @param row    the largest row value whose mean exceeds the level; NaN if none does
     * @param mean   the mean there; if none exceeds the level, the highest mean of the column
     */
    public record Largest(double column, double row, double mean) {
        public boolean none() {
            return Double.isNaN(row);
        }
    }

    /** The parameters (indices into the spec's parameters) whose values differ between points, in spec order. */
    public static int[] varied(SweepResult result) {
        int k = result.spec().parameters().size();
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            int jj = j;
            long distinct = result.points().stream().mapToDouble(p -> p.values()[jj]).distinct().count();
            if (distinct > 1) {
                out.add(j);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The grid, if exactly two parameters vary and every combination of their levels is exactly one point. */
    public static Optional<SweepGrid> of(SweepResult result) {
        int[] varied = varied(result);
        if (varied.length != 2) {
            return Optional.empty();
        }
        List<PointSummary> points = result.points();
        double[] rows = points.stream().mapToDouble(p -> p.values()[varied[0]]).distinct().sorted().toArray();
        double[] columns = points.stream().mapToDouble(p -> p.values()[varied[1]]).distinct().sorted().toArray();
        if ((long) rows.length * columns.length != points.size()) {
            return Optional.empty();
        }
        int[][] at = new int[rows.length][columns.length];
        for (int[] r : at) {
            Arrays.fill(r, -1);
        }
        for (int i = 0; i < points.size(); i++) {
            int r = Arrays.binarySearch(rows, points.get(i).values()[varied[0]]);
            int c = Arrays.binarySearch(columns, points.get(i).values()[varied[1]]);
            if (at[r][c] >= 0) {
                return Optional.empty();
            }
            at[r][c] = i;
        }
        return Optional.of(new SweepGrid(result, varied[0], varied[1], rows, columns, at));
    }

    /** Index of the row parameter in the spec's parameters. */
    public int rowParameter() {
        return rowParameter;
    }

    /** Index of the column parameter in the spec's parameters. */
    public int columnParameter() {
        return columnParameter;
    }

    public String rowPath() {
        return result.spec().parameters().get(rowParameter).path();
    }

    public String columnPath() {
        return result.spec().parameters().get(columnParameter).path();
    }

    /** The row parameter's levels, ascending. */
    public double[] rows() {
        return rows.clone();
    }

    /** The column parameter's levels, ascending. */
    public double[] columns() {
        return columns.clone();
    }

    /** The summary of an outcome at a cell; null if the outcome is not one of the sweep's outcomes. */
    public Summary summary(RunOutcome outcome, int row, int column) {
        return result.points().get(pointAt[row][column]).summaries().get(outcome);
    }

    /** The mean of an outcome over the replicates of a cell; NaN if it has none. */
    public double mean(RunOutcome outcome, int row, int column) {
        Summary s = summary(outcome, row, column);
        return s == null ? Double.NaN : s.mean();
    }

    /**
     * For each column level (ascending), the largest row level at which the outcome's mean exceeds {@code level}:
     * e.g. the largest size cap that stays more than half active, for each threshold.
     */
    public List<Largest> largestRowAbove(RunOutcome outcome, double level) {
        List<Largest> out = new ArrayList<>(columns.length);
        for (int c = 0; c < columns.length; c++) {
            double best = Double.NaN;
            Largest found = null;
            for (int r = rows.length - 1; r >= 0 && found == null; r--) {
                double m = mean(outcome, r, c);
                if (m > level) {
                    found = new Largest(columns[c], rows[r], m);
                } else if (!Double.isNaN(m)) {
                    best = Double.isNaN(best) ? m : Math.max(best, m);
                }
            }
            out.add(found != null ? found : new Largest(columns[c], Double.NaN, best));
        }
        return out;
    }

    /**
     * For each row level (ascending), the lowest column level at which the outcome's mean exceeds {@code level}:
     * where the phase boundary lies, read from the points (no smoothing, no interpolation).
     */
    public List<Crossing> lowestAbove(RunOutcome outcome, double level) {
        List<Crossing> out = new ArrayList<>(rows.length);
        for (int r = 0; r < rows.length; r++) {
            double best = Double.NaN;
            Crossing crossing = null;
            for (int c = 0; c < columns.length && crossing == null; c++) {
                double m = mean(outcome, r, c);
                if (m > level) {
                    crossing = new Crossing(rows[r], columns[c], m, c == 0);
                } else if (!Double.isNaN(m)) {
                    best = Double.isNaN(best) ? m : Math.max(best, m);
                }
            }
            out.add(crossing != null ? crossing : new Crossing(rows[r], Double.NaN, best, false));
        }
        return out;
    }
}
