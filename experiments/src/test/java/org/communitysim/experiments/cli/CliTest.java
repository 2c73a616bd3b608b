package org.communitysim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end tests of the command line, in process (Main.execute never calls System.exit). */
class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void shippedScenarios() {
        // tests run in experiments/; the shipped scenarios are at the repository root
        System.setProperty("communitysim.home", Path.of("..").toAbsolutePath().normalize().toString());
    }

    private int cli(String... args) {
        out.reset();
        err.reset();
        return Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void compare_twoShippedScenarios_writesEveryFileAndTheCuratedGroupWins(@TempDir Path dir) throws IOException {
        Path results = dir.resolve("r");
        assertEquals(0, cli("compare", "big-open-group", "small-curated-group", "--replicates", "30", "--seed", "7",
                "--out", results.toString()), stderr());
        for (String f : List.of("manifest.json", "runs.csv", "daily.csv", "comparison.csv", "report.html")) {
            assertTrue(Files.size(results.resolve(f)) > 0, f);
        }
        assertEquals(61, Files.readAllLines(results.resolve("runs.csv")).size(), "header + 2 × 30 runs");
        String html = Files.readString(results.resolve("report.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.trim().endsWith("</html>"), "a whole HTML document");
        int decisions = html.indexOf("id=\"decisions\"");
        assertTrue(decisions > 0, "decision table section present");
        int table = html.indexOf("<table", decisions);
        int tableEnd = html.indexOf("</table>", table);
        assertTrue(table > 0 && tableEnd > table, "the decision section holds a table");
        String decisionTable = html.substring(table, tableEnd);
        assertTrue(decisionTable.contains("Active share at the horizon"), "key KPI row present");
        assertTrue(decisionTable.contains("small-curated-group better"), "verdicts present");
        assertEquals(html.split("<table", -1).length, html.split("</table>", -1).length, "tables balanced");
        assertTrue(html.contains("<svg"), "charts inlined");
        JsonNode manifest = new ObjectMapper().readTree(results.resolve("manifest.json").toFile());
        assertEquals(7, manifest.get("master_seed").asLong());
        assertEquals(30, manifest.get("replicates").asInt());
        assertEquals(2, manifest.get("scenarios").size());

        // the active share at day 180: big open below curated, CI of the paired difference excluding zero
        String row = Files.readAllLines(results.resolve("comparison.csv")).stream()
                .filter(l -> l.startsWith("big-open-group,small-curated-group,final_active_share,")).findFirst()
                .orElseThrow();
        String[] f = row.split(",", -1);
        double ciHigh = Double.parseDouble(f[13]);
        assertTrue(ciHigh < 0, "big open − curated active share CI upper bound below zero: " + row);
        assertEquals("b_better", f[20]);
        assertTrue(stdout().contains("small-curated-group better"), stdout());
    }

    @Test
    void compare_threeScenarios_decisionTableHasOneBlockPerPair(@TempDir Path dir) {
        assertEquals(0, cli("compare", "reference", "referral-reward", "kol-led-group", "--replicates", "3",
                "--out", dir.resolve("r").toString()), stderr());
        List<String> lines = stdout().lines().toList();
        List<String> headers = lines.stream().filter(l -> l.contains("paired by replicate")).toList();
        assertEquals(List.of("reference vs referral-reward", "reference vs kol-led-group",
                        "referral-reward vs kol-led-group"),
                headers.stream().map(h -> h.substring(0, h.indexOf("  ("))).toList(), "one header per pair, in order");
        int first = lines.indexOf(headers.get(0));
        int second = lines.indexOf(headers.get(1));
        assertEquals(2 + 12, second - first, "a pair's block: its two header lines and one row per key outcome");
    }

    @Test
    void compare_oneOrTwoThreads_identicalBytes(@TempDir Path dir) throws IOException {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        assertEquals(0, cli("compare", "reference", "referral-reward", "--replicates", "12", "--threads", "1",
                "--quiet", "--out", one.toString()), stderr());
        assertEquals(0, cli("compare", "reference", "referral-reward", "--replicates", "12", "--threads", "2",
                "--quiet", "--out", two.toString(), "--keep-series"), stderr());
        for (String f : List.of("runs.csv", "daily.csv", "comparison.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
        assertTrue(Files.size(two.resolve("daily_runs.csv")) > 0);
        assertFalse(Files.exists(one.resolve("daily_runs.csv")));
    }

    @Test
    void run_oneScenario_printsSummaryWithoutComparison(@TempDir Path dir) throws IOException {
        Path results = dir.resolve("run");
        assertEquals(0, cli("run", "small-curated-group", "--replicates", "5", "--out", results.toString()), stderr());
        assertTrue(stdout().contains("final_active_share"));
        assertTrue(Files.exists(results.resolve("runs.csv")));
        assertFalse(Files.exists(results.resolve("comparison.csv")));
        String html = Files.readString(results.resolve("report.html"));
        assertTrue(html.contains("id=\"outcomes\"") && html.contains("small-curated-group keeps "),
                "a one-scenario report shows its outcomes, not an empty decision table");
        assertFalse(html.contains("decision table is empty"));
        assertEquals(2, cli("run", "low-cadence", "--replicates", "2", "--out", results.toString()),
                "never mixes new results into a folder that holds earlier ones");
        assertTrue(stderr().contains("not empty"), stderr());
    }

    @Test
    void run_withSet_describesTheOverride(@TempDir Path dir) throws IOException {
        Path results = dir.resolve("set");
        assertEquals(0, cli("run", "reference", "--replicates", "2", "--set", "group.threshold=0.4", "--out",
                results.toString()), stderr());
        assertTrue(stdout().contains("[with --set group.threshold=0.4]"), stdout());
        assertTrue(Files.readString(results.resolve("report.html")).contains("group.threshold=0.4"));
    }

    @Test
    void compare_unknownScenario_exitsTwoListingShipped() {
        assertEquals(2, cli("compare", "reference", "no-such-scenario", "--replicates", "2"));
        assertTrue(stderr().contains("no-such-scenario"), stderr());
        assertTrue(stderr().contains("big-open-group"), "shipped names suggested: " + stderr());
        assertFalse(stderr().contains("\tat "), "no stack trace");
    }

    @Test
    void compare_badOptions_exitTwo() {
        assertEquals(2, cli("compare", "reference", "big-open-group", "--replicates", "0"));
        assertEquals(2, cli("compare", "reference", "big-open-group", "--lang", "fr"));
        assertEquals(2, cli("compare", "reference"));
        assertEquals(2, cli("compare", "reference", "big-open-group", "--threads", "0"));
        assertEquals(2, cli("compare", "reference", "big-open-group", "--set", "group.treshold=0.4"));
        assertTrue(stderr().contains("threshold"), "suggests the nearest field: " + stderr());
        assertEquals(2, cli("frobnicate"));
    }

    @Test
    void describe_printsResolvedScenarioWithOverrides() throws IOException {
        assertEquals(0, cli("describe", "small-curated-group", "--set", "group.threshold=0.4"), stderr());
        JsonNode json = new ObjectMapper().readTree(stdout());
        assertEquals(0.4, json.get("group").get("threshold").asDouble());
        assertEquals(100, json.get("group").get("sizeCap").asInt());
        assertEquals(10000, json.get("population").get("size").asInt(), "defaults filled in");
    }

    @Test
    void validate_goodAndBadFiles(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"group\": {\"threshold\": 1.5, \"sizeCap\": \"many\"}}");
        assertEquals(2, cli("validate", "reference", bad.toString()));
        assertTrue(stdout().contains("ok: reference"));
        assertTrue(stderr().contains("group.threshold") && stderr().contains("group.sizeCap"),
                "both problems reported together: " + stderr());
        assertEquals(0, cli("validate", "reference", "big-open-group"));
    }

    @Test
    void list_showsShippedScenariosWithDescriptions() {
        assertEquals(0, cli("list"), stderr());
        assertTrue(stdout().contains("big-open-group"));
        assertTrue(stdout().contains("kol-leaves-day-60"));
    }

    @Test
    void sweep_badSpecExitsTwo_goodSpecRunsAndResumes(@TempDir Path dir) throws IOException {
        Path base = dir.resolve("base.json");
        Files.writeString(base, "{\"extends\": \"" + Path.of("..", "scenarios", "reference.json").toAbsolutePath().normalize()
                + "\", \"population\": {\"size\": 2000}, \"horizonDays\": 40}");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"base\": \"base.json\", \"parameters\": [{\"path\": \"group.treshold\", \"values\": [0]}]}");
        assertEquals(2, cli("sweep", bad.toString()));
        assertTrue(stderr().contains("did you mean \"group.threshold\""), stderr());

        Path good = dir.resolve("good.json");
        Files.writeString(good, "{\"base\": \"base.json\", \"replicates\": 2, \"parameters\": ["
                + "{\"path\": \"group.threshold\", \"values\": [0, 0.4]}]}");
        Path out = dir.resolve("sweep");
        assertEquals(0, cli("sweep", good.toString(), "--out", out.toString()), stderr());
        for (String f : List.of("sweep.json", "runs.csv", "points.csv", "manifest.json")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertEquals(2, cli("sweep", good.toString(), "--out", out.toString()), "refuses to overwrite a sweep");
        assertEquals(0, cli("sweep", good.toString(), "--resume", out.toString()), stderr());
        assertTrue(stdout().contains("(0 run now"), stdout());
    }

    @Test
    void run_edgeList_reportsDroppedSelfLoopsAndMergedDuplicates_andMalformedLinesExitTwo(@TempDir Path dir)
            throws IOException {
        StringBuilder ties = new StringBuilder("a,b\n3,3\n0,1\n1,0\n");
        for (int i = 0; i < 400; i++) {
            for (int k = 1; k <= 6; k++) {
                ties.append(i).append(',').append((i + k) % 400).append('\n');
            }
        }
        Files.writeString(dir.resolve("ties.csv"), ties);
        Files.writeString(dir.resolve("net.json"), "{\"extends\": \""
                + Path.of("..", "scenarios", "small-curated-group.json").toAbsolutePath().normalize()
                + "\", \"horizonDays\": 30, \"network\": {\"type\": \"edge-list\", \"edgeListPath\": \"ties.csv\"}}");
        assertEquals(0, cli("run", dir.resolve("net.json").toString(), "--replicates", "2", "--out",
                dir.resolve("o").toString()), stderr());
        assertTrue(stderr().contains("1 self-loops dropped, 2 duplicates merged"), stderr());

        Files.writeString(dir.resolve("ties.csv"), ties + "7;8\n");
        assertEquals(2, cli("run", dir.resolve("net.json").toString(), "--replicates", "2", "--out",
                dir.resolve("o2").toString()));
        // the line number, not the line: a file named by mistake is not printed (issue 17 item 8)
        assertTrue(stderr().contains("ties.csv:" + (ties.toString().split("\n", -1).length) + ": expected 2 or 3"),
                "names the offending line's number: " + stderr());
        assertFalse(stderr().contains("7;8"), stderr());
        assertFalse(stderr().contains("\tat "), "no stack trace");
    }

    @Test
    void help_andVersion_exitZero() {
        assertEquals(0, cli("--help"));
        assertTrue(stdout().contains("compare"));
        assertEquals(0, cli("compare", "--help"));
        assertTrue(stdout().contains("--replicates"));
        assertEquals(0, cli("--version"));
    }
}
