package org.communitysim.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.communitysim.experiments.store.ReadingStatement;
import org.communitysim.experiments.store.ResultsQuery;
import org.communitysim.scenario.file.InputException;
import picocli.CommandLine;
import org.communitysim.experiments.report.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code query RESULTS... SQL}: SQL over the Parquet tables of one or several results folders (docs/cli.md), through
 * embedded DuckDB. Only one reading statement is run ({@link ReadingStatement}): the folders are only read. A SQL
 * error is the user's input: its message, exit code 2.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        customSynopsis = "community-sim query [-hV] [--lang=en|zh] [--max-rows=N] [--out=FILE] RESULTS... SQL",
        description = {"Run SQL over the Parquet tables of one or more results folders (embedded DuckDB).",
            "Each table is a view named after its file: runs, daily, comparison, points, sensitivity, series, …;",
            "with several folders a view stacks them, its first column 'results' naming the folder."})
final class QueryCommand implements Callable<Integer> {
    @Parameters(arity = "2..*", paramLabel = "RESULTS... SQL",
            description = "One or more results folders, then the query (one argument: quote it).")
    List<String> args;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the result to FILE (.csv or .parquet) instead of printing it.")
    Path out;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "200",
            description = "Rows printed at most (default: ${DEFAULT-VALUE}); --out writes all.")
    int maxRows;

    /** Read by {@link Main} from the arguments for the error lines (ErrorText.lang), like every command's --lang. */
    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en", converter = MonteCarloOptions.LangConverter.class,
            description = "Language of error lines: en or zh (Simplified Chinese) (default: ${DEFAULT-VALUE}).")
    Lang lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (maxRows < 1) {
            throw new InputException("--max-rows must be >= 1, got " + maxRows);
        }
        List<Path> folders = new ArrayList<>();
        for (String a : args.subList(0, args.size() - 1)) {
            folders.add(Path.of(a));
        }
        String sql = args.get(args.size() - 1);
        if (sql.isBlank()) {
            throw new InputException("query: the SQL is empty");
        }
        PrintWriter w = spec.commandLine().getOut();
        try {
            // a statement that is not a read (COPY ... TO, several statements, ...) is refused before any folder is read
            ReadingStatement.of(sql);
            ResultsQuery q = new ResultsQuery(folders);
            long t0 = System.nanoTime();
            if (out != null) {
                long n = q.export(sql, out);
                w.printf(Locale.ROOT, "%d rows -> %s (%.3f s)%n", n, out, (System.nanoTime() - t0) / 1e9);
            } else {
                ResultsQuery.Table t = q.run(sql, maxRows);
                print(t, w, t.seconds());
            }
        } catch (ResultsQuery.QueryException e) {
            throw new InputException(List.of(e.getMessage().split("\n")));
        }
        w.flush();
        return Main.OK;
    }

    /**
     * An aligned text table: numbers right-aligned, text left-aligned; a last line with the row count, whether rows
     * were left out, and the query's time (DuckDB's execution and fetch, without loading DuckDB's native library,
     * which takes 1–12 s on this machine depending on its load).
     */
    static void print(ResultsQuery.Table t, PrintWriter w, double seconds) {
        int k = t.columns().size();
        int[] width = new int[k];
        boolean[] numeric = new boolean[k];
        for (int i = 0; i < k; i++) {
            width[i] = t.columns().get(i).length();
            numeric[i] = true;
        }
        for (List<String> row : t.rows()) {
            for (int i = 0; i < k; i++) {
                width[i] = Math.max(width[i], row.get(i).length());
                numeric[i] &= row.get(i).isEmpty() || row.get(i).matches("-?[0-9.eE+\\-]+|-?Inf");
            }
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < k; i++) {
            line.append(i > 0 ? "  " : "").append(pad(t.columns().get(i), width[i], numeric[i]));
        }
        w.println(line.toString().stripTrailing());
        for (List<String> row : t.rows()) {
            line.setLength(0);
            for (int i = 0; i < k; i++) {
                line.append(i > 0 ? "  " : "").append(pad(row.get(i), width[i], numeric[i]));
            }
            w.println(line.toString().stripTrailing());
        }
        if (t.total() > t.rows().size()) {
            w.printf(Locale.ROOT, "(%d of %d rows, %.3f s; --max-rows N prints more, --out FILE writes all)%n",
                    t.rows().size(), t.total(), seconds);
        } else {
            w.printf(Locale.ROOT, "(%d rows, %.3f s)%n", t.total(), seconds);
        }
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - s.length()));
        return right ? fill + s : s + fill;
    }
}
