package org.communitysim.scenario;

/** Argument checks for scenario records: a record never holds a value the model cannot use. */
final class Check {
    private Check() {
    }

    static double unit(String field, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(field + " must be in [0, 1], got " + v);
        }
        return v;
    }

    static double nonNegative(String field, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(field + " must be a finite number >= 0, got " + v);
        }
        return v;
    }

    static double positive(String field, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(field + " must be a finite number > 0, got " + v);
        }
        return v;
    }

    static double finite(String field, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(field + " must be a finite number, got " + v);
        }
        return v;
    }

    static int atLeast(String field, int v, int min) {
        if (v < min) {
            throw new IllegalArgumentException(field + " must be >= " + min + ", got " + v);
        }
        return v;
    }

    static <T> T notNull(String field, T v) {
        if (v == null) {
            throw new IllegalArgumentException(field + " must be given");
        }
        return v;
    }
}
