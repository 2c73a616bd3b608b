package org.communitysim.experiments.cli;

import java.io.PrintWriter;
import java.util.List;
import org.communitysim.experiments.job.MonteCarloJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code run SCENARIO}: Monte Carlo of one scenario. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run one scenario over many replicates and summarise its outcomes.",
            "SCENARIO is a scenario file or the name of a shipped scenario (see 'list')."})
final class RunCommand extends MonteCarloCommand {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file or shipped scenario name.")
    String scenario;

    @Override
    List<String> scenarioArgs() {
        return List.of(scenario);
    }

    @Override
    void print(MonteCarloJob.Produced produced, PrintWriter out) {
        TerminalTables.summary(produced.report(), options.lang, out);
    }
}
