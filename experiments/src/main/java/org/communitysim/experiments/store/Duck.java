package org.communitysim.experiments.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An in-memory DuckDB connection with the store's settings: one thread (so a Parquet file's bytes depend only on
 * its rows), a memory limit with spilling to a temporary folder (so a table larger than memory sorts and copies in
 * bounded memory), insertion order kept.
 */
final class Duck {
    /** DuckDB's own memory for one conversion or query; beyond it, sorts and aggregates spill to disk. */
    static final String MEMORY_LIMIT = "512MB";

    private Duck() {
    }

    /** A connection; {@code spill} is the folder DuckDB may spill into (null: DuckDB's default). */
    static Connection open(Path spill, int threads) throws IOException {
        try {
            Connection c = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement s = c.createStatement()) {
                s.execute("SET threads = " + threads);
                s.execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
                s.execute("SET preserve_insertion_order = true");
                if (spill != null) {
                    s.execute("SET temp_directory = " + literal(spill.toAbsolutePath().toString()));
                }
            }
            return c;
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("No suitable driver")) {
                throw new IOException("DuckDB (org.duckdb:duckdb_jdbc) is not on the class path: the command-line jar "
                        + "expects it in lib/duckdb_jdbc.jar beside it (mvn package puts it there)", e);
            }
            throw new IOException("DuckDB: " + e.getMessage(), e);
        }
    }

    /** A SQL string literal. */
    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** A SQL identifier (column names hold dots: group.sizeCap). */
    static String identifier(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
