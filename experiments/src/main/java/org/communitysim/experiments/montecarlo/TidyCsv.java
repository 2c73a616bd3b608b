package org.communitysim.experiments.montecarlo;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.communitysim.experiments.io.AtomicFiles;
import org.communitysim.experiments.stats.Decision;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.Outcome;

/**
 * The tidy CSV outputs of a Monte Carlo invocation (docs/outputs.md): one row per observation, RFC 4180,
 * UTF-8, '\n' line ends, missing values as empty fields, numbers in Java's shortest round-trip form
 * (integers without a decimal point) so the same results always give the same bytes.
 */
public final class TidyCsv {
    private static final DailyMetric[] METRICS = DailyMetric.values();
    private static final Outcome[] OUTCOMES = Outcome.values();

    private TidyCsv() {
    }

    /** runs.csv: scenario, replicate, seed, then every summary outcome. */
    public static void writeRuns(Path file, List<ScenarioRuns> runs) throws IOException {
        AtomicFiles.writeText(file, w -> {
            w.write(runsHeader());
            w.write('\n');
            for (ScenarioRuns sr : runs) {
                for (int r = 0; r < sr.replicates(); r++) {
                    w.write(runsRow(sr.scenario().name(), r, sr.seeds()[r], sr.outcomes()[r]));
                    w.write('\n');
                }
            }
        });
    }

    /** The header of runs.csv (no line end). */
    public static String runsHeader() {
        StringBuilder sb = new StringBuilder("scenario,replicate,seed");
        for (Outcome o : OUTCOMES) {
            sb.append(',').append(o.column());
        }
        return sb.toString();
    }

    /** One row of runs.csv (no line end): outcomes indexed by {@link Outcome#ordinal()}. */
    public static String runsRow(String scenario, int replicate, long seed, double[] outcomes) {
        StringBuilder sb = new StringBuilder(512);
        sb.append(text(scenario)).append(',').append(replicate).append(',').append(seed);
        for (Outcome o : OUTCOMES) {
            sb.append(',').append(number(outcomes[o.ordinal()]));
        }
        return sb.toString();
    }

    /** daily.csv: scenario, day, metric, mean and the quantiles of the metric over replicates. */
    public static void writeDaily(Path file, List<ScenarioRuns> runs) throws IOException {
        AtomicFiles.writeText(file, w -> {
            w.write("scenario,day,metric,mean,p5,p25,p50,p75,p95\n");
            for (ScenarioRuns sr : runs) {
                DailyBands b = sr.bands();
                String name = text(sr.scenario().name());
                for (int d = 0; d < b.days(); d++) {
                    for (DailyMetric m : METRICS) {
                        w.write(name);
                        w.write(',');
                        w.write(Integer.toString(d));
                        w.write(',');
                        w.write(m.column());
                        w.write(',');
                        w.write(number(b.mean(m, d)));
                        for (int q = 0; q < DailyBands.QUANTILES.length; q++) {
                            w.write(',');
                            w.write(number(b.quantile(m, d, q)));
                        }
                        w.write('\n');
                    }
                }
            }
        });
    }

    /** daily_runs.csv (with --keep-series): scenario, replicate, day, then every daily metric. */
    public static void writeDailyRuns(Path file, List<ScenarioRuns> runs, double[][][][] series) throws IOException {
        AtomicFiles.writeText(file, w -> {
            w.write("scenario,replicate,day");
            for (DailyMetric m : METRICS) {
                w.write(',');
                w.write(m.column());
            }
            w.write('\n');
            for (int i = 0; i < runs.size(); i++) {
                String name = text(runs.get(i).scenario().name());
                for (int r = 0; r < series[i].length; r++) {
                    double[][] s = series[i][r];
                    for (int d = 0; d < s[0].length; d++) {
                        w.write(name);
                        w.write(',');
                        w.write(Integer.toString(r));
                        w.write(',');
                        w.write(Integer.toString(d));
                        for (int m = 0; m < METRICS.length; m++) {
                            w.write(',');
                            w.write(number(s[m][d]));
                        }
                        w.write('\n');
                    }
                }
            }
        });
    }

    /** comparison.csv: one row per pair of scenarios and outcome. */
    public static void writeComparison(Path file, List<Decision> rows) throws IOException {
        AtomicFiles.writeText(file, w -> {
            w.write("scenario_a,scenario_b,outcome,direction,n,mean_a,mean_b,ci_a_low,ci_a_high,ci_b_low,ci_b_high,"
                    + "diff,diff_ci_low,diff_ci_high,p_t,p_t_holm,p_wilcoxon,p_wilcoxon_holm,effect_dz,p_a_greater,"
                    + "verdict\n");
            for (Decision d : rows) {
                row(w, text(d.a()), text(d.b()), d.outcome().column(), d.direction().name().toLowerCase(),
                        Integer.toString(d.paired().n()), number(d.summaryA().mean()), number(d.summaryB().mean()),
                        number(d.summaryA().ciLow()), number(d.summaryA().ciHigh()), number(d.summaryB().ciLow()),
                        number(d.summaryB().ciHigh()), number(d.paired().meanDiff()), number(d.paired().ciLow()),
                        number(d.paired().ciHigh()), number(d.paired().pT()), number(d.pHolm()),
                        number(d.paired().pWilcoxon()), number(d.pHolmWilcoxon()), number(d.paired().effectSize()),
                        number(d.paired().probAGreater()), d.verdict().name().toLowerCase());
            }
        });
    }

    private static void row(Writer w, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(fields[i]);
        }
        w.write('\n');
    }

    /** A number in shortest round-trip form; integers without ".0"; NaN as an empty field; infinities as Inf/-Inf. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** A text field, quoted when it holds a comma, quote or line break (RFC 4180). */
    public static String text(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
