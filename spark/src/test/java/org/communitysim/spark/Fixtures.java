package org.communitysim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Small specs and scenarios (200 persons, 40 days) and the helpers the Spark tests share. */
final class Fixtures {
    static final Path SCENARIOS = Path.of("..", "scenarios").toAbsolutePath().normalize();

    private Fixtures() {
    }

    static Path write(Path dir, String name, String text) {
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small scenario extending a shipped one. */
    static Path scenario(Path dir, String shipped) {
        return write(dir, shipped + ".json", "{\"extends\": \"" + SCENARIOS.resolve(shipped + ".json")
                + "\", \"name\": \"" + shipped + "\", \"population\": {\"size\": 200}, \"horizonDays\": 40}");
    }

    /** A grid sweep: 2 caps × 3 thresholds × 3 replicates = 18 runs. */
    static Path gridSpec(Path dir) {
        scenario(dir, "big-open-group");
        return write(dir, "grid.json", "{\"name\": \"grid\", \"base\": \"big-open-group.json\", \"replicates\": 3,"
                + " \"seed\": 11, \"outcomes\": [\"final_active_share\", \"final_active\", \"peak_members\"],"
                + " \"parameters\": [{\"path\": \"group.sizeCap\", \"values\": [50, 120]},"
                + " {\"path\": \"group.threshold\", \"min\": 0, \"max\": 0.4, \"steps\": 3}]}");
    }

    /** A Morris sweep: 3 trajectories × (3 + 1) points × 2 replicates = 24 runs, with sensitivity indices. */
    static Path morrisSpec(Path dir) {
        scenario(dir, "big-open-group");
        return write(dir, "morris.json", "{\"name\": \"morris\", \"base\": \"big-open-group.json\", \"design\": \"morris\","
                + " \"samples\": 3, \"replicates\": 2, \"seed\": 7, \"bootstrap\": 200,"
                + " \"outcomes\": [\"final_active_share\", \"final_active\"],"
                + " \"parameters\": [{\"path\": \"group.sizeCap\", \"min\": 50, \"max\": 150},"
                + " {\"path\": \"group.threshold\", \"min\": 0, \"max\": 0.5}, {\"path\": \"content.cadence\", \"min\": 0, \"max\": 8}]}");
    }

    /** A command line ({@code command} = subcommand and its arguments) with the tests' Spark settings: loopback only, no UI. */
    static List<String> loopback(String master, String... command) {
        List<String> a = new ArrayList<>(List.of(command));
        a.addAll(List.of("--master", master, "--conf", "spark.driver.host=127.0.0.1",
                "--conf", "spark.driver.bindAddress=127.0.0.1", "--conf", "spark.ui.enabled=false", "--quiet"));
        return a;
    }

    /** Runs community-sim-spark in this JVM. */
    record Result(int code, String out, String err) {
    }

    static Result spark(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SparkMain.execute(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Result sparkOk(List<String> args) {
        Result r = spark(args);
        assertEquals(0, r.code(), () -> "exit code; stderr:\n" + r.err());
        return r;
    }

    /** The part files under OUT/runs, in order: a compare's runs/part-NNNNN, a sweep's runs/batch-BBBBB/part-NNNNN. */
    static List<Path> parts(Path out) throws IOException {
        Path runs = out.resolve("runs");
        try (Stream<Path> s = Files.walk(runs)) {
            return s.filter(p -> p.getFileName().toString().startsWith("part-"))
                    .sorted(Comparator.comparing(p -> runs.relativize(p).toString())).toList();
        }
    }

    /** Every part file's rows (headers checked and dropped), in part order. */
    static List<String> partRows(Path out, String header) throws IOException {
        List<String> rows = new ArrayList<>();
        List<Path> parts = parts(out);
        assertTrue(!parts.isEmpty(), "no part files in " + out.resolve("runs"));
        for (Path p : parts) {
            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            assertEquals(header, lines.get(0), "header of " + p);
            rows.addAll(lines.subList(1, lines.size()));
        }
        return rows;
    }

    /** The rows of a local runs.csv (header dropped). */
    static List<String> csvRows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.subList(1, lines.size());
    }

    /** Compares two row lists as sets, after checking neither holds a duplicate. */
    static void assertSameRowSets(List<String> expected, List<String> actual) {
        Set<String> e = new HashSet<>(expected);
        Set<String> a = new HashSet<>(actual);
        assertEquals(expected.size(), e.size(), "duplicate rows in the local runner's output");
        assertEquals(actual.size(), a.size(), "duplicate rows in the Spark output");
        Set<String> missing = new HashSet<>(e);
        missing.removeAll(a);
        Set<String> extra = new HashSet<>(a);
        extra.removeAll(e);
        assertTrue(missing.isEmpty() && extra.isEmpty(), () -> "rows differ: " + missing.size() + " local rows not in "
                + "Spark's output, " + extra.size() + " Spark rows not in the local output; e.g. local "
                + missing.stream().findFirst().orElse("-") + " vs spark " + extra.stream().findFirst().orElse("-"));
    }

    /** The rows of a Parquet table (DuckDB, the library that wrote it). */
    static long parquetRows(Path parquet) throws java.sql.SQLException {
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var st = c.createStatement();
                var r = st.executeQuery("SELECT count(*) FROM read_parquet('" + parquet.toAbsolutePath() + "')")) {
            r.next();
            return r.getLong(1);
        }
    }
}
