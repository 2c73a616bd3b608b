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
        List<String> header = List.of(Files.readAllLines(results.resolve("comparison.csv")).get(0).split(","));
        double ciHigh = Double.parseDouble(f[header.indexOf("diff_ci_high")]);
        assertTrue(ciHigh < 0, "big open − curated active share CI upper bound below zero: " + row);
        assertEquals("b_better", f[header.indexOf("verdict")]);
        assertEquals(0.0, Double.parseDouble(f[header.indexOf("p_a_better")]), 0.2, "A (big open) better in few pairs");
        assertTrue(stdout().contains("small-curated-group better"), stdout());
    }

    @Test
    void compare_threeScenarios_decisionTableHasOneBlockPerPair(@TempDir Path dir) {
        assertEquals(0, cli("compare", "reference", "referral-reward", "kol-led-group", "--replicates", "3",
                "--out", dir.resolve("r").toString()), stderr());
        assertPairBlocks(List.of("reference vs referral-reward", "reference vs kol-led-group",
                "referral-reward vs kol-led-group"));
    }

    @Test
    void compare_fourScenarios_decisionTableHasOneBlockPerPairAndAnAnswer(@TempDir Path dir) {
        assertEquals(0, cli("compare", "reference", "referral-reward", "kol-led-group", "low-cadence",
                "--replicates", "3", "--no-report", "--out", dir.resolve("r").toString()), stderr());
        assertPairBlocks(List.of("reference vs referral-reward", "reference vs kol-led-group",
                "reference vs low-cadence", "referral-reward vs kol-led-group", "referral-reward vs low-cadence",
                "kol-led-group vs low-cadence"));
        String answer = stdout().substring(stdout().indexOf("The answer:"));
        assertFalse(answer.contains("comes out ahead"), "no counting of wins: " + answer);
        assertTrue(answer.contains("No goal was named"), answer);
    }

    /**
     * A world of many groups in a compare: after each pair's 12 KPIs (the first group), the group outcomes of the
     * operator's groups together, in their own block with their own family size; single-group compares have none.
     */
    @Test
    void compare_manyGroups_terminalShowsTheGroupOutcomesBlock(@TempDir Path dir) {
        assertEquals(0, cli("compare", "one-group-500", "split-at-200", "--replicates", "3", "--set",
                "population.size=3000", "--no-report", "--out", dir.resolve("r").toString()), stderr());
        List<String> lines = stdout().lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.contains("paired by replicate")).findFirst()
                .orElseThrow());
        String groups = lines.get(header + 2 + 12);
        assertTrue(groups.contains("Many groups, the operator's groups together")
                && groups.contains("these 12 outcomes together"), groups);
        assertTrue(lines.get(header + 3 + 12).trim().startsWith("groups_opened"), lines.get(header + 3 + 12));
        assertTrue(lines.get(header + 3 + 12 + 11).trim().startsWith("lost_to_other_groups"));
        assertTrue(stdout().contains("  groups_opened  ") || stdout().lines().anyMatch(
                l -> l.trim().startsWith("groups_opened")), "the summaries list the group outcomes too");
        // a goal that describes one group says it is group 1's in a world of many groups
        assertEquals(0, cli("compare", "one-group-500", "split-at-200", "--replicates", "3", "--set",
                "population.size=3000", "--no-report", "--goal", "final_active", "--out", dir.resolve("g").toString()),
                stderr());
        assertTrue(stdout().contains("active members at the horizon of group 1"), stdout());
        assertEquals(0, cli("compare", "one-group-500", "split-at-200", "--replicates", "3", "--set",
                "population.size=3000", "--no-report", "--out", dir.resolve("r2").toString()), stderr());
        // the answer speaks of the operator's groups too (the review: survival 20% -> 74% went unmentioned)
        assertTrue(stdout().contains("For the operator's groups together, ") && stdout().contains("groups alive after 30 days ("),
                stdout());
        // the world's summary says whose rows are whose: group 1's KPIs, then the operator's groups together
        int world = lines.indexOf(lines.stream().filter(l -> l.startsWith("split-at-200 — ")).findFirst().orElseThrow());
        assertEquals("  Group 1 (the group the file describes):", lines.get(world + 2));
        int all = world + lines.subList(world, lines.size()).indexOf("  All the operator's groups together:");
        assertTrue(all > world && lines.get(all + 1).trim().startsWith("groups_opened"), stdout());
        assertEquals(0, cli("run", "reference", "--replicates", "2", "--set", "population.size=1000", "--no-report",
                "--out", dir.resolve("single").toString()), stderr());
        assertFalse(stdout().contains("Group 1 (the group") || stdout().contains("groups together"),
                "the single-group model needs neither line nor the groups sentence: " + stdout());
    }

    /** Each pair's block: its two header lines, then one row per key outcome, then the next pair. */
    private void assertPairBlocks(List<String> pairs) {
        List<String> lines = stdout().lines().toList();
        List<String> headers = lines.stream().filter(l -> l.contains("paired by replicate")).toList();
        assertEquals(pairs, headers.stream().map(h -> h.substring(0, h.indexOf("  ("))).toList(),
                "one header per pair, in order");
        for (int i = 0; i + 1 < headers.size(); i++) {
            assertEquals(2 + 12, lines.indexOf(headers.get(i + 1)) - lines.indexOf(headers.get(i)),
                    "a pair's block: its two header lines and one row per key outcome");
        }
        int last = lines.indexOf(headers.get(headers.size() - 1));
        assertTrue(lines.get(last + 2 + 12).isBlank(), "the last block ends after its 12 rows");
    }

    @Test
    void compare_withSet_appliesToEveryScenario(@TempDir Path dir) throws IOException {
        Path results = dir.resolve("r");
        assertEquals(0, cli("compare", "reference", "low-cadence", "--set", "group.threshold=0.4", "--replicates",
                "2", "--no-report", "--quiet", "--out", results.toString()), stderr());
        JsonNode manifest = new ObjectMapper().readTree(results.resolve("manifest.json").toFile());
        for (JsonNode scenario : manifest.get("scenarios")) {
            assertEquals(0.4, scenario.get("group").get("threshold").asDouble());
            assertTrue(scenario.get("description").asText().endsWith("[with --set group.threshold=0.4]"));
        }
    }

    @Test
    void compare_vary_whatIfAgainstTheBaselineWithAGoal(@TempDir Path dir) throws IOException {
        Path results = dir.resolve("r");
        assertEquals(0, cli("compare", "reference", "--vary", "group.threshold=0.4", "--vary",
                "group.threshold=0.4, referral.reward=1", "--goal", "final_active", "--replicates", "8",
                "--no-charts", "--out", results.toString()), stderr());
        List<String> rows = Files.readAllLines(results.resolve("comparison.csv"));
        assertTrue(rows.stream().skip(1).allMatch(r -> r.split(",", -1)[1].equals("reference")
                || r.startsWith("\"group.threshold=0.4,referral.reward=1\",reference,")),
                "every variant against the baseline, the variant as A: " + rows.get(1));
        assertEquals(1 + 2 * org.communitysim.model.Outcome.values().length, rows.size(), "two variants, no variant pair");
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("group.threshold=0.4,reference,final_active,")));
        String out = stdout();
        assertTrue(out.contains("group.threshold=0.4 vs reference  (A = group.threshold=0.4, B = reference;"), out);
        // both variants beat the baseline and were never compared with each other: neither is chosen
        assertTrue(out.contains("For active members at the horizon (higher is better), 2 changes each do clearly "
                + "better than reference: "), out);
        assertTrue(out.contains("none is chosen") && !out.contains(", choose "), out);
        assertTrue(out.contains("of the paired futures"), out);
        assertTrue(out.contains("Ranked by active members at the horizon: "), out);
        JsonNode manifest = new ObjectMapper().readTree(results.resolve("manifest.json").toFile());
        assertEquals("final_active", manifest.get("goal").asText());
        assertEquals("reference", manifest.get("baseline").asText());
        assertEquals(0.4, manifest.get("scenarios").get(1).get("group").get("threshold").asDouble());
        assertEquals(1.0, manifest.get("scenarios").get(2).get("referral").get("reward").asDouble());
        assertTrue(manifest.get("command").asText().contains("--vary group.threshold=0.4 --vary "
                + "'group.threshold=0.4, referral.reward=1' --goal final_active"), manifest.get("command").asText());
        assertTrue(Files.exists(results.resolve("report.html")));
        assertFalse(Files.exists(results.resolve("charts")), "--no-charts");
    }

    @Test
    void compare_varyInChinese_terminalAndAnswerInChinese(@TempDir Path dir) {
        assertEquals(0, cli("compare", "reference", "--vary", "group.threshold=0.4", "--goal", "final_active",
                "--replicates", "6", "--lang", "zh", "--no-report", "--out", dir.resolve("r").toString()), stderr());
        String out = stdout();
        for (String word : List.of("结论：", "以期末活跃成员（越高越好）为目标", "指标", "判定", "A 更好的比例", "期末活跃成员", "结果：",
                "group.threshold=0.4 对 reference")) {
            assertTrue(out.contains(word), word + " in " + out);
        }
        for (String english : List.of("The answer", "Outcome", "Verdict", "results:", "replicates)", " better")) {
            assertFalse(out.contains(english), english + " in " + out);
        }
        assertFalse(out.matches("(?s).*[\\u4E00-\\u9FFF][A-Za-z0-9].*"), "Chinese touching a Latin name: " + out);
        assertTrue(stderr().contains("已完成全部 12 次运行"), stderr());
    }

    @Test
    void compare_badVaryOrGoal_exitTwoNamingTheOption(@TempDir Path dir) {
        String out = dir.resolve("r").toString();
        assertEquals(2, cli("compare", "reference", "--vary", "group.threshold=2", "--out", out));
        assertTrue(stderr().contains("error: --vary group.threshold=2: group.threshold"), stderr());
        assertEquals(2, cli("compare", "reference", "--vary", "group.treshold=0.4", "--out", out));
        assertTrue(stderr().contains("--vary group.treshold=0.4: group.treshold: unknown key"), stderr());
        assertEquals(2, cli("compare", "reference", "--vary", "threshold", "--out", out));
        assertTrue(stderr().contains("--vary threshold: expected path=value"), stderr());
        assertEquals(2, cli("compare", "reference", "low-cadence", "--vary", "group.threshold=0.4", "--out", out));
        assertTrue(stderr().contains("--vary takes one baseline scenario"), stderr());
        assertEquals(2, cli("compare", "reference", "--out", out));
        assertTrue(stderr().contains("compare needs two or more scenarios, or one scenario with --vary"), stderr());
        assertEquals(2, cli("compare", "reference", "--vary", "group.threshold=0.4", "--vary", "group.threshold = 0.4",
                "--out", out));
        assertTrue(stderr().contains("given twice"), stderr());
        assertEquals(2, cli("compare", "reference", "low-cadence", "--goal", "happiness", "--out", out));
        assertTrue(stderr().contains("--goal happiness: no such outcome; allowed: peak_members"), stderr());
        assertEquals(2, cli("compare", "reference", "low-cadence", "--goal", "peak_members_day", "--out", out));
        assertTrue(stderr().contains("has no better direction"), stderr());
        assertEquals(2, cli("compare", "reference", "low-cadence", "--no-report", "--no-charts", "--out", out));
        assertFalse(stderr().contains("Exception"), stderr());
    }

    @Test
    void compare_goalOutsideTheKeyOutcomes_joinsTheTableAndTheAnswerWeighsMoney(@TempDir Path dir) {
        assertEquals(0, cli("compare", "reference", "--vary", "economics.entryFee=20", "--goal", "profit",
                "--replicates", "6", "--no-report", "--out", dir.resolve("r").toString()), stderr());
        String out = stdout();
        assertTrue(out.lines().anyMatch(l -> l.startsWith("  profit ")), "the goal's row in the table: " + out);
        assertTrue(out.contains("intervals and p adjusted for the 13 KPIs together"), out);
        String answer = out.substring(out.indexOf("The answer:"));
        assertTrue(answer.contains("For profit (higher is better)"), answer);
        assertTrue(answer.contains("In money over the run, "), answer);
        assertTrue(answer.contains("revenue (") && answer.contains("cost ("), answer);
    }

    @Test
    void varyChanges_commasSplitChangesButNotListValues() {
        assertEquals(List.of("group.threshold=0.4", "referral.reward=1"),
                ScenarioArgs.changes("group.threshold=0.4,referral.reward=1"));
        assertEquals(List.of("join.seedIds=[1,2,3]", "group.threshold=0.4"),
                ScenarioArgs.changes("join.seedIds=[1,2,3], group.threshold=0.4"));
        assertEquals(List.of("name=a,b"), ScenarioArgs.changes("name=a,b"));
    }

    @Test
    void compare_noReport_writesOnlyTheCsvFilesAndTheManifest_quietIsSilent(@TempDir Path dir) throws IOException {
        Path results = dir.resolve("r");
        assertEquals(0, cli("compare", "reference", "low-cadence", "--replicates", "3", "--no-report", "--quiet",
                "--out", results.toString()), stderr());
        try (var files = Files.list(results)) {
            assertEquals(List.of("comparison.csv", "comparison.parquet", "daily.csv", "daily.parquet", "groups.csv",
                    "groups.parquet", "manifest.json", "runs.csv", "runs.parquet", "survival.csv", "survival.parquet"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        JsonNode manifest = new ObjectMapper().readTree(results.resolve("manifest.json").toFile());
        assertEquals(10, manifest.get("files").size(), "the manifest lists the data files");
        assertEquals("", stderr(), "--quiet: no progress");
    }

    @Test
    void compare_withoutATerminal_plainProgressLinesOnStderr(@TempDir Path dir) {
        assertEquals(0, cli("compare", "reference", "low-cadence", "--replicates", "3", "--no-report",
                "--out", dir.resolve("r").toString()), stderr());
        assertTrue(stderr().contains("6/6 runs done"), stderr());
        assertFalse(stderr().contains("\r") || stderr().contains("\u001b"), "no carriage return, no escape code");
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
        assertEquals(0, cli("list", "--lang", "zh"), stderr());
        assertTrue(stdout().lines().anyMatch(l -> l.startsWith("big-open-group ")
                && l.endsWith("  大型开放群：上限 500 人，无入群门槛")), stdout());
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
        assertTrue(stdout().contains("= 4 runs (0 of them run now"), stdout());
        assertTrue(stdout().contains("results: " + out), stdout());
        // the same lines in Chinese
        Path zh = dir.resolve("sweep-zh");
        assertEquals(0, cli("sweep", good.toString(), "--out", zh.toString(), "--lang", "zh"), stderr());
        assertTrue(stdout().contains("2 个参数点 × 2 次重复 = 4 次运行（本次运行 4 次，"), stdout());
        assertTrue(stdout().contains("结果：" + zh), stdout());
        assertFalse(stdout().contains("runs"), stdout());
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

    /** validate, describe and query take --lang zh: a Chinese user gets Chinese lines from them too. */
    @Test
    void validateDescribeQuery_langZh_chineseLines(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"population\": {\"size\": -5}}");
        assertEquals(2, cli("validate", bad.toString(), "--lang", "zh"));
        assertTrue(stderr().contains("错误：" + bad + ": population.size：应为"), stderr());
        assertEquals(0, cli("validate", "reference", "--lang", "zh"));
        assertEquals("通过：reference", stdout().strip());
        assertEquals(0, cli("validate", "reference"));
        assertEquals("ok: reference", stdout().strip());
        assertEquals(2, cli("describe", "no-such-scenario", "--lang", "zh"));
        assertTrue(stderr().startsWith("错误："), stderr());
        assertFalse(stderr().contains("no such file"), "the unknown-scenario message in Chinese: " + stderr());
        assertEquals(2, cli("query", dir.toString(), "SELECT 1", "--lang", "zh"));
        assertTrue(stderr().startsWith("错误："), stderr());
    }

    @Test
    void help_ofEveryCommand_printsItsTextWithoutAFormatWarning() {
        // picocli formats descriptions with String.format and warns on System.err (not the streams given) when a
        // literal '%' breaks that: the lesson's help once printed "[picocli WARN] Could not format ..."
        java.io.PrintStream saved = System.err;
        ByteArrayOutputStream tracer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(tracer, true, StandardCharsets.UTF_8));
        try {
            for (var entry : new picocli.CommandLine(new Main()).getSubcommands().entrySet()) {
                String command = entry.getKey();
                // the top-level --help lists each command by the first line of its description: a whole sentence
                String first = entry.getValue().getCommandSpec().usageMessage().description()[0];
                assertTrue(first.endsWith("."), command + "'s first description line is cut mid-sentence: " + first);
                assertEquals(0, cli(command, "--help"), command);
                assertFalse(stdout().isBlank(), command);
                assertFalse(stdout().contains("%n"), command + ": " + stdout());
            }
        } finally {
            System.setErr(saved);
        }
        assertEquals("", tracer.toString(StandardCharsets.UTF_8));
    }
}
