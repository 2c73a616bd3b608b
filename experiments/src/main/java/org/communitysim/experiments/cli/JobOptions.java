package org.communitysim.experiments.cli;

import java.nio.file.Path;
import org.communitysim.experiments.report.Lang;
import org.communitysim.scenario.file.InputException;
import picocli.CommandLine.Option;

/**
 * Options shared by the commands that run one spec file into one results folder ({@code sweep}, {@code calibrate},
 * {@code optimise}): where the results go, how many threads, how quiet, in which language. One place, so the three
 * say and check them alike.
 */
final class JobOptions {
    @Option(names = "--out", paramLabel = "DIR",
            description = "Results folder, new or empty (default: results/<name>-<timestamp>).")
    Path out;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--quiet",
            description = "No progress bar and no summary on the terminal (the results folder is still printed).")
    boolean quiet;

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en", converter = MonteCarloOptions.LangConverter.class,
            description = "Report language: en or zh (default: ${DEFAULT-VALUE}).")
    Lang lang;

    /** The worker threads: --threads, else all cores; an input error below 1. */
    int threadCount() throws InputException {
        return threadCount(threads);
    }

    /** {@code threads}, else all cores; an input error below 1 (also for the commands without this mixin). */
    static int threadCount(Integer threads) throws InputException {
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1) {
            throw new InputException("--threads must be >= 1, got " + t);
        }
        return t;
    }

    /** " --lang en" or " --lang zh", as the command that reproduces a run ends. */
    String langArg() {
        return " --lang " + lang.name().toLowerCase(java.util.Locale.ROOT);
    }
}
