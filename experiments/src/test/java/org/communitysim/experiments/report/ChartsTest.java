package org.communitysim.experiments.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @TempDir
    static Path dir;
    static List<ScenarioRuns> scenarios;
    static List<Charts.Drawn> charts;

    @BeforeAll
    static void drawAll() throws IOException {
        scenarios = SyntheticReports.threeScenarios("big", "small", "kol", 12, 61).scenarios();
        charts = Charts.writeAll(scenarios, Lang.EN, dir.resolve("charts"));
    }

    @Test
    void writeAll_everyChart_writesNonEmptyPngAndSvgUnderStableNames() throws IOException {
        assertEquals(Charts.FAN_METRICS.size() + Charts.BOX_OUTCOMES.size(), charts.size());
        for (DailyMetric m : Charts.FAN_METRICS) {
            assertChartFiles("fan-" + m.column());
        }
        for (Outcome o : Charts.BOX_OUTCOMES) {
            assertChartFiles("box-" + o.column());
        }
        assertTrue(Files.exists(dir.resolve("charts/fan-active.png")));
        assertTrue(Files.exists(dir.resolve("charts/box-final_active_share.svg")));
    }

    @Test
    void writeAll_returnedSvg_isTheInlineFormOfTheFile() throws IOException {
        for (Charts.Drawn chart : charts) {
            String file = Files.readString(chart.svgFile(), StandardCharsets.UTF_8);
            assertTrue(chart.svg().startsWith("<svg "), chart.id());
            assertFalse(chart.svg().contains("<!DOCTYPE"), chart.id());
            assertTrue(file.contains(chart.svg().substring(chart.svg().indexOf("height="), chart.svg().indexOf("height=") + 40)));
            assertTrue(chart.svg().contains("id=\"" + chart.id() + "-1\""), chart.id() + " ids renumbered");
        }
    }

    @Test
    void fanChart_sameInputTwice_identicalSvgAndPngBytes(@TempDir Path other) throws IOException {
        Charts.Drawn again = Charts.fanChart(scenarios, DailyMetric.ACTIVE, Lang.EN, other);
        Path first = dir.resolve("charts/fan-active.svg");
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(again.svgFile()));
        assertArrayEquals(Files.readAllBytes(dir.resolve("charts/fan-active.png")), Files.readAllBytes(again.pngFile()));
    }

    @Test
    void warmUp_whileChartsAreDrawn_writesNoFileAndLeavesEveryChartByteIdentical(@TempDir Path other)
            throws Exception {
        Thread warm = new Thread(() -> {
            try {
                for (int i = 0; i < 3; i++) {
                    Charts.warmUp(Lang.ZH);
                    Charts.warmUp(Lang.EN);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        warm.start();
        List<Charts.Drawn> again = Charts.writeAll(scenarios, Lang.EN, other.resolve("charts"));
        warm.join();
        assertEquals(charts.size(), again.size());
        for (int i = 0; i < charts.size(); i++) {
            assertArrayEquals(Files.readAllBytes(charts.get(i).pngFile()), Files.readAllBytes(again.get(i).pngFile()),
                    charts.get(i).id());
            assertArrayEquals(Files.readAllBytes(charts.get(i).svgFile()), Files.readAllBytes(again.get(i).svgFile()),
                    charts.get(i).id());
        }
        try (var files = Files.list(other.resolve("charts"))) {
            assertEquals(2L * charts.size(), files.count(), "only the charts' own PNG and SVG files");
        }
    }

    @Test
    void charts_everyScenario_drawnInItsOwnColourInFanAndBox() throws IOException {
        String fan = Files.readString(dir.resolve("charts/fan-members.svg"));
        String box = Files.readString(dir.resolve("charts/box-joins_30.svg"));
        for (int s = 0; s < scenarios.size(); s++) {
            Color c = Charts.scenarioColor(s);
            String rgb = "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
            assertTrue(fan.contains(rgb), "fan lacks " + rgb);
            assertTrue(box.contains(rgb), "box lacks " + rgb);
        }
    }

    @Test
    void boxChart_scenarioWithOnlyNaN_omittedAndSaidInNotes(@TempDir Path out) throws IOException {
        // the two-scenario fixture's second scenario has no conversion rate at all
        List<ScenarioRuns> two = SyntheticReports.twoScenarios("big", "small", 8, 31).scenarios();
        Charts.Drawn chart = Charts.boxChart(two, Outcome.CONVERSION_RATE, Lang.EN, out);
        assertTrue(chart.drawn());
        assertTrue(chart.notes().stream().anyMatch(n -> n.startsWith("small:") && n.contains("not in this chart")),
                chart.notes().toString());
    }

    @Test
    void boxChart_noScenarioHasAValue_notDrawnAndOldFilesRemoved(@TempDir Path out) throws IOException {
        Files.writeString(out.resolve("box-retention_30.svg"), "stale");
        List<ScenarioRuns> nan = SyntheticReports.twoScenarios("a", "b", 6, 31).scenarios().stream()
                .map(ChartsTest::withoutRetention).toList();
        Charts.Drawn chart = Charts.boxChart(nan, Outcome.RETENTION_30, Lang.EN, out);
        assertFalse(chart.drawn());
        assertEquals("", chart.svg());
        assertFalse(Files.exists(out.resolve("box-retention_30.svg")));
        assertTrue(chart.notes().get(chart.notes().size() - 1).contains("not drawn"));
    }

    @Test
    void fanChart_chinese_textInChineseIfAFontHasTheGlyphsElseEnglish(@TempDir Path out) throws IOException {
        Charts.Drawn chart = Charts.fanChart(scenarios, DailyMetric.MEMBERS, Lang.ZH, out);
        assertEquals(!Charts.chineseGlyphsAvailable(), chart.textInEnglish());
        assertEquals("成员数：中位数、50% 与 90% 区间", chart.title()); // the HTML side stays Chinese
    }

    @Test
    void boxChart_identicalValues_drawnWithoutDividingByZero(@TempDir Path out) throws IOException {
        List<ScenarioRuns> flat = SyntheticReports.twoScenarios("a", "b", 5, 31).scenarios().stream()
                .map(r -> withOutcome(r, Outcome.JOINS_30, 7.0)).toList();
        Charts.Drawn chart = Charts.boxChart(flat, Outcome.JOINS_30, Lang.EN, out);
        assertTrue(chart.drawn());
        assertTrue(Files.size(chart.pngFile()) > 0);
    }

    private static ScenarioRuns withoutRetention(ScenarioRuns runs) {
        return withOutcome(runs, Outcome.RETENTION_30, Double.NaN);
    }

    private static ScenarioRuns withOutcome(ScenarioRuns runs, Outcome outcome, double value) {
        double[][] outcomes = Arrays.stream(runs.outcomes()).map(double[]::clone).toArray(double[][]::new);
        for (double[] row : outcomes) {
            row[outcome.ordinal()] = value;
        }
        return new ScenarioRuns(runs.scenario(), runs.seeds(), outcomes, runs.bands());
    }

    private static void assertChartFiles(String id) throws IOException {
        Path png = dir.resolve("charts/" + id + ".png");
        Path svg = dir.resolve("charts/" + id + ".svg");
        assertTrue(Files.size(png) > 1000, id + ".png");
        assertTrue(Files.size(svg) > 1000, id + ".svg");
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(Files.readAllBytes(png), 8), id + ".png is a PNG");
        assertTrue(Files.readString(svg).contains("<svg"), id + ".svg is an SVG");
    }
}
