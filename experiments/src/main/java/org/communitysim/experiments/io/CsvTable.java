package org.communitysim.experiments.io;

import java.io.IOException;
import java.util.List;

/**
 * A CSV file's table: its columns, how one typed row becomes cells and, for a table that is read back (a sweep's
 * journal on --resume, the part files of a Spark job), how cells become a row again. Declared once beside the row
 * type, so the header, the writer and the reader cannot drift apart.
 *
 * @param columns   the header, in column order
 * @param toCells   writes one row's cells, in column order
 * @param fromCells rebuilds a row from its cells, or null for a table that is only written
 * @param <R>       the row type
 */
public record CsvTable<R>(List<String> columns, ToCells<R> toCells, FromCells<R> fromCells) {

    public CsvTable {
        columns = List.copyOf(columns);
    }

    /** A table that is only written. */
    public static <R> CsvTable<R> of(List<String> columns, ToCells<R> toCells) {
        return new CsvTable<>(columns, toCells, null);
    }

    /** A table that is written and read back. */
    public static <R> CsvTable<R> readable(List<String> columns, ToCells<R> toCells, FromCells<R> fromCells) {
        return new CsvTable<>(columns, toCells, fromCells);
    }

    /** The row of the cells of one line. */
    public R read(String[] cells) {
        if (fromCells == null) {
            throw new UnsupportedOperationException("this table is only written");
        }
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("a row has " + cells.length + " fields, expected " + columns.size());
        }
        return fromCells.read(new CsvFields(cells));
    }

    /** Writes the cells of one row. */
    @FunctionalInterface
    public interface ToCells<R> {
        void write(R row, CsvCells out) throws IOException;
    }

    /** Reads one row from its cells. */
    @FunctionalInterface
    public interface FromCells<R> {
        R read(CsvFields in);
    }
}
