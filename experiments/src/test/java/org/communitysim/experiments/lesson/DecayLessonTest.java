package org.communitysim.experiments.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.communitysim.scenario.file.InputException;
import org.communitysim.experiments.cli.Main;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.experiments.report.Lang;
import org.communitysim.experiments.report.SyntheticReports;
import org.communitysim.experiments.report.LessonModel;
import org.communitysim.experiments.report.LessonModel.GroupFacts;
import org.communitysim.experiments.report.LessonReport;
import org.communitysim.experiments.stats.KaplanMeier;
import org.communitysim.experiments.sweep.DesignType;
import org.communitysim.experiments.sweep.PointSummary;
import org.communitysim.experiments.sweep.SweepParameter;
import org.communitysim.experiments.sweep.SweepSpec;
import org.communitysim.model.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lesson pipeline end to end on tiny settings (1,500 people, 90 days, 4 replicates per group, a 2 × 2 phase
 * diagram of 2 replicates): the page, its sections and sub-reports exist, and its numbers are this run's.
 */
class DecayLessonTest {
    private static final Path HOME = Path.of("..").toAbsolutePath().normalize();
    private static final int DAYS = 90;

    @TempDir
    static Path dir;
    static DecayLesson.Result result;
    static LessonModel model;
    static String html;

    @BeforeAll
    static void runTinyLesson() throws Exception {
        DecayLesson.Inputs inputs = DecayLesson.Inputs.shipped(HOME);
        Path shippedBase = HOME.resolve("experiments/specs/decay-base.json");
        Path base = Files.createDirectories(dir.resolve("inputs")).resolve("base.json");
        Files.writeString(base, "{\"extends\": \"" + shippedBase.toString().replace("\\", "\\\\") + "\", "
                + "\"population\": {\"size\": 1500}, \"group\": {\"outsideExposure\": 40}, \"horizonDays\": " + DAYS + "}");
        UnaryOperator<SweepSpec> tiny = s -> new SweepSpec(s.file(), s.name(), s.description(), base,
                List.of(values(s.parameters().get(0), 50, 100), values(s.parameters().get(1), 0, 0.5)), DesignType.GRID,
                0, 2, s.seed(), s.outcomes(), s.morrisLevels(), s.bootstrap());
        DecayLesson.Settings settings = new DecayLesson.Settings(inputs, 4,
                List.of("population.size=1500", "horizonDays=" + DAYS), tiny);
        result = DecayLesson.run(settings, Lang.EN, dir.resolve("lesson"), 2, "community-sim lesson decay --lang en",
                "test", Ensemble.Progress.NONE);
        model = result.model();
        html = Files.readString(result.page(), StandardCharsets.UTF_8);
    }

    private static SweepParameter values(SweepParameter p, double... v) {
        return new SweepParameter(p.path(), p.integer(), v, Double.NaN, Double.NaN, 0, false);
    }

    @Test
    void run_tinySettings_writesOnePageWithItsSectionsChartsAndSubReports() {
        Path out = dir.resolve("lesson");
        assertEquals(out.resolve("lesson.html"), result.page());
        for (String section : List.of("groups", "cycle", "phase", "ablation", "discussion", "reproduce")) {
            assertTrue(html.contains("<section id=\"" + section + "\">"), section);
        }
        assertTrue(html.indexOf("id=\"groups\"") < html.indexOf("id=\"phase\"")
                && html.indexOf("id=\"phase\"") < html.indexOf("id=\"ablation\""), "sections in teaching order");
        for (String chart : List.of("groups-active", "groups-members", "heatmap-final_active_share", "ablation-active")) {
            assertTrue(Files.exists(out.resolve("charts/" + chart + ".svg")), chart);
            assertTrue(html.contains("<figure id=\"" + chart + "\">"), chart + " inlined");
        }
        assertTrue(Files.exists(out.resolve("compare/report.html")), "the compare report of the three groups");
        assertTrue(Files.exists(out.resolve("phase-diagram/report.html")), "the sweep report");
        assertTrue(Files.exists(out.resolve("phase-diagram/points.csv")));
        assertTrue(html.contains("<a href=\"phase-diagram/report.html\">"));
        assertTrue(html.contains("<pre><code>community-sim lesson decay --lang en</code></pre>"));
    }

    @Test
    void run_threeGroups_areTheShippedScenariosWithTheAblationSwitches() {
        assertEquals(4, model.replicates());
        assertEquals(500, model.open().scenario().group().sizeCap());
        assertEquals(100, model.curated().scenario().group().sizeCap());
        assertTrue(model.open().scenario().ablations().noise());
        assertFalse(model.ablated().scenario().ablations().noise());
        assertFalse(model.ablated().scenario().ablations().bystander());
        assertFalse(model.ablated().scenario().ablations().overload());
        assertTrue(model.ablated().scenario().ablations().advertisers(), "advertisers stay on");
        assertEquals(1500, model.open().scenario().population().size(), "the test's override reached the groups");
        assertEquals(4, model.phase().points().size());
    }

