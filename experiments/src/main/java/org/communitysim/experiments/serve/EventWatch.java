package org.communitysim.experiments.serve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.GroupNow;
import org.communitysim.model.DailySeries;
import org.communitysim.scenario.Scenario;

/**
 * Turns a run's daily rows into the few moments a teacher points at: the group fills up, the KOLs leave (and what it
 * did to activity a week later), activity peaks, the group falls silent. Each entry is a bundle key and its
 * arguments (numbers formatted here, words by the page), so the log switches language with the page. In a world of
 * many groups also every group that opens by fission (or a playbook's openGroup) and every group that dies.
 */
final class EventWatch {
    /** The change in active members is reported over this many days from the day the KOLs leave. */
    static final int AFTER_DAYS = 7;
    /** Active members below this share of their peak count as past the peak. */
    static final double PAST_PEAK = 0.8;
    /** Below this share of members active, the group has fallen silent. */
    static final double SILENT = 0.2;

    /** One log line: the day (the row index, day 0 = seeding), the text's key and its arguments. */
    record Entry(int day, String side, String key, List<String> args) {
    }

    private final Scenario scenario;
    private final String side;
    private boolean full;
    private boolean kolsReported;
    private boolean peakReported;
    private boolean silent;
    private double peak;
    private int peakDay;

    EventWatch(Scenario scenario, String side) {
        this.scenario = scenario;
        this.side = side;
    }

    /** The entries of the day just recorded ({@code d} = its row index in {@code daily}). */
    List<Entry> after(DailySeries daily, int d, boolean last) {
        List<Entry> out = new ArrayList<>();
        double active = daily.get(DailyMetric.ACTIVE, d);
        double members = daily.get(DailyMetric.MEMBERS, d);
        if (!full && daily.get(DailyMetric.TURNED_AWAY, d) > 0) {
            full = true;
            out.add(entry(d, "live.log_full", scenario.group().sizeCap()));
        }
        int departure = scenario.kols().departureDay();
        if (!kolsReported && scenario.kols().count() > 0 && departure >= 0 && d >= departure
                && (d == departure + AFTER_DAYS - 1 || last)) {
            kolsReported = true;
            double before = departure > 0 ? daily.get(DailyMetric.ACTIVE, departure - 1) : active;
            out.add(entry(departure, "live.log_kols_left", signed(active - before), d - departure + 1));
        }
        if (active > peak) {
            peak = active;
            peakDay = d;
        }
        if (!peakReported && peak >= 10 && active < PAST_PEAK * peak) {
            peakReported = true;
            out.add(entry(d, "live.log_peak", (long) peak, peakDay, (long) active));
        }
        if (!silent && peakReported && members > 0 && active < SILENT * members) {
            silent = true;
            out.add(entry(d, "live.log_silent", Math.round(100 * active / members)));
        }
        if (last) {
            out.add(entry(d, "live.log_end", (long) members, (long) active));
        }
        return out;
    }

    private final Set<Integer> opened = new HashSet<>();
    private final Set<Integer> died = new HashSet<>();

    /**
     * The groups that opened or died since the last call, each entry on its own day: a group opened by a split on
     * its open day, a dead group on the day its silence reached world.deadAfterDays (the group record's death day is
     * the first silent day).
     */
    List<Entry> groups(List<GroupNow> now) {
        List<Entry> out = new ArrayList<>();
        int silentDays = scenario.world().deadAfterDays();
        for (GroupNow g : now) {
            if (g.parent() >= 0 && opened.add(g.index())) {
                out.add(entry(g.openDay(), "live.log_group_opened", g.index() + 1, g.parent() + 1));
            }
            if (g.dead() && died.add(g.index())) {
                out.add(entry(g.deadDay() + silentDays - 1, "live.log_group_died", g.index() + 1, silentDays,
                        g.deadDay()));
            }
        }
        return out;
    }

    private Entry entry(int day, String key, Object... args) {
        List<String> a = new ArrayList<>();
        for (Object o : args) {
            a.add(String.valueOf(o));
        }
        return new Entry(day, side, key, a);
    }

    private static String signed(double v) {
        long r = Math.round(v);
        return r > 0 ? "+" + r : r < 0 ? "\u2212" + (-r) : "\u00b10";
    }
}
