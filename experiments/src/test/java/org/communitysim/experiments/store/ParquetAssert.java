package org.communitysim.experiments.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.communitysim.experiments.io.Csv;

/** Checks that a Parquet table holds exactly its CSV's rows: same columns, types, row count and every value. */
public final class ParquetAssert {
    private ParquetAssert() {
    }

    /** The table's column names and DuckDB types. */
    public static List<String[]> schema(Path parquet) throws IOException, SQLException {
        List<String[]> out = new ArrayList<>();
        try (Connection c = Duck.open(null, 1); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + scan(parquet))) {
            while (r.next()) {
                out.add(new String[] {r.getString(1), r.getString(2)});
            }
        }
        return out;
    }

    /** Every row and value of {@code csv} equals {@code X.parquet}'s, in order; returns the row count. */
    public static long sameAsCsv(Path csv) throws IOException, SQLException {
        return sameAs(csv, ParquetStore.parquetOf(csv));
    }

    /** Every row and value of {@code csv} equals {@code parquet}'s, in order; returns the row count. */
    public static long sameAs(Path csv, Path parquet) throws IOException, SQLException {
        assertTrue(Files.exists(parquet), parquet + " missing");
        List<String[]> schema = schema(parquet);
        try (Reader in = Files.newBufferedReader(csv); MappingIterator<String[]> rows = Csv.rows(in);
                Connection c = Duck.open(null, 1); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM " + scan(parquet))) {
            String[] header = rows.next();
            assertEquals(header.length, schema.size(), csv + ": columns");
            for (int i = 0; i < header.length; i++) {
                assertEquals(header[i], schema.get(i)[0], csv + ": column " + i);
                assertTrue(List.of("VARCHAR", "BIGINT", "DOUBLE").contains(schema.get(i)[1]), schema.get(i)[1]);
            }
            long n = 0;
            while (rows.hasNext()) {
                String[] cells = rows.next();
                assertTrue(r.next(), csv + ": Parquet has fewer rows than the CSV (" + n + ")");
                n++;
                for (int i = 0; i < cells.length; i++) {
                    String where = csv.getFileName() + " row " + n + " column " + header[i];
                    switch (schema.get(i)[1]) {
                        case "VARCHAR" -> assertEquals(cells[i].isEmpty() ? null : cells[i], r.getString(i + 1), where);
                        case "BIGINT" -> assertEquals(Long.parseLong(cells[i]), r.getLong(i + 1), where);
                        default -> {
                            double v = r.getDouble(i + 1);
                            if (r.wasNull()) {
                                assertEquals("", cells[i], where + ": NULL for an empty cell only");
                            } else {
                                assertEquals(Csv.parseNumber(cells[i]), v, 0.0, where);
                            }
                        }
                    }
                }
            }
            assertTrue(!r.next(), csv + ": Parquet has more rows than the CSV (" + n + ")");
            return n;
        }
    }

    static String scan(Path p) {
        return Files.isDirectory(p) ? "read_parquet(" + Duck.literal(p.toAbsolutePath() + "/*.parquet") + ")"
                : "read_parquet(" + Duck.literal(p.toAbsolutePath().toString()) + ")";
    }
}
