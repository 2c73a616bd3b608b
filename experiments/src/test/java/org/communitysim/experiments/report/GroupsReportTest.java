package org.communitysim.experiments.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communitysim.experiments.job.MonteCarloJob;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.experiments.stats.KaplanMeier;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.ScenarioFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The groups section of report.html: a compare with a world of many groups shows the survival curve, the share alive
 * at day 7 and 30 with their intervals, and one panel per group, in both languages; a compare of single groups that
 * never die shows none of it.
 */
class GroupsReportTest {
    private static final Path HOME = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> SMALL = List.of("population.size=1500", "horizonDays=60");

    @TempDir
    Path dir;

    private MonteCarloJob.Produced compare(List<String> files, Lang lang, Path out) throws Exception {
        List<Scenario> scenarios = new java.util.ArrayList<>();
        for (String f : files) {
            scenarios.add(ScenarioFiles.load(HOME.resolve("scenarios/" + f + ".json"), SMALL));
        }
        return MonteCarloJob.run(new MonteCarloJob.Spec(scenarios, 3, 5, 2, false, false, lang, out, "test", "test"),
                Ensemble.Progress.NONE);
    }

    @Test
    void report_manyGroups_showsSurvivalCurveSharesAndPanelsInBothLanguages() throws Exception {
        for (Lang lang : Lang.values()) {
            Path out = dir.resolve(lang.name());
            MonteCarloJob.Produced p = compare(List.of("matrix-of-10-busy", "reference"), lang, out);
            String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
            assertTrue(html.contains("<section id=\"groups\">"), lang + ": groups section");
            assertTrue(html.contains("<figure id=\"survival\">"), lang + ": survival chart");
            assertTrue(Files.isRegularFile(out.resolve("charts/survival.svg")));
            for (int g = 0; g < 10; g++) {
                assertTrue(html.contains("<figure id=\"groups-1-" + g + "\">"), lang + ": panel of group " + g);
            }
            assertFalse(html.contains("<figure id=\"groups-2-"), "the reference's one group gets no panel");
            assertTrue(html.contains(Labels.text(Labels.Text.SECTION_GROUPS, lang)));
            // the shares quoted are the curve's own, with their band
            ScenarioRuns matrix = p.report().scenarios().get(0);
            KaplanMeier.Curve c = matrix.groups().survival();
            for (int day : GroupCharts.QUOTED_DAYS) {
                String quoted = Formats.percent(c.at(day), lang) + " [" + Formats.percent(c.lowAt(day), lang) + ", "
                        + Formats.percent(c.highAt(day), lang) + "]";
                assertTrue(html.contains(quoted), lang + ": day " + day + " " + quoted);
            }
        }
    }

    @Test
    void report_singleGroupsThatNeverDie_hasNoGroupsSection() throws Exception {
        Path out = dir.resolve("single");
        MonteCarloJob.Produced p = compare(List.of("reference", "big-open-group"), Lang.EN, out);
        for (ScenarioRuns runs : p.report().scenarios()) {
            assertFalse(runs.groups().worthShowing(), "precondition: one group per run, none died");
        }
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertFalse(html.contains("<section id=\"groups\">"));
        assertFalse(html.contains("<figure id=\"survival\">"));
        assertFalse(Files.exists(out.resolve("charts/survival.svg")));
        // its groups are still written: one row per replicate
        assertTrue(Files.readAllLines(out.resolve("groups.csv")).size() == 1 + 2 * 3);
    }
}
