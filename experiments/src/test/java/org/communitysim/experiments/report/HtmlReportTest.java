package org.communitysim.experiments.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
    private static final int REPLICATES = 12;
    private static final int DAYS = 61;

    @TempDir
    static Path root;
    static ReportModel model;
    static String en;
    static String zh;

    @BeforeAll
    static void writeReports() throws IOException {
        model = SyntheticReports.threeScenarios("big-open-group", "small-curated-group", "kol-led-group", REPLICATES, DAYS);
        HtmlReport.write(model, Lang.EN, root.resolve("en"));
        HtmlReport.write(model, Lang.ZH, root.resolve("zh"));
        en = Files.readString(root.resolve("en/report.html"), StandardCharsets.UTF_8);
        zh = Files.readString(root.resolve("zh/report.html"), StandardCharsets.UTF_8);
    }

    @Test
    void write_threeScenarios_writesWellFormedReportWithInlineCharts() {
        for (String html : List.of(en, zh)) {
            assertEquals(1, count(html, "<html"));
            assertEquals(1, count(html, "</html>"));
            assertEquals(count(html, "<table"), count(html, "</table>"));
            assertEquals(count(html, "<section"), count(html, "</section>"));
            assertEquals(count(html, "<svg"), count(html, "</svg>"));
            assertTrue(count(html, "<svg") >= Charts.FAN_METRICS.size() + Charts.BOX_OUTCOMES.size());
            assertTrue(html.startsWith("<!DOCTYPE html>"));
            assertTrue(html.contains("<meta charset=\"utf-8\">"));
        }
        assertTrue(en.contains("<html lang=\"en\">"));
    }

    @Test
    void write_threeScenarios_everyChartFileExistsAndIsNotEmpty() throws IOException {
        for (String lang : List.of("en", "zh")) {
            for (DailyMetric m : Charts.FAN_METRICS) {
                assertNonEmpty(root.resolve(lang + "/charts/fan-" + m.column() + ".png"));
                assertNonEmpty(root.resolve(lang + "/charts/fan-" + m.column() + ".svg"));
            }
            for (Outcome o : Charts.BOX_OUTCOMES) {
                assertNonEmpty(root.resolve(lang + "/charts/box-" + o.column() + ".png"));
                assertNonEmpty(root.resolve(lang + "/charts/box-" + o.column() + ".svg"));
            }
        }
    }

    @Test
    void write_decisionTable_namesEveryScenarioAndPair() {
        String decisions = section(en, "decisions");
        for (String name : List.of("big-open-group", "small-curated-group", "kol-led-group")) {
            assertTrue(decisions.contains(name), name);
        }
        assertEquals(3, count(decisions, "<table class=\"decisions\">"), "one table per pair");
        assertTrue(decisions.contains("A = big-open-group, B = small-curated-group"));
        assertTrue(decisions.contains("p (adjusted)"));
        assertTrue(decisions.contains("P(A better)"));
        assertFalse(decisions.contains("d_z"), "effect sizes only in comparison.csv");
        assertTrue(decisions.contains("small-curated-group better"));
    }

    @Test
    void write_sections_inTheOrderAStrategistReadsThem() {
        int previous = -1;
        for (String id : List.of("answer", "scenarios", "decisions", "distributions", "charts", "parameters",
                "reproduce")) {
            int at = en.indexOf("<section id=\"" + id + "\"");
            assertTrue(at > previous, id + " out of order");
            previous = at;
        }
        assertTrue(en.indexOf("<figure id=\"fan-members\"") < en.indexOf("<figure id=\"box-final_active\""));
    }

    @Test
    void write_answerWithoutGoal_givesTradeOffsNotCounts() {
        String answer = section(en, "answer");
        assertTrue(answer.contains("No goal was named") || answer.contains("No goal was named ("), answer);
        assertFalse(answer.contains(" of 12 ranked"), "no counting of wins");
        assertTrue(answer.contains("<strong>small-curated-group</strong>"), answer);
        assertTrue(answer.contains("collapsed"), answer);
    }

    @Test
    void write_answerWithGoal_choosesWithNumbersUncertaintyAndCost(@TempDir Path out) throws IOException {
        ReportModel goal = withGoal(model, Outcome.FINAL_ACTIVE_SHARE);
        HtmlReport.write(goal, Lang.EN, out, false);
        String answer = section(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8), "answer");
        // the synthetic curated group keeps the most of its members active: it is the choice, with its own mean
        double mean = model.decisions().stream()
                .filter(d -> d.outcome() == Outcome.FINAL_ACTIVE_SHARE && d.b().equals("small-curated-group"))
                .findFirst().orElseThrow().summaryB().mean();
        assertTrue(answer.contains("choose <strong>small-curated-group</strong>: "
                + Formats.value(Outcome.FINAL_ACTIVE_SHARE, Lang.EN, mean)), answer);
        assertTrue(answer.contains("Ranked by active share at the horizon"), answer);
        assertTrue(answer.contains("95% interval, for all 10 KPIs together"), answer);
        assertTrue(answer.contains("of the paired futures"), answer);
        assertTrue(answer.contains("What it costs") || answer.contains("It costs nothing measurable"), answer);
        assertFalse(Files.exists(out.resolve("charts")), "no charts asked for");
    }

    @Test
    void write_answerInChinese_choosesAndSpacesLatinNames(@TempDir Path out) throws IOException {
        HtmlReport.write(withGoal(model, Outcome.FINAL_ACTIVE_SHARE), Lang.ZH, out, false);
        String answer = section(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8), "answer");
        assertTrue(answer.contains("应选 <strong>small-curated-group</strong>"), answer);
        assertFalse(answer.matches("(?s).*[\\u4E00-\\u9FFF](<strong>)?[A-Za-z0-9].*"), "a Latin name touches Chinese: " + answer);
        assertFalse(answer.matches("(?s).*[A-Za-z0-9](</strong>)?[\\u4E00-\\u9FFF].*"), "Chinese touches a Latin name: " + answer);
    }

    @Test
    void write_decisionTable_aBoundJustBelowZero_keepsItsSign(@TempDir Path out) throws IOException {
        // the terminal's "5.571 [-0.020, 11.2]", no clear difference: report.html once showed "+6 [0, 11]"
        List<org.communitysim.experiments.stats.Decision> decisions = new java.util.ArrayList<>(model.decisions());
        var d = decisions.get(0);
        var p = d.paired();
        decisions.set(0, new org.communitysim.experiments.stats.Decision(Outcome.FINAL_ACTIVE, d.direction(), d.a(),
                d.b(), d.summaryA(), d.summaryB(), new org.communitysim.experiments.stats.PairedComparison(p.n(), 5.571,
                        p.ciLow(), p.ciHigh(), p.pT(), p.pWilcoxon(), p.effectSize(), p.probAGreater()),
                new org.communitysim.experiments.stats.Simultaneous(d.adjusted().family(), d.adjusted().confidence(),
                        -0.020, 11.2, 0.08), d.pHolm(), d.pHolmWilcoxon(), d.probABetter(),
                org.communitysim.experiments.stats.Verdict.NO_CLEAR_DIFFERENCE));
        ReportModel m = new ReportModel(model.title(), model.command(), model.masterSeed(), model.replicates(),
                model.wallSeconds(), model.version(), model.scenarios(), model.differences(), decisions, null, null,
                List.of());
        for (Lang lang : Lang.values()) {
            HtmlReport.write(m, lang, out.resolve(lang.name()), false);
            String table = section(Files.readString(out.resolve(lang.name()).resolve("report.html"),
                    StandardCharsets.UTF_8), "decisions");
            assertTrue(table.contains("+6 [\u22120.02, 11]"), table);
            assertFalse(table.contains("[0, 11]"), table);
        }
    }

    private static ReportModel withGoal(ReportModel m, Outcome goal) {
        return new ReportModel(m.title(), m.command(), m.masterSeed(), m.replicates(), m.wallSeconds(), m.version(),
                m.scenarios(), m.differences(), m.decisions(), goal, null, List.of());
    }

    @Test
    void write_distributions_showShareOfCollapsedReplicatesPerScenario() {
        String distributions = section(en, "distributions");
        assertTrue(distributions.contains(" of " + REPLICATES + " ("), distributions);
        assertEquals(3, count(distributions, "<svg class=\"hist\""));
    }

    @Test
    void write_reproduce_showsCommandSeedAndVersion() {
        String reproduce = section(en, "reproduce");
        assertTrue(reproduce.contains("community-sim compare --replicates 12 --seed 20240601"));
        assertTrue(reproduce.contains("20240601"));
        assertTrue(reproduce.contains("0.1.0-SNAPSHOT"));
        assertTrue(reproduce.contains("12 min 34 s"));
        // the command as the user typed it, quotes included; in element text an apostrophe needs no escaping
        assertTrue(reproduce.contains("<pre><code>community-sim compare --replicates 12 --seed 20240601 'big-open-group'"),
                "command shown verbatim");
    }

    @Test
    void write_report_isSelfContained() {
        SyntheticReports.assertSelfContained(en);
        SyntheticReports.assertSelfContained(zh);
    }

    @Test
    void write_chinese_usesOperatorKpiNamesAndLangAttribute() {
        assertTrue(zh.contains("<html lang=\"zh-CN\">"));
        for (String word : List.of("结论", "决策表", "期末活跃率", "30 天留存率", "流失率", "转化率", "前 30 天新增量",
                "衰亡", "每日走势", "如何复现", "更好")) {
            assertTrue(zh.contains(word), word);
        }
        assertFalse(zh.contains("The answer"));
        assertFalse(zh.contains("Decision table"));
    }

    @Test
    void write_scenarioNamedScript_escapedEverywhere(@TempDir Path out) throws IOException {
        ReportModel hostile = SyntheticReports.twoScenarios("<script>alert(1)</script>", "b&b \"quoted\"", 6, 31);
        HtmlReport.write(hostile, Lang.EN, out);
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("b&amp;b &quot;quoted&quot;"));
        assertTrue(html.contains("Small curated group &lt;cap 100&gt; &amp; screened"), "descriptions escaped");
        assertTrue(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; vs b&amp;b"), "title escaped");
    }

    @Test
    void write_sameModelTwice_identicalBytes(@TempDir Path again) throws IOException {
        HtmlReport.write(model, Lang.EN, again);
        SyntheticReports.assertSameReport(root.resolve("en"), again);
    }

    @Test
    void write_noDecisionsNoDifferences_stillWritesAReport(@TempDir Path out) throws IOException {
        ReportModel bare = new ReportModel("bare", "cmd", 1, model.replicates(), Double.NaN, "v", model.scenarios(),
                List.of(), List.of());
        HtmlReport.write(bare, Lang.EN, out);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("no pair of scenarios was compared"));
        assertTrue(html.contains("The scenarios have the same parameters."));
    }

    @Test
    void write_noScenarios_writesAReportSayingSo(@TempDir Path out) throws IOException {
        ReportModel empty = new ReportModel("nothing", "cmd", 1, 0, 0.5, "v", List.of(), List.of(), List.of());
        HtmlReport.write(empty, Lang.ZH, out);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("报告中没有方案。"));
        assertEquals(count(html, "<table"), count(html, "</table>"));
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\"");
        assertTrue(start >= 0, id);
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    private static void assertNonEmpty(Path file) throws IOException {
        assertTrue(Files.exists(file), file.toString());
        assertTrue(Files.size(file) > 0, file.toString());
    }
}
