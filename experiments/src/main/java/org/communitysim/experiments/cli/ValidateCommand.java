package org.communitysim.experiments.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.communitysim.scenario.file.InputException;
import org.communitysim.scenario.file.ScenarioFiles;
import picocli.CommandLine;
import org.communitysim.experiments.report.CliLabels;
import org.communitysim.experiments.report.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate FILE...}: check scenario files, reporting every problem of every file. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files; print every problem found. Exit code 2 if any file is invalid.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files or shipped scenario names.")
    List<String> files;

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en", converter = MonteCarloOptions.LangConverter.class,
            description = "Language of the lines printed: en or zh (Simplified Chinese) (default: ${DEFAULT-VALUE}).")
    Lang lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int bad = 0;
        for (String f : files) {
            try {
                org.communitysim.scenario.Scenario s = ScenarioFiles.load(ScenarioArgs.resolve(f), List.of());
                ScenarioArgs.readEdgeLists(List.of(s)); // a file that validates also runs
                out.println(CliLabels.format(CliLabels.E.VALIDATE_OK, lang, f));
            } catch (InputException e) {
                bad++;
                List<String> problems = e.problems();
                for (String p : problems.subList(0, Math.min(problems.size(), Main.MAX_PROBLEMS_PRINTED))) {
                    err.println(ErrorText.line(Main.oneLine(p), lang));
                }
                if (problems.size() > Main.MAX_PROBLEMS_PRINTED) {
                    err.println(ErrorText.moreProblems(problems.size() - Main.MAX_PROBLEMS_PRINTED, lang));
                }
            }
        }
        out.flush();
        err.flush();
        return bad == 0 ? Main.OK : Main.INPUT_ERROR;
    }
}
