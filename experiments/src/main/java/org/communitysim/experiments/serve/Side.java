package org.communitysim.experiments.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.communitysim.model.CommunityModel;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.DailySeries;
import org.communitysim.model.GroupNow;
import org.communitysim.model.GroupView;
import org.communitysim.model.World;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.InputException;
import org.communitysim.scenario.file.ScenarioDraft;

/**
 * One strategy of a live session (A or B): the scenario as loaded plus the page's changes, kept as a
 * {@link ScenarioDraft} so every change goes through the loader's {@code --set} path (same parsing, same messages as
 * the command line), and the {@link CommunityModel} stepping it. A change never alters a running model: the session
 * restarts the run from day 0 with the new scenario, so a run is always a function of (settings, seed).
 */
final class Side {
    private static final DailyMetric[] METRICS = DailyMetric.values();
    /** Members who joined at most this many days ago are drawn as newcomers. */
    static final int NEWCOMER_DAYS = 7;

    final String key;
    /** What the scenario was loaded from: a shipped name or an uploaded file's name. */
    String source;
    ScenarioDraft draft;
    Scenario scenario;
    CommunityModel model;
    EventWatch watch;
    /** Rows of the daily series already sent to the page. */
    int sent;

    Side(String key, String source, ScenarioDraft draft, Scenario scenario) {
        this.key = key;
        this.source = source;
        this.draft = draft;
        this.scenario = scenario;
    }

    /** Applies {@code path=value} as {@code --set} would; the draft is unchanged when the value is refused. */
    void set(String path, String value) throws InputException {
        ScenarioDraft next = draft.copy().override(List.of(path + "=" + value));
        Scenario bound = next.bind();
        draft = next;
        scenario = bound;
    }

    /** Renames the scenario (two sides must not share a name: it labels the exported rows). */
    void rename(String name) throws InputException {
        set("name", name);
    }

    /** A fresh model on {@code world}, started (day 0 seeded, nothing stepped). */
    void start(World world, long runSeed) {
        model = new CommunityModel(scenario, world, runSeed);
        model.start();
        watch = new EventWatch(scenario, key);
        sent = 0;
    }

    /** Steps one day; false when the horizon was already reached. */
    boolean step() {
        if (done()) {
            return false;
        }
        model.stepDay();
        return true;
    }

    boolean done() {
        return model.daily().days() >= scenario.horizonDays();
    }

    int days() {
        return model.daily().days();
    }

    /**
     * The frame of this side: the rows recorded since the last frame (every daily metric, in declaration order),
     * the run totals behind conversion, the members as dots and the group's counts as it stands ({@code now});
     * appends the log entries of the new days to {@code log}.
     */
    ObjectNode frame(ArrayNode log) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode out = f.objectNode();
        DailySeries daily = model.daily();
        int days = daily.days();
        out.put("side", key);
        out.put("name", scenario.name());
        out.put("from", sent);
        out.put("days", days);
        ArrayNode rows = out.putArray("rows");
        for (int d = sent; d < days; d++) {
            ArrayNode row = rows.addArray();
            for (DailyMetric m : METRICS) {
                row.add(daily.get(m, d));
            }
            watch.after(daily, d, d == scenario.horizonDays() - 1).forEach(e -> logEntry(log, e));
        }
        sent = days;
        if (scenario.manyGroups()) {
            watch.groups(model.groupsNow()).forEach(e -> logEntry(log, e));
        }
        GroupView view = model.view();
        out.put("buyers", view.buyers());
        out.put("everRegular", view.everRegular());
        out.put("persons", view.persons());
        out.set("dots", dots(view, days));
        out.set("now", now(view));
        if (scenario.manyGroups()) {
            out.set("groups", groups(model.groupsNow()));
        }
        return out;
    }

    private static void logEntry(ArrayNode log, EventWatch.Entry e) {
        ObjectNode entry = log.addObject();
        entry.put("day", e.day());
        entry.put("side", e.side());
        entry.put("key", e.key());
        ArrayNode args = entry.putArray("args");
        e.args().forEach(args::add);
    }

    /**
     * A world's groups (docs/model.md §4.12), one array each: index, parent (-1: declared), open day, members now,
     * active members on the last day, death day (-1: alive). The dots and numbers above are the first group's.
     */
    private static ArrayNode groups(List<GroupNow> now) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (GroupNow g : now) {
            out.addArray().add(g.index()).add(g.parent()).add(g.openDay()).add(g.members()).add(g.active())
                    .add(g.deadDay());
        }
        return out;
    }

    /**
     * The group as it stands after the last day stepped, counted as the model's measurement counts a day's row
     * (members, active: KOLs and regular members not lurking, lurkers, advertisers). Before the first step the model
     * has recorded no row (row d is recorded at the end of day d), yet the seeds are members: the page shows these
     * counts for day 0 and no daily rate.
     */
    private static ObjectNode now(GroupView view) {
        GroupView.Counts c = view.countsNow();
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("members", view.memberCount());
        out.put("active", c.active());
        out.put("lurkers", c.lurkers());
        out.put("advertisers", c.advertisers());
        return out;
    }

    /**
     * The members as dots: person ids (a stable seat on the page), a kind letter each (k KOL, a advertiser,
     * l lurker, n newcomer, r active regular) and an activity level 0..9 each (log10 of the posting propensity in
     * thirds of a decade above 0.01 posts/day).
     */
    private static ObjectNode dots(GroupView view, int day) {
        int n = view.memberCount();
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode ids = out.putArray("ids");
        StringBuilder kinds = new StringBuilder(n);
        StringBuilder sizes = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int p = view.memberAt(i);
            ids.add(p);
            byte role = view.role(p);
            char kind = role == 1 ? 'k' : role == 2 ? 'a' : view.lurking(p) ? 'l'
                    : view.joinDay(p) >= day - NEWCOMER_DAYS ? 'n' : 'r';
            kinds.append(kind);
            double a = view.activity(p);
            int level = a > 0 ? (int) Math.round(3 * (Math.log10(a) + 2)) : 0;
            sizes.append((char) ('0' + Math.max(0, Math.min(9, level))));
        }
        out.put("kinds", kinds.toString());
        out.put("sizes", sizes.toString());
        return out;
    }
}
