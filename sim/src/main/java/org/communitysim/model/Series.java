package org.communitysim.model;

/** Reductions of a daily series that the outcome declarations use. */
final class Series {
    private Series() {
    }

    /** The first day the series reaches {@code fraction} of its maximum (0 if never). */
    static int firstDayReaching(double[] series, double fraction) {
        double target = fraction * max(series);
        for (int t = 0; t < series.length; t++) {
            if (series[t] >= target) {
                return t;
            }
        }
        return 0;
    }

    static int argMax(double[] series) {
        int best = 0;
        for (int t = 1; t < series.length; t++) {
            if (series[t] > series[best]) {
                best = t;
            }
        }
        return best;
    }

    /** The maximum, at least 0. */
    static double max(double[] series) {
        double mx = 0;
        for (double v : series) {
            mx = Math.max(mx, v);
        }
        return mx;
    }

    static double sum(double[] series) {
        double s = 0;
        for (double v : series) {
            s += v;
        }
        return s;
    }

    /** Mean of the last {@code w} values (0 if w = 0). */
    static double tailMean(double[] series, int w) {
        double s = 0;
        for (int t = series.length - w; t < series.length; t++) {
            s += series[t];
        }
        return w > 0 ? s / w : 0;
    }

    /** Share of the total held by the top {@code fraction} of posters (at least one poster). */
    static double topShare(int[] ascending, long total, double fraction) {
        int k = Math.max(1, (int) Math.ceil(fraction * ascending.length));
        long top = 0;
        for (int i = ascending.length - k; i < ascending.length; i++) {
            top += ascending[i];
        }
        return (double) top / total;
    }
}
