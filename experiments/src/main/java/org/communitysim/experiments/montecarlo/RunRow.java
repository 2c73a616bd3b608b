package org.communitysim.experiments.montecarlo;

import java.util.ArrayList;
import java.util.List;
import org.communitysim.experiments.io.CsvTable;
import org.communitysim.model.CustomOutcome;
import org.communitysim.model.Outcome;

/**
 * One run of one scenario: a row of runs.csv (docs/outputs.md).
 *
 * @param scenario  scenario name
 * @param replicate replicate index r
 * @param seed      the run seed {@code Seeds.runSeed(master seed, r)}
 * @param outcomes  every summary outcome, indexed by {@link Outcome#ordinal()}, then the custom outcomes the
 *                  scenarios share ({@link CustomOutcome#common})
 */
public record RunRow(String scenario, int replicate, long seed, double[] outcomes) {
    private static final Outcome[] OUTCOMES = Outcome.values();

    /** runs.csv: scenario, replicate, seed, then every summary outcome. Read back by the Spark compare. */
    public static final CsvTable<RunRow> TABLE = table(List.of());

    /** runs.csv with custom outcomes: their columns follow the built-in ones, in definition order. */
    public static CsvTable<RunRow> table(List<CustomOutcome> custom) {
        int n = OUTCOMES.length + custom.size();
        return CsvTable.readable(columns(custom),
                (row, out) -> out.text(row.scenario()).integer(row.replicate()).integer(row.seed())
                        .numbers(row.outcomes()),
                in -> new RunRow(in.text(0), in.integer(1), in.longInteger(2), in.numbers(3, n)));
    }

    private static List<String> columns(List<CustomOutcome> custom) {
        List<String> c = new ArrayList<>(List.of("scenario", "replicate", "seed"));
        for (Outcome o : OUTCOMES) {
            c.add(o.column());
        }
        custom.forEach(o -> c.add(o.column()));
        return c;
    }
}
