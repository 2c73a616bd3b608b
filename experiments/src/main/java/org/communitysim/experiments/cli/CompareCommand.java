package org.communitysim.experiments.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.communitysim.experiments.job.MonteCarloJob;
import org.communitysim.model.Direction;
import org.communitysim.model.Outcome;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code compare SCENARIO...} or {@code compare BASELINE --vary CHANGE...}: paired Monte Carlo comparison. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two or more scenarios, or one scenario with variants of it (--vary), on paired replicates.",
            "Says which to choose for a goal (--goal). Replicate r of every scenario shares its population, network",
            "and random draws (common random numbers), so differences are paired: by how much, with intervals that",
            "hold for all KPIs together, and how sure we are."})
final class CompareCommand extends MonteCarloCommand {
    /** One replicate gives a paired difference but no interval: every verdict would be "no clear difference". */
    @Override
    int minReplicates() {
        return 2;
    }

    @Parameters(arity = "1..*", paramLabel = "SCENARIO",
            description = "Scenario files or shipped scenario names: two or more, or one baseline with --vary.")
    List<String> scenarios;

    @Option(names = "--vary", paramLabel = "PATH=VALUE[,PATH=VALUE...]",
            description = {"A what-if: a variant of the one SCENARIO with this change (repeatable: one variant each).",
                "Several changes in one variant are joined by commas: --vary 'group.threshold=0.4,referral.reward=1'.",
                "Each variant is named after its change and compared with the baseline."})
    List<String> varies = new ArrayList<>();

    @Option(names = "--goal", paramLabel = "OUTCOME",
            description = "The outcome to decide on (a column of runs.csv with a better direction, e.g. final_active):"
                    + " the answer then says which strategy to choose, by how much, how sure and at what cost.")
    String goal;

    @Override
    List<String> scenarioArgs() {
        return scenarios;
    }

    @Override
    List<Scenario> load() throws InputException {
        if (varies.isEmpty()) {
            if (scenarios.size() < 2) {
                throw new InputException("compare needs two or more scenarios, or one scenario with --vary "
                        + "(e.g. compare " + scenarios.get(0) + " --vary group.threshold=0.4)");
            }
            return ScenarioArgs.loadAll(scenarios, options.sets);
        }
        if (scenarios.size() != 1) {
            throw new InputException("--vary takes one baseline scenario, got " + scenarios.size() + " ("
                    + String.join(", ", scenarios) + "); compare files with each other without --vary");
        }
        return ScenarioArgs.loadWhatIf(scenarios.get(0), options.sets, varies);
    }

    @Override
    MonteCarloJob.Question question(List<Scenario> scenarios) throws InputException {
        return new MonteCarloJob.Question(goal == null ? null
                : goal(goal, org.communitysim.model.CustomOutcome.common(scenarios)), !varies.isEmpty());
    }

    /** The outcome named by --goal: a declared outcome with a better direction. */
    static Outcome goal(String column) throws InputException {
        return (Outcome) goal(column, List.of());
    }

    /**
     * The outcome named by --goal: a declared outcome, or a custom outcome every compared scenario defines
     * identically (docs/scenarios.md "Custom outcomes"), with a better direction.
     */
    static org.communitysim.model.RunOutcome goal(String column, List<org.communitysim.model.CustomOutcome> custom)
            throws InputException {
        List<org.communitysim.model.RunOutcome> all = new ArrayList<>(List.of(Outcome.values()));
        all.addAll(custom);
        List<String> allowed = new ArrayList<>();
        for (org.communitysim.model.RunOutcome o : all) {
            if (o.direction() == Direction.NEUTRAL) {
                continue;
            }
            allowed.add(o.column());
            if (o.column().equals(column)) {
                return o;
            }
        }
        for (org.communitysim.model.RunOutcome o : all) {
            if (o.column().equals(column)) {
                throw new InputException("--goal " + column + ": has no better direction (neither higher nor lower is "
                        + "better), so it cannot be a goal; allowed: " + String.join(", ", allowed));
            }
        }
        throw new InputException("--goal " + column + ": no such outcome; allowed: " + String.join(", ", allowed));
    }

    @Override
    String extraArgs() {
        StringBuilder sb = new StringBuilder();
        for (String v : varies) {
            sb.append(" --vary ").append(quote(v));
        }
        if (goal != null) {
            sb.append(" --goal ").append(quote(goal));
        }
        return sb.toString();
    }

    @Override
    void print(MonteCarloJob.Produced produced, PrintWriter out) {
        TerminalTables.summary(produced.report(), options.lang, out);
        out.println();
        TerminalTables.decisions(produced.report(), options.lang, out);
        out.println();
        TerminalTables.answer(produced.report(), options.lang, out);
    }
}
