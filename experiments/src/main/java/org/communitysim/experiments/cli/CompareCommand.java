package org.communitysim.experiments.cli;

import java.io.PrintWriter;
import java.util.List;
import org.communitysim.experiments.job.MonteCarloJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code compare SCENARIO...}: paired Monte Carlo comparison of two or more scenarios. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two or more scenarios on the same replicates: which wins on which KPI.",
            "Replicate r of every scenario shares its population, network and random draws (common random",
            "numbers), so differences are paired: by how much, with 95%% CIs, and how sure we are."})
final class CompareCommand extends MonteCarloCommand {
    @Parameters(arity = "2..*", paramLabel = "SCENARIO", description = "Scenario files or shipped scenario names.")
    List<String> scenarios;

    @Override
    List<String> scenarioArgs() {
        return scenarios;
    }

    @Override
    void print(MonteCarloJob.Produced produced, PrintWriter out) {
        TerminalTables.summary(produced.report(), out);
        out.println();
        TerminalTables.decisions(produced.report(), out);
    }
}
