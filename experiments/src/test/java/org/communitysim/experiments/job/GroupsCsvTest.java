package org.communitysim.experiments.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.communitysim.experiments.report.Lang;
import org.communitysim.experiments.stats.KaplanMeier;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.GroupRecord;
import org.communitysim.model.RunResult;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.ScenarioFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * groups.csv, survival.csv and group_daily.csv of a compare of a matrix of three groups (a small world) against
 * the reference group: the rows are the runs' own group records, and the survival curve is the Kaplan–Meier
 * estimate of exactly those groups.
 */
class GroupsCsvTest {
    private static final Path HOME = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> SMALL = List.of("population.size=1500", "horizonDays=60");
    private static final int REPLICATES = 3;
    private static final long SEED = 5;

    @TempDir
    static Path dir;
    static List<Scenario> scenarios;

    @BeforeAll
    static void compare() throws Exception {
        scenarios = List.of(ScenarioFiles.load(HOME.resolve("scenarios/matrix-of-10-busy.json"), SMALL),
                ScenarioFiles.load(HOME.resolve("scenarios/reference.json"), SMALL));
        MonteCarloJob.run(new MonteCarloJob.Spec(scenarios, REPLICATES, SEED, 2, true, false, Lang.EN,
                dir, "test", "test", MonteCarloJob.Question.NONE, new MonteCarloJob.Outputs(false, false)),
                Ensemble.Progress.NONE);
    }

    private static List<String[]> rows(String file) throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve(file));
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    @Test
    void groupsCsv_rowsEqualTheRunsGroupRecords() throws Exception {
        List<String> header = Files.readAllLines(dir.resolve("groups.csv")).subList(0, 1);
        assertEquals("scenario,replicate,seed,group,parent,open_day,dead_day,died,lifespan,peak_members,peak_day,"
                + "final_members,final_active", header.get(0));
        List<String[]> rows = rows("groups.csv");
        int i = 0;
        for (Scenario s : scenarios) {
            for (int r = 0; r < REPLICATES; r++) {
                long seed = Seeds.runSeed(SEED, r);
                RunResult run = Ensemble.replicate(List.of(s), seed)[0];
                for (GroupRecord g : run.groups()) {
                    String[] row = rows.get(i++);
                    double[] members = g.daily().series(DailyMetric.MEMBERS);
                    double[] active = g.daily().series(DailyMetric.ACTIVE);
                    double peak = java.util.Arrays.stream(members).max().orElseThrow();
                    assertEquals(s.name(), row[0]);
                    assertEquals(r, Integer.parseInt(row[1]));
                    assertEquals(seed, Long.parseLong(row[2]));
                    assertEquals(g.index(), Integer.parseInt(row[3]));
                    assertEquals(g.parent(), Integer.parseInt(row[4]));
                    assertEquals(g.openDay(), Integer.parseInt(row[5]));
                    assertEquals(g.died() ? Integer.toString(g.deadDay()) : "", row[6]);
                    assertEquals(g.died() ? "1" : "0", row[7]);
                    assertEquals(g.lifespan(s.horizonDays()), Integer.parseInt(row[8]));
                    assertEquals(peak, Double.parseDouble(row[9]));
                    assertEquals(peak, members[Integer.parseInt(row[10])]);
                    assertEquals(tail(members, 7), Double.parseDouble(row[11]), 1e-9);
                    assertEquals(tail(active, 7), Double.parseDouble(row[12]), 1e-9);
                }
                if (s.name().equals("reference")) {
                    assertEquals(1, run.groups().size(), "a single group has its one row per replicate");
                }
            }
        }
        assertEquals(rows.size(), i);
        assertTrue(Files.isRegularFile(dir.resolve("groups.parquet")));
    }

    @Test
    void survivalCsv_isTheKaplanMeierEstimateOfTheGroupsRows() throws Exception {
        List<String[]> groups = rows("groups.csv").stream().filter(r -> r[0].equals("matrix-of-10-busy")).toList();
        int[] ages = new int[groups.size()];
        boolean[] death = new boolean[groups.size()];
        for (int k = 0; k < ages.length; k++) {
            death[k] = groups.get(k)[7].equals("1");
            ages[k] = Integer.parseInt(groups.get(k)[8]) + (death[k] ? 1 : 0);
        }
        KaplanMeier.Curve expected = KaplanMeier.estimate(ages, death);
        List<String[]> curve = rows("survival.csv").stream().filter(r -> r[0].equals("matrix-of-10-busy")).toList();
        assertEquals(expected.days(), curve.size());
        for (String[] row : curve) {
            int day = Integer.parseInt(row[1]);
            assertEquals(expected.atRisk()[day], Integer.parseInt(row[2]));
            assertEquals(expected.deaths()[day], Integer.parseInt(row[3]));
            assertEquals(expected.censored()[day], Integer.parseInt(row[4]));
            double s = Double.parseDouble(row[5]);
            assertEquals(expected.survival()[day], s, 1e-12);
            assertTrue(Double.parseDouble(row[6]) <= s + 1e-12 && s <= Double.parseDouble(row[7]) + 1e-12);
        }
        // the share alive 7 days after opening is the outcome groups_alive_7 pooled over the groups
        long eligible = groups.size();
        long alive7 = groups.stream().filter(g -> Integer.parseInt(g[8]) >= 7).count();
        assertEquals((double) alive7 / eligible, expected.at(7), 1e-12);
        assertTrue(Files.isRegularFile(dir.resolve("survival.parquet")));
    }

    @Test
    void groupDailyCsv_keepSeries_holdsEveryGroupsSeries() throws Exception {
        List<String[]> rows = rows("group_daily.csv");
        Scenario s = scenarios.get(0);
        RunResult run = Ensemble.replicate(List.of(s), Seeds.runSeed(SEED, 1))[0];
        GroupRecord g = run.groups().get(run.groups().size() - 1);
        String[] row = rows.stream().filter(r -> r[0].equals(s.name()) && r[1].equals("1")
                && r[2].equals(Integer.toString(g.index())) && r[3].equals("30")).findFirst().orElseThrow();
        assertEquals(g.daily().get(DailyMetric.MEMBERS, 30), Double.parseDouble(row[4 + DailyMetric.MEMBERS.ordinal()]));
        assertEquals(g.daily().get(DailyMetric.ACTIVE, 30), Double.parseDouble(row[4 + DailyMetric.ACTIVE.ordinal()]));
        // one row per scenario, replicate, group and day: both scenarios, a single group too
        long referenceRows = rows.stream().filter(r -> r[0].equals("reference")).count();
        assertEquals((long) REPLICATES * s.horizonDays(), referenceRows);
        assertFalse(rows.isEmpty());
    }

    private static double tail(double[] v, int w) {
        double sum = 0;
        for (int d = v.length - w; d < v.length; d++) {
            sum += v[d];
        }
        return sum / w;
    }
}
