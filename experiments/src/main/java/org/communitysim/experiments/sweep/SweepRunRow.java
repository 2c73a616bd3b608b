package org.communitysim.experiments.sweep;

import java.util.ArrayList;
import java.util.List;
import org.communitysim.experiments.io.CsvTable;
import org.communitysim.model.CustomOutcome;
import org.communitysim.model.Outcome;

/**
 * One run of a sweep: a row of its runs.csv (docs/sweeps.md). The local runner appends these rows to its journal and
 * reads them back on --resume and to sort; the Spark job writes them into part files and streams them back.
 *
 * @param point     design point index
 * @param values    the varied parameters' values at the point, in the spec's parameter order
 * @param replicate replicate index r
 * @param seed      the run seed {@code Seeds.runSeed(master seed, r)}
 * @param outcomes  every summary outcome, indexed by {@link Outcome#ordinal()}
 */
public record SweepRunRow(int point, double[] values, int replicate, long seed, double[] outcomes) {
    private static final int OUTCOMES = Outcome.values().length;

    /** runs.csv of a sweep varying these parameters: point, the parameters, replicate, seed, every outcome. */
    public static CsvTable<SweepRunRow> table(List<String> parameterPaths) {
        return table(parameterPaths, List.of());
    }

    /** runs.csv with custom outcomes: their columns follow the built-in ones, in definition order. */
    public static CsvTable<SweepRunRow> table(List<String> parameterPaths, List<CustomOutcome> custom) {
        int k = parameterPaths.size();
        int n = OUTCOMES + custom.size();
        List<String> columns = new ArrayList<>(List.of("point"));
        columns.addAll(parameterPaths);
        columns.add("replicate");
        columns.add("seed");
        for (Outcome o : Outcome.values()) {
            columns.add(o.column());
        }
        custom.forEach(c -> columns.add(c.column()));
        return CsvTable.readable(columns,
                (row, out) -> out.integer(row.point()).numbers(row.values()).integer(row.replicate())
                        .integer(row.seed()).numbers(row.outcomes()),
                in -> new SweepRunRow(in.integer(0), in.numbers(1, k), in.integer(1 + k), in.longInteger(2 + k),
                        in.numbers(3 + k, n)));
    }
}
