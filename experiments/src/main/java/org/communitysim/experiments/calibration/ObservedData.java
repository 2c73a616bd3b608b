package org.communitysim.experiments.calibration;

import java.nio.file.Path;
import java.util.List;

/**
 * An observed group's daily numbers, validated: days 0 … days−1 without gaps (day 0 is the day the group opened,
 * as in the model), one array per column.
 *
 * @param file   where they were read from
 * @param days   number of days
 * @param kpis   the columns, in file order
 * @param values [column][day]
 */
public record ObservedData(Path file, int days, List<ObservedKpi> kpis, double[][] values) {

    public ObservedData {
        kpis = List.copyOf(kpis);
    }

    public double[] column(int k) {
        return values[k].clone();
    }
}
