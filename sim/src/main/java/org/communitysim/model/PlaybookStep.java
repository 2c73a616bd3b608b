package org.communitysim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitysim.scenario.Playbook;
import org.communitysim.scenario.PlaybookAction;
import org.communitysim.scenario.PlaybookAction.EndCampaign;
import org.communitysim.scenario.PlaybookAction.Every;
import org.communitysim.scenario.PlaybookAction.KolsLeave;
import org.communitysim.scenario.PlaybookAction.OnDay;
import org.communitysim.scenario.PlaybookAction.PurgeLurkers;
import org.communitysim.scenario.PlaybookAction.SetLevers;
import org.communitysim.scenario.PlaybookAction.WhenInactive;
import org.communitysim.scenario.PlaybookAction.WhenMetric;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.schema.RecordTrees;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 0, the playbook (docs/model.md §4 "Playbook"): at the start of each day, before anyone joins, campaigns whose
 * days are over return their levers, then every action whose trigger holds fires, in playbook order. A metric
 * trigger reads yesterday's row of the day series (so none fires on day 0). Levers are set on the scenario itself
 * ({@link Scenario#with}, the declarations' checks included) and the model rebuilds the phases from it once, after
 * the day's actions: the phases never hold a second copy of a setting. Scheduled only when the playbook has actions;
 * draws no random numbers, so the other streams stay aligned with the same scenario without a playbook.
 */
final class PlaybookStep implements Steppable {
    private static final long serialVersionUID = 1L;

    /** What the model offers the playbook: the scenario in force and a way to put a changed one in force. */
    interface Levers {
        Scenario current();

        void retune(Scenario changed);

        /** Opens a group by fission today; returns its seed members (0 if none could be opened). */
        int openGroup();
    }

    private final List<PlaybookAction> actions;
    private final Levers levers;
    private final GroupState g;
    private final DayState today;
    private final DailySeries daily;
    private final List<FiredAction> fired;
    /** Per action: the metric and divisor of a metric trigger (-1: none). */
    private final int[] metric;
    private final int[] per;
    /** Per action: a once-trigger that fired; a metric trigger's comparison held at the last check. */
    private final boolean[] spent;
    private final boolean[] held;
    /** Per campaign: the first day its levers are back (-1: not running), and the values to put back. */
    private final int[] campaignEnd;
    private final List<Map<String, Object>> saved;
    /** Days in a row, up to yesterday, on which no member posted. */
    private int quietDays;

    PlaybookStep(Playbook playbook, Levers levers, GroupState g, DayState today, DailySeries daily,
            List<FiredAction> fired) {
        this.actions = playbook.actions();
        this.levers = levers;
        this.g = g;
        this.today = today;
        this.daily = daily;
        this.fired = fired;
        int n = actions.size();
        metric = new int[n];
        per = new int[n];
        Arrays.fill(metric, -1);
        Arrays.fill(per, -1);
        for (int i = 0; i < n; i++) {
            if (actions.get(i).trigger() instanceof WhenMetric m) {
                metric[i] = metricIndex(m.metric(), i);
                per[i] = m.per() == null ? -1 : metricIndex(m.per(), i);
            }
        }
        spent = new boolean[n];
        held = new boolean[n];
        campaignEnd = new int[n];
        Arrays.fill(campaignEnd, -1);
        saved = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            saved.add(Map.of());
        }
    }

    /** The daily metric of a column name, refused with the action's index when there is none. */
    static int metricIndex(String column, int action) {
        for (DailyMetric m : DailyMetric.values()) {
            if (m.column().equals(column)) {
                return m.ordinal();
            }
        }
        throw new IllegalArgumentException("playbook[" + action + "].trigger.metric: \"" + column
                + "\" is not a daily metric; allowed: " + metricNames());
    }

    /** Every daily metric's column, comma-separated, for messages. */
    static String metricNames() {
        return String.join(", ", Arrays.stream(DailyMetric.values()).map(DailyMetric::column).toList());
    }

    @Override
    public void step(SimState state) {
        int day = today.day;
        if (day > 0) {
            double posts = daily.get(DailyMetric.POSTS_ON_TOPIC, day - 1) + daily.get(DailyMetric.POSTS_NOISE, day - 1)
                    + daily.get(DailyMetric.POSTS_KOL, day - 1);
            quietDays = posts == 0 ? quietDays + 1 : 0;
        }
        Scenario before = levers.current();
        Scenario s = before;
        for (int i = 0; i < actions.size(); i++) {
            if (campaignEnd[i] == day) {
                s = endCampaign(s, i, i, day);
            }
        }
        for (int i = 0; i < actions.size(); i++) {
            if (fires(i, day)) {
                s = apply(s, i, day);
            }
        }
        if (s != before) {
            levers.retune(s);
        }
    }

    private boolean fires(int i, int day) {
        PlaybookAction a = actions.get(i);
        boolean running = a.isCampaign() && campaignEnd[i] > day;  // its own campaign: it cannot start again
        if (a.trigger() instanceof OnDay d) {
            return day == d.day();
        } else if (a.trigger() instanceof Every e) {
            return !running && day >= e.from() && (day - e.from()) % e.days() == 0
                    && (e.until() < 0 || day <= e.until());
        } else if (a.trigger() instanceof WhenMetric m) {
            if (day == 0) {
                return false;
            }
            double x = daily.get(DailyMetric.values()[metric[i]], day - 1);
            if (per[i] >= 0) {
                double d = daily.get(DailyMetric.values()[per[i]], day - 1);
                x = d != 0 ? x / d : Double.NaN;
            }
            boolean holds = m.comparison().holds(x, m.value());
            boolean crossed = holds && !held[i];
            held[i] = holds;
            return crossed && !running && once(i, m.repeat());
        } else if (a.trigger() instanceof WhenInactive w) {
            return quietDays == w.days() && !running && once(i, w.repeat());
        }
        throw new IllegalStateException("unknown trigger " + a.trigger());
    }

    /** Whether a trigger may fire (again), marking a once-trigger spent. */
    private boolean once(int i, boolean repeat) {
        if (spent[i] && !repeat) {
            return false;
        }
        spent[i] = true;
        return true;
    }

    private Scenario apply(Scenario s, int i, int day) {
        PlaybookAction a = actions.get(i);
        String source = "playbook[" + i + "]";
        if (a.effect() instanceof SetLevers set) {
            if (a.isCampaign()) {
                Map<String, Object> before = new LinkedHashMap<>();
                for (String path : set.levers().keySet()) {
                    before.put(path, RecordTrees.get(s, path));
                }
                saved.set(i, before);
                campaignEnd[i] = day + a.duration();
            }
            for (Map.Entry<String, Object> e : set.levers().entrySet()) {
                s = s.with(e.getKey(), e.getValue());
            }
            fired.add(new FiredAction(day, source, a.isCampaign() ? FiredAction.Kind.CAMPAIGN_START
                    : FiredAction.Kind.SET, a.label(), set.levers().size()));
        } else if (a.effect() instanceof EndCampaign end) {
            s = campaignEnd[end.action()] > day ? endCampaign(s, end.action(), i, day)
                    : logged(s, new FiredAction(day, source, FiredAction.Kind.CAMPAIGN_END, a.label(), 0));
        } else if (a.effect() instanceof KolsLeave k) {
            if (k.handsOver()) {
                int named = handOver(k.activists(), k.postingFactor());
                fired.add(new FiredAction(day, source, FiredAction.Kind.HAND_OVER, a.label(), named));
            }
            fired.add(new FiredAction(day, source, FiredAction.Kind.KOLS_LEAVE, a.label(),
                    KolDeparture.allLeave(g, today)));
        } else if (a.effect() instanceof PlaybookAction.OpenGroup) {
            fired.add(new FiredAction(day, source, FiredAction.Kind.OPEN_GROUP, a.label(), levers.openGroup()));
        } else if (a.effect() instanceof PurgeLurkers p) {
            fired.add(new FiredAction(day, source, FiredAction.Kind.PURGE, a.label(), purge(p.silentDays(), day)));
        } else {
            today.eventCalled = true;
            fired.add(new FiredAction(day, source, FiredAction.Kind.EVENT, a.label(), 0));
        }
        return s;
    }

    private Scenario logged(Scenario s, FiredAction f) {
        fired.add(f);
        return s;
    }

    /** Returns campaign {@code i}'s levers to the values they had when it started; {@code by} ends it. */
    private Scenario endCampaign(Scenario s, int i, int by, int day) {
        Map<String, Object> back = saved.get(i);
        for (Map.Entry<String, Object> e : back.entrySet()) {
            s = s.with(e.getKey(), e.getValue());
        }
        campaignEnd[i] = -1;
        saved.set(i, Map.of());
        fired.add(new FiredAction(day, "playbook[" + by + "]", FiredAction.Kind.CAMPAIGN_END,
                actions.get(by).label(), back.size()));
        return s;
    }

    /**
     * The hand-over (去中心化): the {@code k} regular members, not lurking, with the highest expected on-topic
     * posting (activity × affinity; ties to the lower person id) post {@code factor} times as much while they stay.
     */
    private int handOver(int k, double factor) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < g.memberCount; i++) {
            if (g.slotRole[i] == GroupState.REGULAR && !g.lurking[i]) {
                candidates.add(i);
            }
        }
        candidates.sort(Comparator.comparingDouble((Integer i) -> -g.slotActivity[i] * g.slotAff[i])
                .thenComparingInt(i -> g.memberList[i]));
        int named = Math.min(k, candidates.size());
        for (int r = 0; r < named; r++) {
            g.slotFocus[candidates.get(r)] *= factor;
        }
        return named;
    }

    /** Removes regular members who posted nothing on each of the last {@code silentDays} days (清理潜水). */
    private int purge(int silentDays, int day) {
        int removed = 0;
        for (int i = g.memberCount - 1; i >= 0; i--) {
            if (g.slotRole[i] == GroupState.REGULAR && g.lastPostDay[i] <= day - 1 - silentDays) {
                g.leave(g.memberList[i], GroupState.LEFT, today);
                removed++;
            }
        }
        return removed;
    }
}
