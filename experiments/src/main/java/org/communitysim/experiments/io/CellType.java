package org.communitysim.experiments.io;

/**
 * What kind of value a CSV column holds, as the row's writer put it ({@link CsvCells#text}, {@link CsvCells#integer},
 * {@link CsvCells#number}): the column types of the Parquet copy of a CSV file (docs/outputs.md, "Parquet"), taken from
 * the code that writes the CSV, so the two files cannot disagree on a type.
 */
public enum CellType {
    /** text: Parquet/DuckDB VARCHAR (UTF-8 string). */
    TEXT("VARCHAR"),
    /** an integer: BIGINT (64-bit; seeds need all 64 bits). */
    INTEGER("BIGINT"),
    /** a number: DOUBLE; the CSV's empty cell (NaN) is NULL, Inf/-Inf are infinities. */
    NUMBER("DOUBLE");

    private final String sql;

    CellType(String sql) {
        this.sql = sql;
    }

    /** The SQL type name (DuckDB). */
    public String sql() {
        return sql;
    }
}
