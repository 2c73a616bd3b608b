package org.communitysim.experiments.io;

/** The cells of one row read back, with the inverse of each {@link CsvCells} writer. */
public final class CsvFields {
    private final String[] cells;

    CsvFields(String[] cells) {
        this.cells = cells;
    }

    public int size() {
        return cells.length;
    }

    public String text(int i) {
        return cells[i];
    }

    /** An integer cell; a malformed one is an {@link IllegalArgumentException} naming the value. */
    public int integer(int i) {
        try {
            return Integer.parseInt(cells[i]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("field " + (i + 1) + " is not an integer: '" + cells[i] + "'");
        }
    }

    public long longInteger(int i) {
        try {
            return Long.parseLong(cells[i]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("field " + (i + 1) + " is not an integer: '" + cells[i] + "'");
        }
    }

    /** The inverse of {@link Csv#number}: empty is NaN, Inf/-Inf infinities. */
    public double number(int i) {
        try {
            return Csv.parseNumber(cells[i]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("field " + (i + 1) + " is not a number: '" + cells[i] + "'");
        }
    }

    /** {@code n} numbers from field {@code from} on. */
    public double[] numbers(int from, int n) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = number(from + k);
        }
        return v;
    }
}
