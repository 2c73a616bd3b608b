package org.communitysim.experiments.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.experiments.report.Labels.Text;
import org.communitysim.model.FiredAction;

/**
 * The vertical markers a fan chart draws for the actions fired in one scenario's runs (docs/outputs.md "Charts"):
 * the k-th firing of one action (a playbook action and what it did, or the KOLs' departure of
 * {@code kols.departureDay}) over the replicates is one marker, at the median day of the replicates where it fired.
 * An action that fired on the same day in every replicate is labelled with its name alone; otherwise the label
 * says the median day and in how many runs it fired (a metric trigger fires on different days, or not at all).
 */
final class ActionMarkers {
    private ActionMarkers() {
    }

    /**
     * One marker.
     *
     * @param day  the median day of the replicates where it fired
     * @param text the label, in the report language
     */
    record Marker(int day, String text) {
    }

    /** The markers of one scenario's runs, by day; empty when no action fired. */
    static List<Marker> of(ScenarioRuns runs, Lang lang) {
        // (source, kind, k-th firing) -> days over replicates, in replicate order; the label of the action
        Map<List<Object>, List<Integer>> days = new LinkedHashMap<>();
        Map<List<Object>, FiredAction> first = new HashMap<>();
        for (int r = 0; r < runs.replicates(); r++) {
            Map<List<Object>, Integer> seen = new HashMap<>();
            for (FiredAction f : runs.fired(r)) {
                List<Object> action = List.of(f.source(), f.kind());
                int k = seen.merge(action, 1, Integer::sum);
                List<Object> key = List.of(f.source(), f.kind(), k);
                days.computeIfAbsent(key, x -> new ArrayList<>()).add(f.day());
                first.putIfAbsent(key, f);
            }
        }
        Set<Marker> markers = new LinkedHashSet<>();  // a hand-over and the departure it goes with: one label
        for (Map.Entry<List<Object>, List<Integer>> e : days.entrySet()) {
            int[] d = e.getValue().stream().mapToInt(Integer::intValue).sorted().toArray();
            int median = d[(d.length - 1) / 2];
            String name = name(first.get(e.getKey()), lang);
            boolean everywhereAlike = d.length == runs.replicates() && d[0] == d[d.length - 1];
            markers.add(new Marker(median, everywhereAlike ? name
                    : Labels.format(Text.ACTION_SPREAD, lang, name, median, d.length, runs.replicates())));
        }
        List<Marker> sorted = new ArrayList<>(markers);
        sorted.sort(Comparator.comparingInt(Marker::day));
        return sorted;
    }

    /** The action's label, or what it did when it has none ("KOLs leave", "Lurkers purged"...). */
    static String name(FiredAction f, Lang lang) {
        if (f.label().isEmpty()) {
            return Labels.text(KINDS.get(f.kind()), lang);
        }
        return f.kind() == FiredAction.Kind.CAMPAIGN_END ? Labels.format(Text.ACTION_ENDS, lang, f.label()) : f.label();
    }

    private static final Map<FiredAction.Kind, Text> KINDS = Map.of(
            FiredAction.Kind.OPEN_GROUP, Text.ACTION_OPEN_GROUP,
            FiredAction.Kind.SET, Text.ACTION_SET,
            FiredAction.Kind.CAMPAIGN_START, Text.ACTION_CAMPAIGN_START,
            FiredAction.Kind.CAMPAIGN_END, Text.ACTION_CAMPAIGN_END,
            FiredAction.Kind.KOLS_LEAVE, Text.ACTION_KOLS_LEAVE,
            FiredAction.Kind.HAND_OVER, Text.ACTION_HAND_OVER,
            FiredAction.Kind.PURGE, Text.ACTION_PURGE,
            FiredAction.Kind.EVENT, Text.ACTION_EVENT);

    static {
        if (!KINDS.keySet().containsAll(Arrays.asList(FiredAction.Kind.values()))) {
            throw new IllegalStateException("a kind of fired action has no name in the report");
        }
    }
}
