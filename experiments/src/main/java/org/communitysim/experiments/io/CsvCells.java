package org.communitysim.experiments.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * The cells of the row being written, in column order, handed to the CSV library's generator: text is quoted by it
 * when RFC 4180 requires (a comma, quote or line break), numbers are written in the form of {@link Csv#number}.
 */
public final class CsvCells {
    private final JsonGenerator out;
    private int count;

    CsvCells(JsonGenerator out) {
        this.out = out;
    }

    public CsvCells text(String value) throws IOException {
        out.writeString(value);
        count++;
        return this;
    }

    public CsvCells integer(long value) throws IOException {
        out.writeNumber(value);
        count++;
        return this;
    }

    /** A number in the tidy files' form ({@link Csv#number}): shortest round trip, integers bare, NaN empty. */
    public CsvCells number(double value) throws IOException {
        return formatted(Csv.number(value));
    }

    /** Every value, each as {@link #number}. */
    public CsvCells numbers(double[] values) throws IOException {
        for (double v : values) {
            number(v);
        }
        return this;
    }

    /** A number the table formats itself (e.g. a fixed number of significant digits). */
    public CsvCells formatted(String number) throws IOException {
        out.writeNumber(number);
        count++;
        return this;
    }

    int count() {
        return count;
    }

    void reset() {
        count = 0;
    }
}
