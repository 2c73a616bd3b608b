package org.communitysim.experiments.montecarlo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.communitysim.experiments.io.Csv;
import org.communitysim.experiments.io.CsvShape;
import org.communitysim.experiments.io.CsvTable;
import org.communitysim.experiments.stats.Decision;
import org.communitysim.experiments.stats.KaplanMeier;
import org.communitysim.model.DailyMetric;

/**
 * The tidy CSV outputs of a Monte Carlo invocation (docs/outputs.md): the runs become typed rows ({@link RunRow},
 * {@link DailyRow}, {@link DailyRunRow}, {@link Decision}) and each file is one table of them, written by
 * {@link Csv} (one row per observation, the same bytes for the same results).
 */
public final class TidyCsv {
    private static final DailyMetric[] METRICS = DailyMetric.values();

    /**
     * comparison.csv: one row per pair of scenarios and outcome. {@code diff_ci_*} and {@code p_t_adjusted} are
     * adjusted for the family of outcomes compared together (Bonferroni, {@link Comparisons}) and the verdict follows
     * them; {@code diff_ci95_*} is the unadjusted 95% interval.
     */
    public static final CsvTable<Decision> COMPARISON = CsvTable.of(List.of("scenario_a", "scenario_b", "outcome",
            "direction", "family_size", "n", "mean_a", "mean_b", "ci_a_low", "ci_a_high", "ci_b_low", "ci_b_high",
            "diff", "diff_ci_level", "diff_ci_low", "diff_ci_high", "diff_ci95_low", "diff_ci95_high", "p_t",
            "p_t_adjusted", "p_t_holm", "p_wilcoxon", "p_wilcoxon_holm", "effect_dz", "p_a_better", "verdict"),
            (d, out) -> out.text(d.a()).text(d.b()).text(d.outcome().column())
                    .text(d.direction().name().toLowerCase(java.util.Locale.ROOT)).integer(d.adjusted().family()).integer(d.paired().n())
                    .number(d.summaryA().mean()).number(d.summaryB().mean())
                    .number(d.summaryA().ciLow()).number(d.summaryA().ciHigh())
                    .number(d.summaryB().ciLow()).number(d.summaryB().ciHigh())
                    .number(d.paired().meanDiff()).number(d.adjusted().confidence())
                    .number(d.adjusted().ciLow()).number(d.adjusted().ciHigh())
                    .number(d.paired().ciLow()).number(d.paired().ciHigh())
                    .number(d.paired().pT()).number(d.adjusted().p()).number(d.pHolm()).number(d.paired().pWilcoxon())
                    .number(d.pHolmWilcoxon()).number(d.paired().effectSize()).number(d.probABetter())
                    .text(d.verdict().name().toLowerCase(java.util.Locale.ROOT)));

    private TidyCsv() {
    }

    /** The custom outcomes every scenario of {@code runs} defines identically: the custom columns of their rows. */
    public static List<org.communitysim.model.CustomOutcome> custom(List<ScenarioRuns> runs) {
        return org.communitysim.model.CustomOutcome.common(runs.stream().map(ScenarioRuns::scenario).toList());
    }

    /** Every run of every scenario, scenario by scenario, in replicate order. */
    public static Stream<RunRow> runRows(List<ScenarioRuns> runs) {
        return runs.stream().flatMap(sr -> IntStream.range(0, sr.replicates())
                .mapToObj(r -> new RunRow(sr.scenario().name(), r, sr.seeds()[r], sr.outcomes()[r])));
    }

    /** Every scenario's daily distribution, day by day, metric by metric. */
    public static Stream<DailyRow> dailyRows(List<ScenarioRuns> runs) {
        return runs.stream().flatMap(sr -> {
            DailyBands b = sr.bands();
            String name = sr.scenario().name();
            return IntStream.range(0, b.days()).boxed().flatMap(d -> Stream.of(METRICS).map(m -> new DailyRow(name, d,
                    m, b.mean(m, d), b.quantile(m, d, 0), b.quantile(m, d, 1), b.quantile(m, d, 2),
                    b.quantile(m, d, 3), b.quantile(m, d, 4))));
        });
    }

