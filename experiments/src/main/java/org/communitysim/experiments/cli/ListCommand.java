package org.communitysim.experiments.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.communitysim.experiments.report.Lang;
import org.communitysim.experiments.report.ScenarioText;
import org.communitysim.scenario.file.InputException;
import org.communitysim.scenario.file.ScenarioFiles;
import org.communitysim.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code list}: the shipped scenarios and what each shows. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the shipped scenarios with their descriptions.")
final class ListCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en",
            converter = MonteCarloOptions.LangConverter.class,
            description = "Language of the descriptions: en or zh (each file's descriptionZh) (default: ${DEFAULT-VALUE}).")
    Lang lang;

    @Override
    public Integer call() throws InputException {
        PrintWriter out = spec.commandLine().getOut();
        List<String> names = ScenarioArgs.shippedNames();
        if (names.isEmpty()) {
            throw new InputException("no shipped scenarios found in " + ScenarioArgs.shippedDir().toAbsolutePath()
                    + " (run from the repository root or through ./community-sim)");
        }
        int width = names.stream().mapToInt(String::length).max().orElse(10);
        for (String n : names) {
            Scenario s = ScenarioFiles.load(ScenarioArgs.resolve(n), List.of());
            out.printf("%-" + width + "s  %s%n", n, ScenarioText.description(s, lang));
        }
        out.flush();
        return Main.OK;
    }
}
