package org.communitysim.experiments.montecarlo;

import java.util.List;
import org.communitysim.experiments.io.CsvTable;
import org.communitysim.model.FiredAction;

/**
 * One action that fired in one run: a row of actions.csv (docs/outputs.md).
 *
 * @param scenario  scenario name
 * @param replicate replicate index r
 * @param action    what fired, when and with what effect
 */
public record ActionRow(String scenario, int replicate, FiredAction action) {
    /** actions.csv: scenario, replicate, day, source, kind, label, affected. */
    public static final CsvTable<ActionRow> TABLE = CsvTable.of(
            List.of("scenario", "replicate", "day", "source", "kind", "label", "affected"),
            (row, out) -> out.text(row.scenario()).integer(row.replicate()).integer(row.action().day())
                    .text(row.action().source()).text(row.action().kind().column()).text(row.action().label())
                    .integer(row.action().affected()));
}
