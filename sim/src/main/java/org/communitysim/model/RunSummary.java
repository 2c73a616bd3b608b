package org.communitysim.model;

import java.util.Arrays;

/** The summary outcomes of one run: an immutable value per {@link Outcome}. NaN marks "undefined" (censored, empty cohort). */
public final class RunSummary {
    private final double[] values;

    RunSummary(double[] values) {
        if (values.length != Outcome.values().length) {
            throw new IllegalArgumentException("expected " + Outcome.values().length + " outcomes");
        }
        this.values = values.clone();
    }

    /** Every declared outcome of a finished run, in declaration order. */
    static RunSummary of(FinishedRun run) {
        Outcome[] outcomes = Outcome.values();
        double[] values = new double[outcomes.length];
        for (Outcome o : outcomes) {
            values[o.ordinal()] = o.of(run);
        }
        return new RunSummary(values);
    }

    public double get(Outcome outcome) {
        return values[outcome.ordinal()];
    }

    /** All values in {@link Outcome} order (a copy). */
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunSummary other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Outcome o : Outcome.values()) {
            sb.append(o.column()).append('=').append(values[o.ordinal()]).append('\n');
        }
        return sb.toString();
    }
}
