package org.communitysim.experiments.montecarlo;

import java.util.List;
import org.communitysim.experiments.stats.KaplanMeier;

/**
 * The groups of one scenario's runs (docs/model.md §4.12): one row per replicate and group, the groups of replicate 0
 * day by day, and the Kaplan–Meier survival curve of all its groups pooled over replicates.
 *
 * @param rows     every group of every replicate, replicate by replicate, in order of opening
 * @param traces   the groups of replicate 0, day by day (empty when not collected)
 * @param survival the survival curve with its cluster-bootstrap band, or null when not computed
 */
public record GroupRuns(List<GroupRow> rows, List<GroupTrace> traces, KaplanMeier.Curve survival) {
    /** No groups: runs built from outcomes alone (tests, reports of summaries). */
    public static final GroupRuns NONE = new GroupRuns(List.of(), List.of(), null);

    public GroupRuns {
        rows = List.copyOf(rows);
        traces = List.copyOf(traces);
    }

    /** Whether some replicate had more than one group, or some group died: then the report shows the groups. */
    public boolean worthShowing() {
        return rows.stream().anyMatch(r -> r.group() > 0 || r.died());
    }

    /** Whether some replicate had more than one group. */
    public boolean manyGroups() {
        return rows.stream().anyMatch(r -> r.group() > 0);
    }

    /**
     * The survival curve of these groups: each group's {@link GroupRow#survivalAge()}, clustered by replicate, with
     * the cluster-bootstrap band seeded by {@code seed}; null if there is no group.
     */
    public static KaplanMeier.Curve survival(List<GroupRow> rows, int replicates, long seed) {
        if (rows.isEmpty()) {
            return null;
        }
        int n = rows.size();
        int[] ages = new int[n];
        boolean[] death = new boolean[n];
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) {
            GroupRow r = rows.get(i);
            ages[i] = r.survivalAge();
            death[i] = r.died();
            cluster[i] = r.replicate();
        }
        return KaplanMeier.withClusterBand(ages, death, cluster, replicates, seed);
    }
}
