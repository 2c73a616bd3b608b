package org.communitysim.experiments.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.communitysim.scenario.file.InputException;
import org.communitysim.scenario.file.ScenarioFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code validate FILE...}: check scenario files, reporting every problem of every file. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files; print every problem found. Exit code 2 if any file is invalid.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files or shipped scenario names.")
    List<String> files;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int bad = 0;
        for (String f : files) {
            try {
                ScenarioFiles.load(ScenarioArgs.resolve(f), List.of());
                out.println("ok: " + f);
            } catch (InputException e) {
                bad++;
                for (String p : e.problems()) {
                    err.println("error: " + p);
                }
            }
        }
        out.flush();
        err.flush();
        return bad == 0 ? Main.OK : Main.INPUT_ERROR;
    }
}