    @Test
    void facts_areMediansOfThisRunsOutcomes_andTheCaptionsQuoteThem() {
        for (ScenarioRuns runs : List.of(model.open(), model.curated(), model.ablated())) {
            GroupFacts f = LessonFacts.of(runs);
            assertEquals(median(runs.values(Outcome.ACTIVE_RETAINED)), f.kept(), 1e-12);
            assertEquals(median(runs.values(Outcome.PEAK_ACTIVE)), f.peakActive(), 1e-12);
            assertEquals(median(runs.values(Outcome.FINAL_ACTIVE_SHARE)), f.finalShare(), 1e-12);
        }
        double openKept = median(model.open().values(Outcome.ACTIVE_RETAINED));
        double curatedKept = median(model.curated().values(Outcome.ACTIVE_RETAINED));
        double ablatedKept = median(model.ablated().values(Outcome.ACTIVE_RETAINED));
        assertTrue(html.contains("and kept " + percent(openKept) + " of them by day " + DAYS + "; the small curated "
                + "group peaked at "), html);
        assertTrue(html.contains("active members and kept " + percent(curatedKept) + "."));
        assertTrue(html.contains("kept " + percent(ablatedKept) + " of them by day " + DAYS + ", against "
                + percent(openKept) + " with them on"));
        assertTrue(html.contains("On day " + DAYS + ", " + percent(median(model.open().values(Outcome.FINAL_ACTIVE_SHARE)))
                + " of the open group's"));
    }

    @Test
    void conclusions_areTheOnesTheNumbersSupport() {
        GroupFacts open = model.openFacts();
        GroupFacts ablated = model.ablatedFacts();
        boolean gone = ablated.kept() >= 0.9 && ablated.kept() > open.kept() + 0.1;
        assertEquals(gone, html.contains("The decay disappears"));
        boolean decay = open.kept() < model.curatedFacts().kept() - 0.1 && open.finalShare() < model.curatedFacts().finalShare();
        assertEquals(decay, html.contains("The open group lost much more of its activity than the curated group."));
        assertEquals(!decay, html.contains("the usual story does not hold here"));
    }

    @Test
    void phaseFact_isTheBoundaryReadFromThePoints() {
        Map<Double, Double> lowest = new TreeMap<>();
        for (double cap : new double[] {50, 100}) {
            lowest.put(cap, Double.NaN);
            for (double theta : new double[] {0, 0.5}) {
                for (PointSummary p : model.phase().points()) {
                    if (p.values()[0] == cap && p.values()[1] == theta && Double.isNaN(lowest.get(cap))
                            && p.summaries().get(Outcome.FINAL_ACTIVE_SHARE).mean() > 0.5) {
                        lowest.put(cap, theta);
                    }
                }
            }
        }
        for (Map.Entry<Double, Double> e : lowest.entrySet()) {
            String cap = Long.toString(Math.round(e.getKey()));
            String expected = Double.isNaN(e.getValue()) ? cap + " → never"
                    : e.getValue() == 0 ? cap + " → already at 0" : cap + " → 0.5";
            assertTrue(html.contains(expected), expected);
        }
    }

    @Test
    void captions_followTheModel_soNoNumberIsCanned(@TempDir Path other) throws IOException {
        GroupFacts o = model.openFacts();
        GroupFacts changed = new GroupFacts(o.peakMembers(), o.finalMembers(), 777, 41, o.finalActive(), 0.123,
                0.456, o.affinityFinal(), o.postValueFinal(), o.onTopicFinal(), o.affinityAtPeakDay(),
                o.affinityLastDay(), o.collapsed(), o.horizonDays());
        LessonModel m = new LessonModel(model.command(), model.seed(), model.replicates(), model.wallSeconds(),
                model.version(), model.open(), model.curated(), model.ablated(), changed, model.curatedFacts(),
                model.ablatedFacts(), model.phase(), model.phaseBase(), model.compareFolder(), model.phaseFolder(),
                model.worlds());
        String page = Files.readString(LessonReport.write(m, Lang.EN, other), StandardCharsets.UTF_8);
        assertTrue(page.contains("the big open group peaked at 777 active members around day 41 and kept 12% of them"));
        assertTrue(page.contains("On day " + DAYS + ", 46% of the open group"));
        assertTrue(page.contains("against 12% with them on"));
    }

