package org.communitysim.experiments.montecarlo;

import java.util.List;
import org.communitysim.experiments.io.CsvTable;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.GroupRecord;

/**
 * One group of one run: a row of groups.csv (docs/outputs.md). A run of the single-group model has one.
 *
 * @param scenario     scenario name
 * @param replicate    replicate index r
 * @param seed         the run seed
 * @param group        the group's index (0: the first group, then in order of opening)
 * @param parent       the group it split from, −1 for a group declared from day 0
 * @param openDay      the day it opened
 * @param deadDay      its first day of world.deadAfterDays silent days, −1 if it never died
 * @param lifespan     days from opening to death, or to the horizon if it never died (censored)
 * @param peakMembers  its most members on one day
 * @param peakDay      the first day it had them
 * @param finalMembers members over the final window (metrics.finalWindowDays, 7 by default)
 * @param finalActive  active members over the final window
 */
public record GroupRow(String scenario, int replicate, long seed, int group, int parent, int openDay, int deadDay,
        int lifespan, double peakMembers, int peakDay, double finalMembers, double finalActive)
        implements java.io.Serializable {

    /** groups.csv; {@code dead_day} is empty for a group alive at the horizon. */
    public static final CsvTable<GroupRow> TABLE = CsvTable.of(List.of("scenario", "replicate", "seed", "group",
            "parent", "open_day", "dead_day", "died", "lifespan", "peak_members", "peak_day", "final_members",
            "final_active"),
            (row, out) -> out.text(row.scenario()).integer(row.replicate()).integer(row.seed()).integer(row.group())
                    .integer(row.parent()).integer(row.openDay()).number(row.died() ? row.deadDay() : Double.NaN)
                    .integer(row.died() ? 1 : 0).integer(row.lifespan()).number(row.peakMembers())
                    .integer(row.peakDay()).number(row.finalMembers()).number(row.finalActive()));

    /**
     * The rows of every group of replicate {@code replicate} of {@code scenario}, in order of opening: what every runner
     * (the local ensemble, the Spark compare) records of a run's groups.
     */
    public static List<GroupRow> of(org.communitysim.scenario.Scenario scenario, int replicate, long seed,
            org.communitysim.model.RunResult result) {
        List<GroupRow> rows = new java.util.ArrayList<>(result.groups().size());
        for (GroupRecord g : result.groups()) {
            rows.add(of(scenario.name(), replicate, seed, g, scenario.horizonDays(),
                    scenario.metrics().finalWindowDays()));
        }
        return List.copyOf(rows);
    }

    /** The row of one group's record in a run of {@code horizonDays} days with a final window of {@code window}. */
    public static GroupRow of(String scenario, int replicate, long seed, GroupRecord g, int horizonDays, int window) {
        double[] members = g.daily().series(DailyMetric.MEMBERS);
        double[] active = g.daily().series(DailyMetric.ACTIVE);
        int peakDay = 0;
        for (int d = 1; d < members.length; d++) {
            if (members[d] > members[peakDay]) {
                peakDay = d;
            }
        }
        return new GroupRow(scenario, replicate, seed, g.index(), g.parent(), g.openDay(), g.deadDay(),
                g.lifespan(horizonDays), members.length == 0 ? 0 : members[peakDay], peakDay,
                tailMean(members, window), tailMean(active, window));
    }

    public boolean died() {
        return deadDay >= 0;
    }

    /**
     * The age (days since opening) at which the survival curve sees this group: the day after its lifespan if it
     * died (alive d days after opening exactly when its lifespan is at least d, as the outcome groups_alive_d counts
     * it), else its lifespan, censored.
     */
    public int survivalAge() {
        return died() ? lifespan + 1 : lifespan;
    }

    private static double tailMean(double[] v, int window) {
        int w = Math.min(window, v.length);
        double sum = 0;
        for (int d = v.length - w; d < v.length; d++) {
            sum += v[d];
        }
        return w == 0 ? Double.NaN : sum / w;
    }
}
