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
    /** The type of each cell of the first row written (null until then): the table's column types. */
    private CellType[] types;
    private boolean recording;

    CsvCells(JsonGenerator out) {
        this.out = out;
    }

    public CsvCells text(String value) throws IOException {
        out.writeString(value);
        note(CellType.TEXT);
        return this;
    }

    public CsvCells integer(long value) throws IOException {
        out.writeNumber(value);
        note(CellType.INTEGER);
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
        note(CellType.NUMBER);
        return this;
    }

    private void note(CellType type) {
        if (recording) {
            types[count] = type;
        }
        count++;
    }

    /** Records the types of the next row's cells (the first row of a file). */
    void record(int columns) {
        types = new CellType[columns];
        recording = true;
    }

    /** Stops recording: the first row's types are the table's. */
    void stopRecording() {
        recording = false;
    }

    /** The recorded types, or null before any row. */
    CellType[] types() {
        return types;
    }

    int count() {
        return count;
    }

    void reset() {
        count = 0;
    }
}
