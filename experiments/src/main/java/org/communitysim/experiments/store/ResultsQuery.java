package org.communitysim.experiments.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.communitysim.experiments.io.Csv;

/**
 * SQL over results folders (docs/cli.md, {@code query}): every Parquet table of the folders is a view named after
 * its file ({@code runs}, {@code daily}, {@code comparison}, {@code points}, {@code sensitivity}, {@code series},
 * {@code daily_runs}); with several folders a view is their tables stacked by column name, with a first column
 * {@code results} naming the folder each row came from (as given on the command line). Embedded DuckDB, read-only
 * over the files: a query never changes a results folder.
 */
public final class ResultsQuery {
    /** A query the user got wrong: DuckDB's message (its first lines), for an input error. */
    public static final class QueryException extends Exception {
        private static final long serialVersionUID = 1L;

        QueryException(String message) {
            super(message);
        }
    }

    /**
     * The result of a query printed on the terminal.
     *
     * @param columns column names
     * @param rows    the first rows, each cell as text (numbers in the CSV files' form, NULL empty)
     * @param total   rows the query returned (may exceed {@code rows.size()})
     * @param seconds the query's time: executing it and reading every row, after DuckDB was loaded and the views made
     */
    public record Table(List<String> columns, List<List<String>> rows, long total, double seconds) {
    }

    private final List<Path> folders;
    private final Map<String, List<Path>> tables;

    /** The views over {@code folders}; a folder without any Parquet table is an input error. */
    public ResultsQuery(List<Path> folders) throws QueryException, IOException {
        this.folders = List.copyOf(folders);
        this.tables = new LinkedHashMap<>();
        for (Path f : folders) {
            if (!Files.isDirectory(f)) {
                throw new QueryException(f + ": no such results folder");
            }
            List<Path> found;
            try (Stream<Path> s = Files.list(f)) {
                found = s.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
            }
            if (found.isEmpty()) {
                throw new QueryException(f + ": no Parquet tables there (a results folder of community-sim 0.1 or "
                        + "later holds runs.parquet, points.parquet, …)");
            }
            for (Path p : found) {
                String n = p.getFileName().toString();
                tables.computeIfAbsent(n.substring(0, n.length() - ".parquet".length()), k -> new ArrayList<>()).add(p);
            }
        }
    }

    /** The view names, in file-name order. */
    public List<String> views() {
        return List.copyOf(tables.keySet());
    }

    /**
     * Runs {@code sql}, one reading statement ({@link ReadingStatement}: anything else is refused before DuckDB
     * sees it); returns at most {@code maxRows} rows for printing, and the total count.
     */
    public Table run(String sql, int maxRows) throws QueryException, IOException {
        String statement = ReadingStatement.of(sql);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            long t0 = System.nanoTime();
            // execute, not executeQuery: the latter reports a statement without rows in JDBC's words, not the user's
            if (!s.execute(statement)) {
                throw new QueryException("query: the statement returned no table");
            }
            try (ResultSet r = s.getResultSet()) {
                return read(r, maxRows, t0);
            }
        } catch (SQLException e) {
            throw new QueryException(message(e));
        }
    }

    private static Table read(ResultSet r, int maxRows, long t0) throws SQLException {
        ResultSetMetaData md = r.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            columns.add(md.getColumnLabel(i));
        }
        List<List<String>> rows = new ArrayList<>();
        long total = 0;
        while (r.next()) {
            if (total++ < maxRows) {
                List<String> row = new ArrayList<>(columns.size());
                for (int i = 1; i <= columns.size(); i++) {
                    row.add(cell(r, i, md.getColumnType(i)));
                }
                rows.add(row);
            }
        }
        return new Table(columns, rows, total, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Writes the result of {@code sql} (one reading statement, as for {@link #run}) to {@code out}: CSV or Parquet by
     * its extension; returns the rows written.
     */
    public long export(String sql, Path out) throws QueryException, IOException {
        // without trailing ';' and comments, so a last '-- comment' cannot swallow the closing parenthesis
        String inner = ReadingStatement.of(sql);
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        String format;
        if (name.endsWith(".csv")) {
            format = "FORMAT csv, HEADER true";
        } else if (name.endsWith(".parquet")) {
            format = "FORMAT parquet, COMPRESSION zstd";
        } else {
            throw new QueryException("--out " + out + ": the file name must end in .csv or .parquet");
        }
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + out.getFileName() + ".tmp");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("COPY (" + inner + ") TO " + Duck.literal(tmp.toString()) + " (" + format + ")");
            long n;
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM (" + inner + ")")) {
                r.next();
                n = r.getLong(1);
            }
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return n;
        } catch (SQLException e) {
            throw new QueryException(message(e));
        } finally {
            ParquetStore.deleteTree(tmp);
        }
    }

    private Connection connect() throws IOException, SQLException {
        Connection c = Duck.open(null, Math.max(1, Runtime.getRuntime().availableProcessors()));
        try (Statement s = c.createStatement()) {
            for (Map.Entry<String, List<Path>> t : tables.entrySet()) {
                s.execute("CREATE VIEW " + Duck.identifier(t.getKey()) + " AS " + union(t.getValue()));
            }
        }
        return c;
    }

    /** One table's files: a single folder's as they are; several folders' stacked by name, tagged with the folder. */
    private String union(List<Path> files) {
        if (folders.size() == 1) {
            return "SELECT * FROM " + scan(files.get(0));
        }
        StringJoiner u = new StringJoiner(" UNION ALL BY NAME ");
        for (Path f : files) {
            u.add("SELECT " + Duck.literal(f.getParent().toString()) + " AS results, * FROM " + scan(f));
        }
        return u.toString();
    }

    /** read_parquet of a file, or of a folder's part files in part order. */
    private static String scan(Path p) {
        String path = p.toAbsolutePath().toString();
        return Files.isDirectory(p) ? "read_parquet(" + Duck.literal(path + "/*.parquet") + ")"
                : "read_parquet(" + Duck.literal(path) + ")";
    }

    private static String cell(ResultSet r, int i, int type) throws SQLException {
        Object o = r.getObject(i);
        if (o == null) {
            return "";
        }
        return switch (type) {
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> Csv.number(r.getDouble(i));
            default -> o.toString();
        };
    }

    /** DuckDB's message without its exception class prefix, at most five lines. */
    static String message(SQLException e) {
        String m = e.getMessage() != null ? e.getMessage().strip() : e.toString();
        String[] lines = m.split("\n");
        StringJoiner j = new StringJoiner("\n");
        int kept = 0;
        for (String line : lines) {
            // the JDBC driver wraps a failed prepare in a line of its own: not the user's concern
            if (line.isBlank() || line.contains("unsuccessful or closed pending query result") || kept == 5) {
                continue;
            }
            j.add(line.startsWith("Error: ") ? line.substring("Error: ".length()) : line);
            kept++;
        }
        return "query: " + j;
    }
}
