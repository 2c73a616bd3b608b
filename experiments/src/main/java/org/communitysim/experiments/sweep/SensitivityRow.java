package org.communitysim.experiments.sweep;

import java.util.ArrayList;
import java.util.List;
import org.communitysim.experiments.io.CsvTable;
import org.communitysim.experiments.sweep.sensitivity.SensitivityIndices;

/**
 * One sensitivity index of one outcome to one parameter: a row of sensitivity.csv.
 *
 * @param method    "morris" or "sobol"
 * @param outcome   outcome column name
 * @param parameter parameter path
 * @param index     mu_star, sigma, mu (Morris) or S1, ST (Sobol)
 * @param value     the index
 * @param ciLow     lower bound of its 95% bootstrap interval (NaN for mu: none)
 * @param ciHigh    upper bound
 */
public record SensitivityRow(String method, String outcome, String parameter, String index, double value,
        double ciLow, double ciHigh) {

    /** sensitivity.csv: method, outcome, parameter, index, value, ci_low, ci_high. */
    public static final CsvTable<SensitivityRow> TABLE = CsvTable.of(
            List.of("method", "outcome", "parameter", "index", "value", "ci_low", "ci_high"),
            (row, out) -> out.text(row.method()).text(row.outcome()).text(row.parameter()).text(row.index())
                    .number(row.value()).number(row.ciLow()).number(row.ciHigh()));

    /** The rows of every outcome's indices: per parameter μ*, σ and μ (Morris) or S1 and ST (Sobol). */
    public static List<SensitivityRow> of(List<SensitivityIndices> all) {
        List<SensitivityRow> rows = new ArrayList<>();
        for (SensitivityIndices s : all) {
            boolean morris = s.method().equals("morris");
            for (int j = 0; j < s.parameters().size(); j++) {
                String p = s.parameters().get(j);
                rows.add(new SensitivityRow(s.method(), s.outcome(), p, morris ? "mu_star" : "S1", s.first()[j],
                        s.firstLow()[j], s.firstHigh()[j]));
                rows.add(new SensitivityRow(s.method(), s.outcome(), p, morris ? "sigma" : "ST", s.second()[j],
                        s.secondLow()[j], s.secondHigh()[j]));
                if (morris && s.mu() != null) {
                    rows.add(new SensitivityRow(s.method(), s.outcome(), p, "mu", s.mu()[j], Double.NaN, Double.NaN));
                }
            }
        }
        return rows;
    }
}
