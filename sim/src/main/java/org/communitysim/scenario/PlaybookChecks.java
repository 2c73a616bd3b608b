package org.communitysim.scenario;

import java.util.ArrayList;
import java.util.List;
import org.communitysim.scenario.PlaybookAction.EndCampaign;
import org.communitysim.scenario.PlaybookAction.Every;
import org.communitysim.scenario.PlaybookAction.OnDay;
import org.communitysim.scenario.PlaybookAction.SetLevers;
import org.communitysim.scenario.PlaybookAction.Trigger;

/**
 * The playbook's checks that look across actions or at the horizon: days within the run, {@code endCampaign}
 * naming a campaign, and campaigns that could hold the same lever at once (which would leave "the value before"
 * ambiguous when one ends). One message per problem, naming the later action's index and field.
 */
final class PlaybookChecks {
    private PlaybookChecks() {
    }

    static List<String> problems(Playbook p, int horizonDays) {
        List<String> problems = new ArrayList<>();
        String horizon = " is beyond the horizon (horizonDays " + horizonDays + ": days 0 to " + (horizonDays - 1) + ")";
        List<PlaybookAction> actions = p.actions();
        for (int i = 0; i < actions.size(); i++) {
            String at = "playbook[" + i + "].trigger";
            Trigger t = actions.get(i).trigger();
            if (t instanceof OnDay d && d.day() >= horizonDays) {
                problems.add(at + ".day: " + d.day() + horizon);
            } else if (t instanceof Every e) {
                if (e.from() >= horizonDays) {
                    problems.add(at + ".from: " + e.from() + horizon);
                }
                if (e.until() >= horizonDays) {
                    problems.add(at + ".until: " + e.until() + horizon);
                }
            }
        }
        problems.addAll(references(p));
        if (problems.isEmpty()) {
            problems.addAll(overlaps(p, horizonDays));
        }
        return problems;
    }

    /** {@code endCampaign} must name another action that is a campaign. */
    static List<String> references(Playbook p) {
        List<String> problems = new ArrayList<>();
        List<PlaybookAction> actions = p.actions();
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).effect() instanceof EndCampaign c) {
                String at = "playbook[" + i + "].effect.endCampaign: ";
                if (c.action() >= actions.size()) {
                    problems.add(at + "there is no playbook[" + c.action() + "] (actions 0 to " + (actions.size() - 1)
                            + ")");
                } else if (!actions.get(c.action()).isCampaign()) {
                    problems.add(at + "playbook[" + c.action() + "] is not a campaign (an action that sets levers with "
                            + "a trigger.duration)");
                }
            }
        }
        return problems;
    }

    private static List<String> overlaps(Playbook p, int horizonDays) {
        List<String> problems = new ArrayList<>();
        List<PlaybookAction> actions = p.actions();
        for (int j = 0; j < actions.size(); j++) {
            PlaybookAction b = actions.get(j);
            if (!(b.effect() instanceof SetLevers bs)) {
                continue;
            }
            String at = "playbook[" + j + "].trigger" + (b.isCampaign() ? ".duration" : "");
            int[] bDays = days(b.trigger(), horizonDays);
            if (b.isCampaign() && b.trigger() instanceof Every e && b.duration() > e.days()) {
                problems.add(at + ": a campaign of " + b.duration() + " days every " + e.days()
                        + " days overlaps itself; make it at most " + e.days() + " days long");
                continue;
            }
            for (int i = 0; i < j; i++) {
                PlaybookAction a = actions.get(i);
                if (!(a.effect() instanceof SetLevers as) || !(a.isCampaign() || b.isCampaign())) {
                    continue;
                }
                String lever = shared(as, bs);
                if (lever == null) {
                    continue;
                }
                int[] aDays = days(a.trigger(), horizonDays);
                if (aDays == null || bDays == null) {
                    if (a.isCampaign() && b.isCampaign()) {
                        problems.add(at + ": playbook[" + i + "] and playbook[" + j + "] are both campaigns that set "
                                + lever + ", and a metric or inactivity trigger decides when one of them runs, so they "
                                + "could overlap; give both fixed days, or end one with endCampaign before the other");
                    }
                    continue;
                }
                String clash = clash(a, aDays, b, bDays);
                if (clash != null) {
                    problems.add(at + ": " + clash.replace("{lever}", lever).replace("{i}", Integer.toString(i))
                            .replace("{j}", Integer.toString(j)));
                }
            }
        }
        return problems;
    }

    /** The first lever both set, or null. */
    private static String shared(SetLevers a, SetLevers b) {
        for (String path : b.levers().keySet()) {
            if (a.levers().containsKey(path)) {
                return path;
            }
        }
        return null;
    }

    /** The days a day or every trigger fires within the horizon; null for a metric or inactivity trigger. */
    private static int[] days(Trigger t, int horizonDays) {
        if (t instanceof OnDay d) {
            return new int[] {d.day()};
        } else if (t instanceof Every e) {
            int last = e.until() >= 0 ? Math.min(e.until(), horizonDays - 1) : horizonDays - 1;
            List<Integer> days = new ArrayList<>();
            for (int d = e.from(); d <= last; d += e.days()) {
                days.add(d);
            }
            return days.stream().mapToInt(Integer::intValue).toArray();
        }
        return null;
    }

    /** Where a campaign and another setting of the same lever meet, or null. */
    private static String clash(PlaybookAction a, int[] aDays, PlaybookAction b, int[] bDays) {
        for (int da : aDays) {
            for (int db : bDays) {
                int aEnd = da + Math.max(1, a.duration()) - 1;
                int bEnd = db + Math.max(1, b.duration()) - 1;
                if (da <= bEnd && db <= aEnd) {
                    if (a.isCampaign() && b.isCampaign()) {
                        return "the campaign of playbook[{j}] sets {lever} on days " + db + " to " + bEnd
                                + ", and so does the campaign of playbook[{i}] on days " + da + " to " + aEnd
                                + ": campaigns that set the same lever must not overlap";
                    }
                    int start = a.isCampaign() ? da : db;
                    int end = a.isCampaign() ? aEnd : bEnd;
                    int set = a.isCampaign() ? db : da;
                    return "playbook[" + (a.isCampaign() ? "{j}" : "{i}") + "] sets {lever} on day " + set
                            + ", inside the campaign of playbook[" + (a.isCampaign() ? "{i}" : "{j}") + "] (days "
                            + start + " to " + end + "), whose end would undo it";
                }
            }
        }
        return null;
    }
}
