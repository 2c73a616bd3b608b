package org.communitysim.experiments.montecarlo;

import java.util.List;
import org.communitysim.experiments.io.CsvTable;

/**
 * One day of a scenario's survival curve of groups: a row of survival.csv (docs/outputs.md).
 *
 * @param scenario scenario name
 * @param day      days since a group opened
 * @param atRisk   groups observed that long (alive then, or dying that day)
 * @param deaths   groups no longer alive on that day of their life (their lifespan was day − 1)
 * @param censored groups alive at the horizon that had been open exactly that long
 * @param survival Kaplan–Meier share of groups alive that many days after opening
 * @param low      2.5th percentile of the cluster bootstrap over replicates
 * @param high     97.5th percentile
 */
public record SurvivalRow(String scenario, int day, int atRisk, int deaths, int censored, double survival,
        double low, double high) {

    /** survival.csv. */
    public static final CsvTable<SurvivalRow> TABLE = CsvTable.of(List.of("scenario", "day", "at_risk", "deaths",
            "censored", "survival", "low", "high"),
            (row, out) -> out.text(row.scenario()).integer(row.day()).integer(row.atRisk()).integer(row.deaths())
                    .integer(row.censored()).number(row.survival()).number(row.low()).number(row.high()));
}
