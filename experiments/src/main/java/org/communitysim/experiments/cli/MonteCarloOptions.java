package org.communitysim.experiments.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communitysim.experiments.report.Lang;
import picocli.CommandLine.Option;

/** Options shared by the commands that run Monte Carlo replicates. */
final class MonteCarloOptions {
    @Option(names = "--replicates", paramLabel = "R", defaultValue = "100",
            description = "Replicates per scenario (default: ${DEFAULT-VALUE}).")
    int replicates;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Master seed; replicate r runs with seed mix64(N + (r+1)·golden) (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Results folder (default: results/<name>-<timestamp>).")
    Path out;

    @Option(names = "--quiet", description = "No progress (bar or lines) and no table on the terminal.")
    boolean quiet;

    @Option(names = "--no-report",
            description = "Write only the CSV files and manifest.json: no report.html, no charts.")
    boolean noReport;

    @Option(names = "--no-charts", description = "Write report.html without charts, and no charts folder.")
    boolean noCharts;

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en", converter = LangConverter.class,
            description = "Report language: en or zh (Simplified Chinese) (default: ${DEFAULT-VALUE}).")
    Lang lang;

    @Option(names = "--keep-series", description = "Also write every run's daily series (daily_runs.csv).")
    boolean keepSeries;

    @Option(names = "--bootstrap",
            description = "95%% CIs of scenario means by bootstrap percentile (2,000 resamples) instead of Student t.")
    boolean bootstrap;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override a scenario field, e.g. --set group.threshold=0.4 (repeatable; applies to every scenario, "
                    + "the baseline and every --vary variant included).")
    List<String> sets = new ArrayList<>();

    int threadCount() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** Converts en/zh (any case). */
    static final class LangConverter implements picocli.CommandLine.ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            return switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "en" -> Lang.EN;
                case "zh", "zh-cn" -> Lang.ZH;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a language; allowed: en, zh");
            };
        }
    }
}