    @Test
    void whyGroupsDie_bothLanguages_quotesItsOwnSurvivalCurves(@TempDir Path other) throws IOException {
        LessonModel.Worlds worlds = model.worlds();
        assertEquals(4, worlds.replicates(), "the tiny lesson's replicates, fewer than 30");
        assertEquals(10 * 4, worlds.busy().groups().rows().size(), "ten groups in each run");
        String zh = Files.readString(LessonReport.write(model, Lang.ZH, other), StandardCharsets.UTF_8);
        for (String page : List.of(html, zh)) {
            assertTrue(page.contains("<section id=\"groups-die\">"));
            assertTrue(page.contains("<figure id=\"survival\">"));
            assertTrue(page.contains("why-groups-die/report.html"));
            for (ScenarioRuns runs : List.of(worlds.busy(), worlds.quiet())) {
                KaplanMeier.Curve c = runs.groups().survival();
                for (int day : new int[] {7, 30}) {
                    String quoted = percent(c.at(day)) + " [" + percent(c.lowAt(day)) + ", "
                            + percent(c.highAt(day)) + "]";
                    assertTrue(page.contains(quoted), runs.scenario().name() + " day " + day + ": " + quoted);
                }
            }
        }
        assertTrue(html.contains("5. Why most groups die"));
        assertTrue(zh.contains("5. 为什么大多数群会死"));
        // the quiet world is the busy one without background groups, on the same random numbers
        assertEquals(0, worlds.quiet().scenario().world().background().perPerson());
        assertEquals(5, worlds.busy().scenario().world().background().perPerson());
        for (String file : List.of("groups.csv", "survival.csv", "report.html")) {
            assertTrue(Files.isRegularFile(dir.resolve("lesson").resolve(DecayLesson.GROUPS_FOLDER).resolve(file)),
                    file);
        }
    }

    @Test
    void page_isSelfContained() {
        SyntheticReports.assertSelfContained(html);
    }

    @Test
    void run_folderHoldingALesson_refusedBeforeRunning() {
        DecayLesson.Settings settings = new DecayLesson.Settings(inputsOrFail(), 2, List.of("population.size=1500"),
                s -> s);
        InputException e = assertThrows(InputException.class, () -> DecayLesson.run(settings, Lang.EN,
                dir.resolve("lesson"), 1, "c", "test", Ensemble.Progress.NONE));
        assertTrue(e.getMessage().contains("already holds a lesson"), e.getMessage());
    }

    @Test
    void inputs_shippedFilesMissing_sayWhereTheyWereLookedFor(@TempDir Path empty) {
        assumeFalse(Files.exists(Path.of("scenarios/big-open-group.json")), "tests run from the experiments folder");
        InputException e = assertThrows(InputException.class, () -> DecayLesson.Inputs.shipped(empty));
        assertTrue(e.getMessage().contains("scenarios/big-open-group.json"), e.getMessage());
        assertTrue(e.getMessage().contains(empty.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("communitysim.home"), e.getMessage());
    }

    @Test
    void shippedSpec_isAGridOverSizeCapAndThresholdInALargerMarket() throws Exception {
        SweepSpec spec = org.communitysim.experiments.sweep.SweepSpecs.load(
                HOME.resolve("experiments/specs/decay-phase-diagram.json"));
        assertEquals(DesignType.GRID, spec.design());
        assertEquals(List.of("group.sizeCap", "group.threshold"), spec.parameterPaths());
        assertTrue(spec.parameters().get(0).levels() >= 5 && spec.parameters().get(1).levels() >= 7, "enough points");
        assertEquals(List.of(Outcome.FINAL_ACTIVE_SHARE, Outcome.FINAL_ACTIVE), spec.outcomes());
        var base = org.communitysim.scenario.file.ScenarioFiles.load(spec.base());
        assertEquals(20000, base.population().size());
        assertEquals(150.0, base.group().outsideExposure());
        assertEquals(500, base.group().sizeCap(), "the big open group");
        assertEquals(0.0, base.group().threshold());
    }

    @Test
    void cli_unknownLesson_exitsWithInputError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"lesson", "growth"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.INPUT_ERROR, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown lesson 'growth'; available: decay"));
    }

    private static DecayLesson.Inputs inputsOrFail() {
        try {
            return DecayLesson.Inputs.shipped(HOME);
        } catch (InputException e) {
            throw new AssertionError(e.getMessage());
        }
    }

    private static double median(double[] values) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        double h = (v.length - 1) * 0.5;
        int lo = (int) Math.floor(h);
        return lo + 1 < v.length ? v[lo] + (h - lo) * (v[lo + 1] - v[lo]) : v[lo];
    }

    /** A share as the page prints it: whole percent, one decimal just above 0 and just below 100. */
    private static String percent(double share) {
        double pct = share * 100;
        boolean edge = pct != 0 && pct != 100 && (pct < 1 || pct > 99);
        return String.format(Locale.ROOT, edge ? "%.1f%%" : "%.0f%%", pct);
    }
}
