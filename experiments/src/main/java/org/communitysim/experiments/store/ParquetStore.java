package org.communitysim.experiments.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.communitysim.experiments.io.Csv;
import org.communitysim.experiments.io.CsvShape;
import org.communitysim.experiments.io.CsvTable;

/**
 * Writes the Parquet copy of a tidy CSV file (docs/outputs.md, "Parquet"): {@code X.csv} gets {@code X.parquet} with
 * the same rows in the same order and the column types of the code that wrote the CSV ({@link CsvShape}: text
 * VARCHAR, integers BIGINT, numbers DOUBLE, the CSV's empty cell NULL). A table of more than {@link #PART_ROWS} rows
 * becomes a folder {@code X.parquet/} of part files {@code part-0.parquet}, {@code part-1.parquet}, … of that many
 * rows each, so a 10^7-run sweep is read in parallel and no single file grows without bound; pandas, R's arrow,
 * DuckDB and Spark read the folder as one table.
 *
 * <p>DuckDB does the conversion, streaming: it parses the CSV with the declared types (never guesses) and writes
 * ZSTD-compressed row groups, one thread, in bounded memory. The same CSV bytes give the same Parquet bytes. The file
 * appears whole or not at all (written under a temporary name, then renamed).
 */
public final class ParquetStore {
    /** Rows per Parquet part file of a large table (8 row groups of 131,072). */
    public static final long PART_ROWS = 1L << 20;
    static final long ROW_GROUP = 1L << 17;

    private ParquetStore() {
    }

    /**
     * Fails early, before any run, when DuckDB is not on the class path (a cluster driver started without it), instead
     * of after the runs when the first Parquet file is written.
     */
    public static void checkAvailable() throws IOException {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
        } catch (ClassNotFoundException e) {
            throw new IOException("DuckDB (org.duckdb:duckdb_jdbc) is not on the class path; it writes the Parquet "
                    + "tables (docs/cluster.md: add it with --jars or --packages org.duckdb:duckdb_jdbc)", e);
        }
    }

    /**
     * Opens and closes one in-memory DuckDB connection, so the process has unpacked and loaded DuckDB's native library
     * (~0.5 s) before the first Parquet copy needs it ({@link org.communitysim.experiments.job.Prewarm}). Writes no
     * file of a results folder.
     */
    public static void warmUp() throws IOException {
        try (Connection c = Duck.open(null, 1)) {
            c.isValid(0);
        } catch (SQLException e) {
            throw new IOException("DuckDB: " + e.getMessage(), e);
        }
    }

    /** {@code X.parquet} for {@code X.csv}. */
    public static Path parquetOf(Path csv) {
        String n = csv.getFileName().toString();
        return csv.resolveSibling((n.endsWith(".csv") ? n.substring(0, n.length() - 4) : n) + ".parquet");
    }

    /** Writes {@code X.parquet} beside {@code X.csv} (written with {@code shape}); returns its path. */
    public static Path besideCsv(Path csv, CsvShape shape) throws IOException {
        Path target = parquetOf(csv);
        convert(csv, shape, target, Sort.NONE);
        return target;
    }

    /**
     * Writes rows straight to Parquet (through a temporary CSV beside the target, deleted after): for tables that
     * have no CSV of their own, such as the per-run rows the Spark driver streams back from the part files.
     */
    public static <R> CsvShape write(Path parquet, CsvTable<R> table, Stream<? extends R> rows) throws IOException {
        Path dir = parquet.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + parquet.getFileName() + ".", ".csv");
        try {
            CsvShape shape = Csv.write(tmp, table, rows);
            convert(tmp, shape, parquet, Sort.NONE);
            return shape;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * An order to impose while converting, with duplicate rows dropped: a journal appended by several threads and
     * runs (a sweep's kept series) becomes its final table in one streaming pass (DuckDB sorts with spilling).
     *
     * @param columns the sort key, in order; empty for none
     */
    public record Sort(java.util.List<String> columns) {
        public static final Sort NONE = new Sort(java.util.List.of());
    }

    /** Converts {@code csv} (written with {@code shape}) to {@code target}, in {@code sort} order. */
    public static void convert(Path csv, CsvShape shape, Path target, Sort sort) throws IOException {
        convert(csv, shape, target, sort, PART_ROWS);
    }

    /** As {@link #convert(Path, CsvShape, Path, Sort)}, with parts of {@code partRows} rows (tests use small ones). */
    static void convert(Path csv, CsvShape shape, Path target, Sort sort, long partRows) throws IOException {
        convert(null, csv, shape, target, sort, partRows);
    }

    /**
     * As {@link #convert(Path, CsvShape, Path, Sort, long)}, on connection {@code c} (spilling into its folder's
     * {@code .duckdb-spill}), or on a connection of its own when {@code c} is null.
     */
    static void convert(Connection c, Path csv, CsvShape shape, Path target, Sort sort, long partRows)
            throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + ".tmp");
        Path spill = dir.resolve(".duckdb-spill");
        deleteTree(tmp);
        boolean parts = shape.rows() > partRows;
        long group = Math.min(ROW_GROUP, partRows);
        StringJoiner columns = new StringJoiner(", ", "{", "}");
        for (int i = 0; i < shape.columns().size(); i++) {
            columns.add(Duck.literal(shape.columns().get(i)) + ": " + Duck.literal(shape.types().get(i).sql()));
        }
        String read = "SELECT " + (sort.columns().isEmpty() ? "" : "DISTINCT ") + "* FROM read_csv("
                + Duck.literal(csv.toAbsolutePath().toString()) + ", header = true, auto_detect = false, delim = ',', "
                + "quote = '\"', escape = '\"', nullstr = '', columns = " + columns + ")";
        if (!sort.columns().isEmpty()) {
            StringJoiner key = new StringJoiner(", ");
            sort.columns().forEach(column -> key.add(Duck.identifier(column)));
            read += " ORDER BY " + key;
        }
        String options = "FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE " + group
                + (parts ? ", ROW_GROUPS_PER_FILE " + Math.max(1, partRows / group) + ", FILENAME_PATTERN 'part-{i}'" : "");
        if (c != null) {
            copy(c, read, options, tmp, csv, target);
        } else {
            try (Connection own = Duck.open(spill, 1)) {
                copy(own, read, options, tmp, csv, target);
            } catch (SQLException e) {
                throw new IOException("DuckDB: " + e.getMessage(), e);
            } finally {
                deleteTree(spill);
            }
        }
        deleteTree(target);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** COPY (read) TO tmp on connection {@code c}; deletes tmp on failure. */
    private static void copy(Connection c, String read, String options, Path tmp, Path csv, Path target)
            throws IOException {
        try (Statement s = c.createStatement()) {
            s.execute("COPY (" + read + ") TO " + Duck.literal(tmp.toAbsolutePath().toString()) + " (" + options + ")");
        } catch (SQLException e) {
            deleteTree(tmp);
            throw new IOException(csv + " -> " + target.getFileName() + ": " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
