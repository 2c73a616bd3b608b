package org.communitysim.experiments.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.communitysim.experiments.sweep.SweepResult;
import org.communitysim.experiments.sweep.sensitivity.SensitivityIndices;
import org.communitysim.experiments.sweep.PointSummary;
import org.communitysim.experiments.stats.Summary;
import org.communitysim.model.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepReportTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @TempDir
    static Path root;
    static SweepResult grid;
    static String en;
    static String zh;

    @BeforeAll
    static void writeGridReports() throws IOException {
        grid = SyntheticSweeps.grid("decay <phase> & \"diagram\"", "Where does a group <b>stay</b> alive?");
        SweepReport.write(grid, Lang.EN, root.resolve("en"));
        SweepReport.write(grid, Lang.ZH, root.resolve("zh"));
        en = Files.readString(root.resolve("en/report.html"), StandardCharsets.UTF_8);
        zh = Files.readString(root.resolve("zh/report.html"), StandardCharsets.UTF_8);
    }

    @Test
    void write_twoParameterGrid_drawsAHeatmapPerOutcomeAsPngAndSvg() throws IOException {
        for (String id : List.of("heatmap-final_active_share", "heatmap-final_active")) {
            Path png = root.resolve("en/charts/" + id + ".png");
            Path svg = root.resolve("en/charts/" + id + ".svg");
            assertTrue(Files.size(png) > 1000, id);
            assertArrayEquals(PNG_SIGNATURE, java.util.Arrays.copyOf(Files.readAllBytes(png), 8), id);
            assertTrue(Files.readString(svg).contains("<svg"), id);
            assertTrue(en.contains("<figure id=\"" + id + "\">"), id + " inlined");
        }
        assertTrue(en.contains("id=\"heatmap-final_active_share-1\""), "inline SVG ids renumbered per chart");
    }

    @Test
    void write_heatmapCaption_statesThePhaseBoundaryReadFromThePoints() {
        // SHARE: cap 50 above one half already when open, cap 100 from θ = 0.3, cap 200 never (at most 45%)
        assertTrue(en.contains("For each size cap, the lowest entry threshold θ at which the mean active share at the "
                + "horizon exceeds 50%: 50 → already at 0; 100 → 0.3; 200 → never (at most 45%)."), en);
        assertTrue(zh.contains("100 → 0.3"));
        // the count outcome gets its extremes instead: 0.95 × 50 = 47.5 is not the maximum, 0.9 × 100 = 90 is
        assertTrue(en.contains("Highest mean active members at the horizon: 90 at size cap = 100, entry threshold θ = 0.6"));
    }

    @Test
    void write_grid_showsWhatWasVariedDesignAndRuns() {
        assertTrue(en.contains("<code>group.sizeCap</code>"));
        assertTrue(en.contains("50, 100, 200"));
        assertTrue(en.contains("0, 0.3, 0.6"));
        assertTrue(en.contains("Parameter sweep (grid design): 9 points × 5 replicates = 45 runs."));
        assertTrue(en.contains("Full grid: every combination of the parameters' values."));
        assertTrue(en.contains("sweep.json"), "names the resolved spec");
        assertTrue(en.contains("<pre><code>community-sim sweep 'my specs/x.json' --lang en</code></pre>"));
        assertTrue(en.contains("All 9 points"), "small sweeps list every point");
        assertTrue(en.contains("55% [50%, 60%]"), "point mean with its CI");
    }

    @Test
    void write_report_isSelfContained() {
        SyntheticReports.assertSelfContained(en);
        SyntheticReports.assertSelfContained(zh);
    }

    @Test
    void write_nameAndDescription_escapedEverywhere() {
        assertFalse(en.contains("<phase>"));
        assertFalse(en.contains("<b>stay</b>"));
        // in element text only <, > and & need escaping (quotes matter inside attributes, where they are escaped)
        assertTrue(en.contains("<title>decay &lt;phase&gt; &amp; \"diagram\"</title>"));
        assertTrue(en.contains("Where does a group &lt;b&gt;stay&lt;/b&gt; alive?"));
    }

    @Test
    void write_sameResultTwice_identicalBytes(@TempDir Path again) throws IOException {
        SweepReport.write(grid, Lang.EN, again);
        SyntheticReports.assertSameReport(root.resolve("en"), again);
    }

    @Test
    void write_chinese_usesChineseSectionsAndLangAttribute() {
        assertTrue(zh.contains("<html lang=\"zh-CN\">"));
        for (String word : List.of("改变了哪些参数", "实验设计", "各点结果", "如何复现", "期末活跃率", "群规模上限")) {
            assertTrue(zh.contains(word), word);
        }
        assertFalse(zh.contains("What was varied"));
    }

    @Test
    void write_morris_drawsSensitivityBarsAndTablesWithConfidenceIntervals(@TempDir Path dir) throws IOException {
        SweepResult morris = SyntheticSweeps.morris();
        SweepReport.write(morris, Lang.EN, dir);
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(Files.size(dir.resolve("charts/sensitivity-final_active_share.png")) > 1000);
        assertTrue(Files.exists(dir.resolve("charts/sensitivity-final_active_share.svg")));
        assertTrue(html.contains("<section id=\"sensitivity\">"));
        assertTrue(html.contains("μ* (95% CI)") && html.contains("σ (95% CI)"));
        // size cap's μ* interval [0.35, 0.50] overlaps the threshold's [0.22, 0.40]: no "most influential" claim
        assertTrue(html.contains("On active share at the horizon, Size cap has the largest μ* (0.420, 95% CI 0.350 to "
                + "0.500), but its interval overlaps those of Entry threshold θ: at this sample size they cannot be told "
                + "apart, so no single parameter is the most influential."), html);
        assertFalse(html.contains("Most influential"), html);
        assertTrue(html.contains("0.420 [0.350, 0.500]"), "μ* with its CI in the table");
        // three parameters and no grid: no heat map; a screening design draws no scatter either
        try (Stream<Path> files = Files.list(dir.resolve("charts"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("sensitivity-final_active_share.png", "sensitivity-final_active_share.svg"), names);
        }
    }

    @Test
    void write_morrisWithSeparatedIntervals_namesTheMostInfluential(@TempDir Path dir) throws IOException {
        SweepResult m = SyntheticSweeps.morris();
        SensitivityIndices si = m.sensitivity().get(0);
        double[] high = si.firstHigh().clone();
        high[1] = 0.34; // the threshold's interval now ends below the size cap's lower bound 0.35
        SensitivityIndices separated = new SensitivityIndices(si.method(), si.outcome(), si.parameters(), si.first(),
                si.firstLow(), high, si.second(), si.secondLow(), si.secondHigh(), si.mu());
        SweepResult r = new SweepResult(m.spec(), m.points(), List.of(separated), m.runs(), m.ranNow(),
                m.wallSeconds(), m.command(), m.version());
        SweepReport.write(r, Lang.EN, dir);
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("Most influential on active share at the horizon: Size cap (μ* = 0.420, 95% CI 0.350 "
                + "to 0.500); least: Operator posts per day (μ* = 0.0500)."), html);
        SweepReport.write(r, Lang.ZH, dir.resolve("zh"));
        assertTrue(Files.readString(dir.resolve("zh/report.html")).contains("影响最大的是"));
    }

    @Test
    void barLabels_morris_everyParameterNamedAboveItsHighestBarOrWhisker() {
        SensitivityIndices si = SyntheticSweeps.morris().sensitivity().get(0);
        List<String> names = SweepCharts.parameterNames(si.parameters(), Lang.EN);
        List<SweepCharts.BarLabel> labels = SweepCharts.barLabels(si, names, 0.01);
        assertEquals(List.of("Size cap", "Entry threshold θ", "Operator posts per day"),
                labels.stream().map(SweepCharts.BarLabel::text).toList());
        for (int j = 0; j < 3; j++) {
            assertEquals(j, labels.get(j).x(), 0.0, "at its bars");
            double top = Math.max(si.firstHigh()[j], si.secondHigh()[j]);
            assertEquals(top + 0.012, labels.get(j).y(), 1e-12, "above its whiskers");
        }
    }

    @Test
    void write_grid_drawsTheUncertaintyMapAndMarksCellsWithFewReplicates(@TempDir Path dir) throws IOException {
        assertTrue(Files.readString(root.resolve("en/charts/heatmap-ci-final_active_share.svg")).contains("<svg"));
        assertTrue(en.contains("<figure id=\"heatmap-ci-final_active_share\">"));
        assertTrue(en.contains("uncertainty (± of the 95% CI)"), en);
        assertTrue(en.contains("The widest interval is ±"), en);
        assertFalse(en.contains("Cells with fewer than"), "5 replicates everywhere: none marked");
        assertTrue(zh.contains("最宽的区间为 ±"));

        SweepResult g = SyntheticSweeps.grid("few", "");
        List<PointSummary> points = new java.util.ArrayList<>(g.points());
        PointSummary last = points.get(points.size() - 1);
        java.util.Map<org.communitysim.model.RunOutcome, Summary> m = new java.util.LinkedHashMap<>(last.summaries());
        Summary s = m.get(Outcome.FINAL_ACTIVE_SHARE);
        m.put(Outcome.FINAL_ACTIVE_SHARE, new Summary(2, s.mean(), s.sd(), s.median(), s.ciLow() - 0.3, s.ciHigh() + 0.3));
        points.set(points.size() - 1, new PointSummary(last.point(), last.values(), m));
        SweepResult few = new SweepResult(g.spec(), points, List.of(), g.runs(), g.ranNow(), g.wallSeconds(),
                g.command(), g.version());
        SweepReport.write(few, Lang.EN, dir);
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("Cells with fewer than 5 replicates with a value (their means are unreliable; size cap, "
                + "entry threshold θ): (200, 0.6) n = 2."), html);
        assertTrue(html.contains("The widest interval is ±35%, at Size cap = 200 and Entry threshold θ = 0.6."), html);
    }

    @Test
    void write_saltelli_reportsFirstOrderAndTotalIndices(@TempDir Path dir) throws IOException {
        SweepReport.write(SyntheticSweeps.saltelli(), Lang.EN, dir);
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(Files.exists(dir.resolve("charts/sensitivity-final_active_share.svg")));
        assertTrue(html.contains("S1 (95% CI)") && html.contains("ST (95% CI)"));
        assertTrue(html.contains("Entry threshold θ alone explains the largest share of the variance of active share at "
                + "the horizon (S1 = 0.550, 95% CI 0.450 to 0.650); the largest total effect is Entry threshold θ's "
                + "(ST = 0.700)."), html);
        assertTrue(html.contains("−0.0100 [−0.0500, 0.0300]"), "a negative S1 estimate shown as it is");
    }

    @Test
    void write_manyPoints_listsTheBestThirtyAndSaysWhereTheRestAre(@TempDir Path dir) throws IOException {
        SweepReport.write(SyntheticSweeps.manyPoints(70), Lang.EN, dir);
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("The 30 points with the highest mean active share at the horizon, of 70 (all of them "
                + "are in points.csv)"), html);
        String table = html.substring(html.indexOf("<table class=\"points\">"));
        assertTrue(table.indexOf("<td class=\"num\">69</td>") < table.indexOf("<td class=\"num\">68</td>"),
                "best first");
        assertFalse(table.substring(0, table.indexOf("</table>")).contains("<td class=\"num\">39</td>"),
                "point 39 is not among the best 30");
    }

    @Test
    void write_oneParameter_drawsTheMeanWithItsConfidenceBand(@TempDir Path dir) throws IOException {
        SweepReport.write(SyntheticSweeps.oneParameter(), Lang.EN, dir);
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(Files.size(dir.resolve("charts/line-final_active.png")) > 1000);
        assertTrue(html.contains("The line is the mean over the 5 replicates of each point, the band its 95% confidence "
                + "interval."));
        assertTrue(html.contains("Highest mean active members at the horizon: 200 at operator posts per day = 4;"));
    }

    @Test
    void write_latinHypercube_drawsEachOutcomeAgainstEachParameter(@TempDir Path dir) throws IOException {
        SweepReport.write(SyntheticSweeps.lhs(), Lang.EN, dir);
        assertTrue(Files.exists(dir.resolve("charts/scatter-final_active_share-group_sizeCap.svg")));
        assertTrue(Files.exists(dir.resolve("charts/scatter-final_active_share-group_threshold.svg")));
        assertFalse(Files.exists(dir.resolve("charts/heatmap-final_active_share.svg")));
    }
}
