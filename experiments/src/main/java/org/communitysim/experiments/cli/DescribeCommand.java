package org.communitysim.experiments.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.communitysim.scenario.file.ScenarioFiles;
import picocli.CommandLine;
import org.communitysim.experiments.report.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code describe SCENARIO}: the fully resolved scenario, defaults filled, exactly as it would run. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Print the fully resolved scenario (defaults filled, extends and --set applied) as JSON.")
final class DescribeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file or shipped scenario name.")
    String scenario;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a field (repeatable).")
    List<String> sets = new ArrayList<>();

    /** Read by {@link Main} from the arguments for the error lines (ErrorText.lang), like every command's --lang. */
    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en", converter = MonteCarloOptions.LangConverter.class,
            description = "Language of error lines: en or zh (Simplified Chinese); the JSON is the same (default: ${DEFAULT-VALUE}).")
    Lang lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String json = ScenarioFiles.toJson(ScenarioFiles.load(ScenarioArgs.resolve(scenario), sets));
        spec.commandLine().getOut().println(json);
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
