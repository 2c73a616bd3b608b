package org.communitysim.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.communitysim.scenario.file.InputException;
import org.communitysim.experiments.lesson.DecayLesson;
import org.communitysim.experiments.report.Lang;
import picocli.CommandLine;
import org.communitysim.experiments.report.Labels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lesson decay}: a self-contained HTML lesson a teacher can project, computed from fresh runs. */
@Command(name = "lesson", mixinStandardHelpOptions = true,
        description = {"Run a classroom lesson and write it as one self-contained HTML page (lesson.html).",
            "decay: why big open groups fall silent — two strategies, the vicious cycle, the size x threshold",
            "phase diagram, the test with noise, bystander effect and overload switched off, and why most groups die.",
            "About 18-20 s with ./community-sim on an idle 2-core machine (1,090 runs in all; docs/lesson.md);",
            "every number on the page comes from this run."})
final class LessonCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "LESSON", description = "The lesson to run: decay.")
    String lesson;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder, new or empty (default: results/lesson-<name>-<timestamp>).")
    Path out;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--quiet", description = "No progress bar and no summary on the terminal.")
    boolean quiet;

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en", converter = MonteCarloOptions.LangConverter.class,
            description = "Lesson language: en or zh (Simplified Chinese) (default: ${DEFAULT-VALUE}).")
    Lang lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!DecayLesson.NAME.equals(lesson)) {
            throw new InputException("unknown lesson '" + lesson + "'; available: " + DecayLesson.NAME);
        }
        int t = JobOptions.threadCount(threads);
        String home = System.getProperty("communitysim.home");
        DecayLesson.Inputs inputs = DecayLesson.Inputs.shipped(home != null ? Path.of(home) : null);
        String command = "community-sim lesson " + DecayLesson.NAME + " --lang " + lang.name().toLowerCase(Locale.ROOT);
        long t0 = System.nanoTime();
        DecayLesson.Result result = OutFolders.write(out, List.of("lesson-" + DecayLesson.NAME),
                dir -> DecayLesson.run(inputs, lang, dir, t, command, Main.version(),
                        ProgressBar.create(quiet, lang, spec.commandLine().getErr()))).result();
        PrintWriter w = spec.commandLine().getOut();
        if (!quiet) {
            var m = result.model();
            int groupRuns = 3 * m.replicates();
            int worldRuns = 2 * m.worlds().replicates();
            w.println(Labels.format(Labels.Text.TERM_LESSON, lang, DecayLesson.NAME,
                    groupRuns + m.phase().runs() + worldRuns, m.replicates(), m.phase().runs(),
                    m.worlds().replicates(), String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9)));
        }
        w.println(Labels.format(Labels.Text.TERM_LESSON_PAGE, lang, result.page()));
        w.flush();
        return Main.OK;
    }
}
