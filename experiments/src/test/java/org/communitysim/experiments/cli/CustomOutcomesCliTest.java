package org.communitysim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Custom outcomes end to end (docs/scenarios.md "Custom outcomes"): from the scenario file into runs.csv, the
 * decision table, comparison.csv and the report; the errors of a bad definition.
 */
class CustomOutcomesCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void shippedScenarios() {
        System.setProperty("communitysim.home", Path.of("..").toAbsolutePath().normalize().toString());
    }

    private int cli(String... args) {
        out.reset();
        err.reset();
        return Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    static Path scenario(Path dir, String name, String extra, String outcomes) throws IOException {
        Path f = dir.resolve(name + ".json");
        Path reference = Path.of("..", "scenarios", "reference.json").toAbsolutePath().normalize();
        Files.writeString(f, "{\"extends\": \"" + reference + "\", \"name\": \"" + name + "\"" + extra
                + ", \"population\": {\"size\": 2000}, \"horizonDays\": 120, \"metrics\": {\"outcomes\": " + outcomes
                + "}}");
        return f;
    }

    static final String OUTCOMES = """
            [{"name": "active_day_90", "metric": "active", "at": 90, "direction": "higher",
              "description": "active members on day 90", "descriptionZh": "第 90 天的活跃成员"},
             {"name": "joins_30_60", "metric": "joins", "mean": [30, 60], "direction": "higher"},
             {"name": "first_day_active_below_50", "metric": "active", "firstDay": {"below": 50, "from": 30},
              "direction": "higher"}]""";

    private static List<Map<String, String>> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void compare_customOutcomes_areComputedFromTheRunsSeriesAndCompared(@TempDir Path dir) throws Exception {
        Path a = scenario(dir, "open", "", OUTCOMES);
        // b defines the same three, and one more that a lacks (left out of the comparison, with a note)
        Path b = scenario(dir, "screened", ", \"group\": {\"threshold\": 0.4}", OUTCOMES.replace("}]",
                "}, {\"name\": \"only_b\", \"metric\": \"members\", \"at\": \"last\", \"direction\": \"none\"}]"));
        Path results = dir.resolve("r");
        assertEquals(0, cli("compare", a.toString(), b.toString(), "--replicates", "6", "--seed", "3",
                "--keep-series", "--out", results.toString()), stderr());
        String terminal = out.toString(StandardCharsets.UTF_8);
        assertTrue(terminal.contains("the last 3 rows are custom outcomes, adjusted as a family of their own (m = 3)"),
                terminal);
        assertTrue(terminal.contains("custom outcome only_b is not compared: not every scenario defines it "
                + "identically (defined by screened)"), terminal);

        // runs.csv's custom columns equal what each run's own daily series (daily_runs.csv) gives by hand
        List<Map<String, String>> runs = csv(results.resolve("runs.csv"));
        assertEquals(12, runs.size());
        assertFalse(runs.get(0).containsKey("only_b"), "only outcomes every scenario defines identically");
        Map<String, double[]> active = new HashMap<>();
        Map<String, double[]> joins = new HashMap<>();
        for (Map<String, String> d : csv(results.resolve("daily_runs.csv"))) {
            String key = d.get("scenario") + "/" + d.get("replicate");
            int day = Integer.parseInt(d.get("day"));
            active.computeIfAbsent(key, k -> new double[120])[day] = Double.parseDouble(d.get("active"));
            joins.computeIfAbsent(key, k -> new double[120])[day] = Double.parseDouble(d.get("joins"));
        }
        for (Map<String, String> r : runs) {
            String key = r.get("scenario") + "/" + r.get("replicate");
            double[] act = active.get(key);
            assertEquals(act[90], Double.parseDouble(r.get("active_day_90")), key);
            double sum = 0;
            for (int d = 30; d <= 60; d++) {
                sum += joins.get(key)[d];
            }
            assertEquals(sum / 31, Double.parseDouble(r.get("joins_30_60")), 1e-9, key);
            int first = 120;
            for (int d = 30; d < 120; d++) {
                if (act[d] < 50) {
                    first = d;
                    break;
                }
            }
            assertEquals(first, Double.parseDouble(r.get("first_day_active_below_50")), key);
        }

        // comparison.csv: the three, as their own family of 3
        List<Map<String, String>> comparison = csv(results.resolve("comparison.csv"));
        for (String name : List.of("active_day_90", "joins_30_60", "first_day_active_below_50")) {
            Map<String, String> row = comparison.stream().filter(c -> c.get("outcome").equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " not in comparison.csv"));
            assertEquals("3", row.get("family_size"));
            assertEquals("higher_is_better", row.get("direction"));
        }
        assertTrue(comparison.stream().filter(c -> c.get("outcome").equals("final_active")).allMatch(
                c -> c.get("family_size").equals("12")), "the KPIs' family is unchanged");
        String html = Files.readString(results.resolve("report.html"));
        assertTrue(html.contains("active_day_90") && html.contains("active members on day 90"), "report row");
        // the Parquet copy has the same rows, and query reads the custom columns like any other
        assertEquals(12, org.communitysim.experiments.store.ParquetAssert.sameAsCsv(results.resolve("runs.csv")));
        double mean = runs.stream().filter(r -> r.get("scenario").equals("open"))
                .mapToDouble(r -> Double.parseDouble(r.get("active_day_90"))).average().orElseThrow();
        assertEquals(0, cli("query", results.toString(), "SELECT round(avg(active_day_90), 6) AS m FROM runs "
                + "WHERE scenario = 'open'"), stderr());
        String table = out.toString(StandardCharsets.UTF_8);
        assertEquals(Math.round(mean * 1e6) / 1e6, Double.parseDouble(table.lines().toList().get(1).strip()), 1e-9,
                table);
    }

    @Test
    void run_inChinese_showsTheChineseDescription(@TempDir Path dir) throws IOException {
        Path a = scenario(dir, "open", "", OUTCOMES);
        Path results = dir.resolve("r");
        assertEquals(0, cli("run", a.toString(), "--replicates", "2", "--lang", "zh", "--out", results.toString()),
                stderr());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("joins_30_60"));
        String html = Files.readString(results.resolve("report.html"));
        assertTrue(html.contains("active_day_90"), "custom outcome in the one-scenario table");
    }

    @Test
    void validate_badCustomOutcome_exitsTwoNamingFieldValueAndAllowed(@TempDir Path dir) throws IOException {
        Path a = scenario(dir, "bad", "", """
                [{"name": "x", "metric": "active", "at": 120, "direction": "higher"},
                 {"name": "peak_members", "metric": "activ", "mean": [1, 2], "direction": "best"}]""");
        assertEquals(2, cli("validate", a.toString()));
        String e = stderr();
        assertTrue(e.contains("metrics.outcomes[0].at: expected a day (an integer from 0 to 119, the horizon being "
                + "120 days, or \"last\"), got 120"), e);
        assertTrue(e.contains("metrics.outcomes[1].name: \"peak_members\" is already a column"), e);
        assertTrue(e.contains("metrics.outcomes[1].metric: \"activ\" is not a daily metric"), e);
        assertTrue(e.contains("metrics.outcomes[1].direction: expected one of higher, lower, none, got \"best\""), e);
        assertFalse(e.contains("Exception"), e);
        assertEquals(2, cli("compare", a.toString(), "reference", "--replicates", "2", "--out",
                dir.resolve("r").toString()));
    }

    @Test
    void compare_customGoal_decidesOnItAndANeutralOneIsRefused(@TempDir Path dir) throws IOException {
        Path a = scenario(dir, "open", "", OUTCOMES);
        Path b = scenario(dir, "screened", ", \"group\": {\"threshold\": 0.4}", OUTCOMES);
        assertEquals(0, cli("compare", a.toString(), b.toString(), "--replicates", "4", "--goal", "joins_30_60",
                "--out", dir.resolve("r").toString()), stderr());
        String answer = out.toString(StandardCharsets.UTF_8);
        assertTrue(answer.contains("For joins_30_60 (higher is better), choose open"), answer);
        assertTrue(Files.readString(dir.resolve("r").resolve("manifest.json")).contains("\"goal\" : \"joins_30_60\""));

        Path n = scenario(dir, "neutral", "", "[{\"name\": \"n1\", \"metric\": \"active\", \"at\": 9, "
                + "\"direction\": \"none\"}]");
        assertEquals(2, cli("compare", n.toString(), "--vary", "group.threshold=0.4", "--replicates", "2", "--goal",
                "n1", "--out", dir.resolve("n").toString()));
        assertTrue(stderr().contains("--goal n1: has no better direction"), stderr());
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
