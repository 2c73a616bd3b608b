package org.communitysim.model;

import java.util.Arrays;

/** Per-day metrics of one run: one value per {@link DailyMetric} per day. Filled day by day; readable while running. */
public final class DailySeries {
    private static final DailyMetric[] METRICS = DailyMetric.values();
    private final double[][] values;
    private int days;

    DailySeries(int horizonDays) {
        values = new double[METRICS.length][horizonDays];
    }

    void record(int day, double[] today) {
        if (day != days) {
            throw new IllegalStateException("day " + day + " recorded out of order (expected " + days + ")");
        }
        for (int m = 0; m < METRICS.length; m++) {
            values[m][day] = today[m];
        }
        days++;
    }

    /** Days recorded so far. */
    public int days() {
        return days;
    }

    public double get(DailyMetric metric, int day) {
        if (day < 0 || day >= days) {
            throw new IndexOutOfBoundsException("day " + day + " not recorded (0.." + (days - 1) + ")");
        }
        return values[metric.ordinal()][day];
    }

    /** A copy of the series of one metric over the recorded days. */
    public double[] series(DailyMetric metric) {
        return Arrays.copyOf(values[metric.ordinal()], days);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DailySeries other) || other.days != days) {
            return false;
        }
        for (int m = 0; m < METRICS.length; m++) {
            for (int d = 0; d < days; d++) {
                if (Double.doubleToLongBits(values[m][d]) != Double.doubleToLongBits(other.values[m][d])) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = days;
        for (int m = 0; m < METRICS.length; m++) {
            for (int d = 0; d < days; d++) {
                h = 31 * h + Double.hashCode(values[m][d]);
            }
        }
        return h;
    }
}
