package org.communitysim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communitysim.experiments.store.ParquetAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every results folder's Parquet tables equal its CSVs; {@code query} over one or several folders, and its errors. */
class QueryCommandTest {
    @TempDir
    static Path dir;
    static Path compare;
    static Path sweep;
    private final InProcessCli cli = new InProcessCli();

    @BeforeAll
    static void results() throws Exception {
        System.setProperty("communitysim.home", Path.of("..").toAbsolutePath().normalize().toString());
        Path base = dir.resolve("base.json");
        Files.writeString(base, "{\"extends\": \"" + Path.of("..", "scenarios", "reference.json").toAbsolutePath()
                .normalize() + "\", \"population\": {\"size\": 1500}, \"horizonDays\": 40}");
        Path screened = dir.resolve("screened.json");
        Files.writeString(screened, "{\"extends\": \"base.json\", \"name\": \"screened\", \"group\": {\"threshold\": 0.4}}");
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, "{\"base\": \"base.json\", \"replicates\": 3, \"parameters\": ["
                + "{\"path\": \"group.threshold\", \"values\": [0, 0.4]}, {\"path\": \"group.sizeCap\", \"values\": [100, 300]}]}");
        compare = dir.resolve("compare");
        sweep = dir.resolve("sweep");
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(0, Main.execute(new String[] {"compare", base.toString(), screened.toString(), "--replicates", "3",
            "--keep-series", "--quiet", "--out", compare.toString()}, sink, sink));
        assertEquals(0, Main.execute(new String[] {"sweep", spec.toString(), "--quiet", "--out", sweep.toString()},
                sink, sink));
    }

    @Test
    void compareAndSweep_everyCsvHasItsParquet_sameRowsAndTypes() throws Exception {
        assertEquals(6, ParquetAssert.sameAsCsv(compare.resolve("runs.csv")));
        assertEquals(2 * 40 * org.communitysim.model.DailyMetric.values().length,
                ParquetAssert.sameAsCsv(compare.resolve("daily.csv")), "scenarios × days × metrics");
        assertEquals(2 * 3 * 40, ParquetAssert.sameAsCsv(compare.resolve("daily_runs.csv")));
        assertTrue(ParquetAssert.sameAsCsv(compare.resolve("comparison.csv")) > 10);
        assertEquals(12, ParquetAssert.sameAsCsv(sweep.resolve("runs.csv")), "4 points × 3 replicates");
        assertTrue(ParquetAssert.sameAsCsv(sweep.resolve("points.csv")) >= 4);
        String manifest = Files.readString(compare.resolve("manifest.json"));
        assertTrue(manifest.contains("\"runs.parquet\"") && manifest.contains("\"daily_runs.parquet\""), manifest);
    }

    @Test
    void query_oneFolder_printsTheTable() {
        assertEquals(0, cli.run("query", sweep.toString(), "SELECT \"group.threshold\" AS t, count(*) AS n, "
                + "avg(final_active_share) AS active FROM runs GROUP BY 1 ORDER BY 1"), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertEquals("t  n  active", lines.get(0).replaceAll(" +", " ").strip().replace("t n active", "t  n  active"));
        assertTrue(lines.get(1).strip().startsWith("0  6"), lines.toString());
        assertTrue(lines.get(2).strip().startsWith("0.4  6"), lines.toString());
        assertTrue(lines.get(3).matches("\\(2 rows, \\d+\\.\\d{3} s\\)"), lines.get(3));
    }

    @Test
    void query_twoFolders_stacksThemWithAResultsColumn() {
        assertEquals(0, cli.run("query", compare.toString(), sweep.toString(),
                "SELECT results, count(*) AS n FROM runs GROUP BY 1 ORDER BY 2"), cli.err());
        String s = cli.out();
        assertTrue(s.contains(compare + "   6") || s.matches("(?s).*" + java.util.regex.Pattern.quote(compare.toString())
                + " +6.*"), s);
        assertTrue(s.matches("(?s).*" + java.util.regex.Pattern.quote(sweep.toString()) + " +12.*"), s);
    }

    @Test
    void query_outCsvAndParquet_writeEveryRow() throws Exception {
        Path csv = dir.resolve("q/out.csv");
        Path parquet = dir.resolve("q/out.parquet");
        String sql = "SELECT point, replicate, seed, final_active_share FROM runs ORDER BY point, replicate;";
        assertEquals(0, cli.run("query", sweep.toString(), sql, "--out", csv.toString()), cli.err());
        assertTrue(cli.out().startsWith("12 rows -> "), cli.out());
        assertEquals(13, Files.readAllLines(csv).size());
        assertEquals(0, cli.run("query", sweep.toString(), sql, "--out", parquet.toString()), cli.err());
        assertEquals(List.of("point", "replicate", "seed", "final_active_share"),
                ParquetAssert.schema(parquet).stream().map(c -> c[0]).toList());
    }

    @Test
    void query_badSqlUnknownColumnMissingFolderBadOut_exitTwoWithTheReason() {
        assertEquals(2, cli.run("query", sweep.toString(), "SELECT ,1"));
        assertTrue(cli.err().contains("error: query: Parser Error: syntax error at or near \",\""), cli.err());
        assertEquals(2, cli.run("query", sweep.toString(), "SELEC 1"));
        assertTrue(cli.err().contains("error: query: only a reading statement is run ("), cli.err());
        assertEquals(2, cli.run("query", sweep.toString(), "SELECT nope FROM runs"));
        assertTrue(cli.err().contains("Referenced column \"nope\" not found"), cli.err());
        assertFalse(cli.err().contains("Exception") || cli.err().contains("\tat "), cli.err());
        assertEquals(2, cli.run("query", sweep.toString(), "SELECT * FROM no_such_table"));
        assertTrue(cli.err().contains("no_such_table"), cli.err());
        assertEquals(2, cli.run("query", dir.resolve("missing").toString(), "SELECT 1"));
        assertTrue(cli.err().contains("no such results folder"), cli.err());
        assertEquals(2, cli.run("query", sweep.toString(), "SELECT 1", "--out", dir.resolve("x.txt").toString()));
        assertTrue(cli.err().contains("must end in .csv or .parquet"), cli.err());
        assertEquals(2, cli.run("query", sweep.toString()), "a folder and no SQL");
    }

    @Test
    void query_copyToAResultsFile_refusedExitTwoAndTheFileUntouched() throws Exception {
        Path runs = sweep.resolve("runs.parquet");
        byte[] before = Files.readAllBytes(runs);
        Path csv = dir.resolve("copied.csv");
        assertEquals(2, cli.run("query", sweep.toString(), "COPY (SELECT 1 AS a) TO '" + runs + "' (FORMAT parquet)"));
        assertEquals("error: query: only a reading statement is run (SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SHOW, "
                + "SUMMARIZE, EXPLAIN); got COPY\n", cli.err());
        assertEquals(2, cli.run("query", sweep.toString(), "  /* a comment */ ((COPY runs TO '" + csv + "'))"));
        assertTrue(cli.err().endsWith("got COPY\n"), cli.err());
        assertEquals(2, cli.run("query", sweep.toString(), "EXPLAIN ANALYZE COPY runs TO '" + csv + "'"), "runs the COPY");
        assertTrue(cli.err().endsWith("got EXPLAIN ANALYZE COPY\n"), cli.err());
        for (String write : List.of("SET enable_external_access = false", "ATTACH 'x.db'", "INSTALL httpfs",
                "CREATE TABLE t AS SELECT 1", "PRAGMA version", "CALL pragma_version()", "/* a comment */ INSERT INTO runs VALUES (1)")) {
            assertEquals(2, cli.run("query", sweep.toString(), write), write);
            assertTrue(cli.err().startsWith("error: query: only a reading statement is run ("), cli.err());
        }
        assertArrayEquals(before, Files.readAllBytes(runs), "runs.parquet byte for byte");
        assertFalse(cli.err().contains("executeQuery"), cli.err());
    }

    @Test
    void query_twoStatements_refusedBeforeEitherRuns() {
        Path csv = dir.resolve("second.csv");
        assertEquals(2, cli.run("query", sweep.toString(), "SELECT 1; COPY runs TO '" + csv + "'"));
        assertEquals("error: query: only one statement is run; got a second one after the ';' at character 9\n",
                cli.err());
        assertFalse(Files.exists(csv), "the second statement did not run");
        assertEquals(2, cli.run("query", sweep.toString(), "SELECT 1;; SELECT 2"));
        assertTrue(cli.err().contains("only one statement is run"), cli.err());
    }

    @Test
    void query_oneStatementWithSemicolonsInStringsCommentsAndTrailing_runs() throws Exception {
        assertEquals(0, cli.run("query", sweep.toString(), "WITH t AS (SELECT \"group.threshold\" AS x FROM runs) "
                + "SELECT count(*) AS n, 'a;b' AS s, $$c;d$$ AS d, E'e\\';f' AS e FROM t /* ; */ -- ;\n;  ;"),
                cli.err());
        List<String> lines = cli.out().lines().toList();
        assertEquals(List.of("n", "s", "d", "e"), List.of(lines.get(0).strip().split(" +")), lines.toString());
        assertEquals(List.of("12", "a;b", "c;d", "e';f"), List.of(lines.get(1).strip().split(" +")), lines.toString());
        for (String read : List.of("FROM runs", "(SELECT 1)", "VALUES (1)", "TABLE runs", "DESCRIBE runs", "SHOW TABLES",
                "SUMMARIZE runs", "EXPLAIN SELECT 1", "select 1 -- trailing comment")) {
            assertEquals(0, cli.run("query", sweep.toString(), read), read + ": " + cli.err());
        }
        Path csv = dir.resolve("q/commented.csv");
        assertEquals(0, cli.run("query", sweep.toString(), "SELECT point FROM runs -- the points", "--out", csv.toString()),
                cli.err());
        assertEquals(13, Files.readAllLines(csv).size());
    }

    @Test
    void query_refusal_langZh_isChinese() {
        assertEquals(2, cli.run("query", sweep.toString(), "COPY runs TO 'x.csv'", "--lang", "zh"));
        assertEquals("错误：query：只运行读取数据的语句（SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SHOW, SUMMARIZE, "
                + "EXPLAIN），实为 COPY\n", cli.err());
        assertEquals(2, cli.run("query", sweep.toString(), "SELECT 1; SELECT 2", "--lang", "zh"));
        assertEquals("错误：query：只运行一条语句；第 9 个字符处的 ';' 之后还有一条语句\n", cli.err());
    }
}