    /** Every run's daily series, from [scenario][replicate][metric][day]. */
    public static Stream<DailyRunRow> dailyRunRows(List<ScenarioRuns> runs, double[][][][] series) {
        return IntStream.range(0, runs.size()).boxed().flatMap(i -> {
            String name = runs.get(i).scenario().name();
            return IntStream.range(0, series[i].length).boxed().flatMap(r -> {
                double[][] s = series[i][r];
                return IntStream.range(0, s[0].length).mapToObj(d -> {
                    double[] v = new double[METRICS.length];
                    for (int m = 0; m < v.length; m++) {
                        v[m] = s[m][d];
                    }
                    return new DailyRunRow(name, r, d, v);
                });
            });
        });
    }

    /** Every action fired in every run, scenario by scenario, replicate by replicate, in the order it fired. */
    public static Stream<ActionRow> actionRows(List<ScenarioRuns> runs) {
        return runs.stream().flatMap(sr -> IntStream.range(0, sr.replicates()).boxed()
                .flatMap(r -> sr.fired(r).stream().map(f -> new ActionRow(sr.scenario().name(), r, f))));
    }

    /** Every group of every run: scenario by scenario, replicate by replicate, in order of opening. */
    public static Stream<GroupRow> groupRows(List<ScenarioRuns> runs) {
        return runs.stream().flatMap(sr -> sr.groups().rows().stream());
    }

    /** Every scenario's survival curve of groups, day by day (scenarios whose groups were not collected: none). */
    public static Stream<SurvivalRow> survivalRows(List<ScenarioRuns> runs) {
        return runs.stream().filter(sr -> sr.groups().survival() != null).flatMap(sr -> {
            KaplanMeier.Curve c = sr.groups().survival();
            String name = sr.scenario().name();
            return IntStream.range(0, c.days()).mapToObj(a -> new SurvivalRow(name, a, c.atRisk()[a], c.deaths()[a],
                    c.censored()[a], c.survival()[a], c.low()[a], c.high()[a]));
        });
    }

    /** Every group's daily series, from [scenario][replicate][group][metric][day]. */
    public static Stream<GroupDailyRow> groupDailyRows(List<ScenarioRuns> runs, double[][][][][] series) {
        return IntStream.range(0, runs.size()).boxed().flatMap(i -> {
            String name = runs.get(i).scenario().name();
            return IntStream.range(0, series[i].length).boxed().flatMap(r -> IntStream.range(0, series[i][r].length)
                    .boxed().flatMap(g -> {
                        double[][] s = series[i][r][g];
                        return IntStream.range(0, s[0].length).mapToObj(d -> {
                            double[] v = new double[METRICS.length];
                            for (int m = 0; m < v.length; m++) {
                                v[m] = s[m][d];
                            }
                            return new GroupDailyRow(name, r, g, d, v);
                        });
                    }));
        });
    }

    /** groups.csv. */
    public static CsvShape writeGroups(Path file, List<ScenarioRuns> runs) throws IOException {
        return Csv.write(file, GroupRow.TABLE, groupRows(runs));
    }

    /** survival.csv. */
    public static CsvShape writeSurvival(Path file, List<ScenarioRuns> runs) throws IOException {
        return Csv.write(file, SurvivalRow.TABLE, survivalRows(runs));
    }

    /** group_daily.csv (with --keep-series, in a world of many groups). */
    public static CsvShape writeGroupDaily(Path file, List<ScenarioRuns> runs, double[][][][][] series)
            throws IOException {
        return Csv.write(file, GroupDailyRow.TABLE, groupDailyRows(runs, series));
    }

    /** actions.csv (when a scenario has a playbook or a KOL departure day). */
    public static CsvShape writeActions(Path file, List<ScenarioRuns> runs) throws IOException {
        return Csv.write(file, ActionRow.TABLE, actionRows(runs));
    }

    /** runs.csv. */
    public static CsvShape writeRuns(Path file, List<ScenarioRuns> runs) throws IOException {
        return Csv.write(file, RunRow.table(custom(runs)), runRows(runs));
    }

    /** daily.csv. */
    public static CsvShape writeDaily(Path file, List<ScenarioRuns> runs) throws IOException {
        return Csv.write(file, DailyRow.TABLE, dailyRows(runs));
    }

    /** daily_runs.csv (with --keep-series). */
    public static CsvShape writeDailyRuns(Path file, List<ScenarioRuns> runs, double[][][][] series) throws IOException {
        return Csv.write(file, DailyRunRow.TABLE, dailyRunRows(runs, series));
    }

    /** comparison.csv. */
    public static CsvShape writeComparison(Path file, List<Decision> rows) throws IOException {
        return Csv.write(file, COMPARISON, rows.stream());
    }
}
