package org.communitysim.experiments.io;

import java.util.List;

/**
 * What was written into one CSV file: its columns, the type of each (from the first row's cells; every column
 * {@link CellType#TEXT} when the file has no rows) and the number of rows. The Parquet copy of the file is read with
 * exactly these types.
 *
 * @param columns the header
 * @param types   one type per column
 * @param rows    rows below the header
 */
public record CsvShape(List<String> columns, List<CellType> types, long rows) {
    public CsvShape {
        columns = List.copyOf(columns);
        types = List.copyOf(types);
        if (columns.size() != types.size()) {
            throw new IllegalArgumentException(columns.size() + " columns, " + types.size() + " types");
        }
    }
}
