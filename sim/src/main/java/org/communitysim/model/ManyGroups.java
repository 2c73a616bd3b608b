package org.communitysim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.communitysim.random.Rng;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.AttentionSpec;
import org.communitysim.scenario.BackgroundSpec;
import org.communitysim.scenario.FissionSpec;
import org.communitysim.scenario.FissionTrigger;
import org.communitysim.scenario.Playbook;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.WorldSpec;
import sim.engine.SimState;

/**
 * A world of many groups (docs/model.md §4.12): the operator's groups over one set of persons and ties, the background
 * groups that compete for the same people, and what couples them, each day:
 * <ol>
 * <li>morning ({@link #beginDay}): background groups come and go; the fading poster and the operator's effort set each
 * group's outside exposure and cadence; each member's attention is shared among their groups;</li>
 * <li>the groups' phases, the first group's on the model's schedule, the others' in {@link #stepOthers};</li>
 * <li>evening ({@link #endDay}): fission opens a new group when the newest one meets the trigger, and the applicants
 * full groups turned away are pointed to the newest group.</li>
 * </ol>
 * Group k ≥ 1 draws from streams derived from the run seed and "group-k", background groups from "background", so the
 * first group's streams are the single-group model's. Nothing here decides that a group dies: death is recorded when
 * members stop posting, which follows from the attention they give it and the model's mechanisms.
 */
final class ManyGroups {
    private final Scenario scenario;
    private final WorldSpec spec;
    private final TopicWorld world;
    private final long runSeed;
    private final int inequalityWindowStart;
    private final List<GroupRun> groups;
    /** Actions of the groups after the first (their KOLs leaving): not charted. */
    private final List<FiredAction> othersFired = new ArrayList<>();
    private final boolean sharing;
    private final Rng background;
    private final int[] bgCount;
    private final double[] bgNovelty;
    private final double[] total;
    private final double noveltyDecay;
    /**
     * Whether the operator splits groups: world.fission has a trigger, or a playbook's openGroup has opened one. Then
     * the poster points to the newest group and turned-away applicants are pointed to it.
     */
    private boolean splitting;
    private int lastOpenDay;

    ManyGroups(Scenario scenario, TopicWorld world, long runSeed, int inequalityWindowStart, List<GroupRun> groups) {
        this.scenario = scenario;
        this.spec = scenario.world();
        this.world = world;
        this.runSeed = runSeed;
        this.inequalityWindowStart = inequalityWindowStart;
        this.groups = groups;
        this.sharing = spec.groups() > 1 || spec.fission().on() || spec.background().on()
                || scenario.playbook().opensGroups();
        this.splitting = spec.fission().on();
        BackgroundSpec bg = spec.background();
        this.background = Seeds.stream(runSeed, "background");
        this.bgCount = new int[bg.on() ? world.n : 0];
        this.bgNovelty = new double[bg.on() ? world.n : 0];
        this.total = new double[sharing ? world.n : 0];
        this.noveltyDecay = Math.exp(-1.0 / spec.attention().noveltyDays());
    }

    /** Day 0, after the first group's seeding: the other declared groups are seeded, people's background groups drawn. */
    void start() {
        for (int k = 1; k < spec.groups(); k++) {
            Scenario own = spec.groupSettings().of(scenario, k);
            TopicWorld topic = own.group().topic() == scenario.group().topic() ? world
                    : new TopicWorld(new World(world.pop, world.net), own.group().topic());
            GroupRun run = open(k, -1, 0, own, topic);
            Seeding.seed(own, topic, run.group, run.today, run.streams.seeding());
            run.joinRule.start();
        }
        BackgroundSpec bg = spec.background();
        if (bg.perPerson() > 0) {
            for (int p = 0; p < world.n; p++) {
                bgCount[p] = background.poisson(bg.perPerson()); // established groups: no novelty left
            }
        }
    }

    private GroupRun open(int index, int parent, int day, Scenario s, TopicWorld topic) {
        Streams streams = Streams.of(Seeds.streamSeed(runSeed, "group-" + index));
        GroupRun run = new GroupRun(index, parent, day, s.withPlaybook(Playbook.NONE), topic, streams,
                inequalityWindowStart, othersFired, true);
        groups.add(run);
        return run;
    }

    /** The morning of {@code day}: background groups, each group's exposure and cadence, attention shares. */
    void beginDay(int day) {
        if (day > 0 && spec.background().on()) {
            backgroundDay();
        }
        adjustGroups(day);
        if (sharing) {
            shareAttention(day);
        }
    }

    private void backgroundDay() {
        BackgroundSpec bg = spec.background();
        double quit = bg.quitRate();
        double arrivals = bg.newPerDay();
        for (int p = 0; p < world.n; p++) {
            double novelty = bgNovelty[p] * noveltyDecay;
            int count = bgCount[p];
            if (quit > 0 && count > 0) {
                int quits = background.binomial(count, quit);
                if (quits > 0) { // the groups quit are any of the person's: their novelty leaves in proportion
                    novelty *= (count - quits) / (double) count;
                    count -= quits;
                }
            }
            if (arrivals > 0) {
                int joined = background.poisson(arrivals);
                count += joined;
                novelty += joined;
            }
            bgCount[p] = count;
            bgNovelty[p] = novelty;
        }
    }

    /**
     * The poster (outside exposure, fading with world.outsideHalfLifeDays from day 0) goes to the newest group when the
     * operator splits groups, else equally to the declared groups; the operator's posts (world.operatorPostsPerDay)
     * are split over the live groups in proportion to their cadence, and a dead group gets none.
     */
    private void adjustGroups(int day) {
        double fade = spec.outsideHalfLifeDays() > 0 ? Math.pow(2, -day / spec.outsideHalfLifeDays()) : 1;
        boolean fission = splitting;
        GroupRun newest = groups.get(groups.size() - 1);
        double effort = spec.operatorPostsPerDay();
        double wanted = 0;
        if (effort > 0) {
            for (GroupRun g : groups) {
                if (!g.deadBy(day - 1)) {
                    wanted += g.strategy().content().cadence();
                }
            }
        }
        double effortFactor = effort > 0 && wanted > effort ? effort / wanted : 1;
        for (GroupRun g : groups) {
            double outside = fission ? (g == newest ? fade : 0) : fade / spec.groups();
            double cadence = effort > 0 && g.deadBy(day - 1) ? 0 : effortFactor;
            g.adjust(outside, cadence);
        }
    }

    /**
     * Each member's attention is shared among the person's groups: an operator's group weighs
     * (1 + noveltyBoost·e^(−days in it/noveltyDays))·(1 + liveliness·member posts per member yesterday), a background
     * group weight·(1 + noveltyBoost·e^(−age/noveltyDays)); the group gets its weight's share of the person's total.
     */
    private void shareAttention(int day) {
        AttentionSpec a = spec.attention();
        double boost = a.noveltyBoost();
        double tau = a.noveltyDays();
        if (spec.background().on()) {
            double w = spec.background().weight();
            for (int p = 0; p < world.n; p++) {
                total[p] = w * (bgCount[p] + boost * bgNovelty[p]);
            }
        } else {
            Arrays.fill(total, 0);
        }
        for (GroupRun g : groups) {
            GroupState s = g.group;
            double lively = 1;
            if (day - 1 >= g.openDay) {
                double members = g.daily.get(DailyMetric.MEMBERS, day - 1);
                double posts = g.daily.get(DailyMetric.POSTS_ON_TOPIC, day - 1) + g.daily.get(DailyMetric.POSTS_NOISE, day - 1);
                lively += members > 0 ? a.liveliness() * posts / members : 0;
            }
            for (int i = 0; i < s.memberCount; i++) {
                double w = lively * (1 + boost * Math.exp(-(day - s.joinDay[i]) / tau));
                s.slotShare[i] = w;
                total[s.memberList[i]] += w;
            }
        }
        for (GroupRun g : groups) {
            GroupState s = g.group;
            for (int i = 0; i < s.memberCount; i++) {
                s.slotShare[i] /= total[s.memberList[i]];
            }
        }
    }

    /** The groups after the first, on {@code day}: their phases, each group in order of opening. */
    void stepOthers(SimState state, int day) {
        for (int k = 1; k < groups.size(); k++) {
            GroupRun g = groups.get(k);
            if (g.openDay <= day) {
                g.step(state);
            }
        }
    }

    /**
     * The evening of {@code day}: fission, then the turned-away applicants are pointed to the newest group when the
     * operator splits groups; every group's list of the day's turned-away applicants is emptied in any case (declared
     * groups of an operator who does not split, or a playbook's openGroup still to come, point nobody).
     */
    void endDay(int day) {
        FissionSpec f = spec.fission();
        GroupRun newest = groups.get(groups.size() - 1);
        if (f.on() && day + 1 < scenario.horizonDays() && groups.size() < f.maxGroups() && triggered(f, newest, day)) {
            newest = split(newest, day + 1);
        }
        for (GroupRun g : groups) {
            GroupState s = g.group;
            if (splitting && f.pointTurnedAway() && g != newest) {
                GroupState target = newest.group;
                for (int i = 0; i < s.turnedAwayCount && target.pointedCount < target.pointed.length; i++) {
                    target.pointed[target.pointedCount++] = s.turnedAway[i];
                }
            }
            s.turnedAwayCount = 0;
        }
    }

    /**
     * A playbook's openGroup on the morning of {@code day}: the group opens today, split from the newest group as by
     * fission; returns its seed members, 0 when world.fission.maxGroups groups exist.
     */
    int openByPlaybook(int day) {
        if (groups.size() >= spec.fission().maxGroups()) {
            return 0;
        }
        splitting = true;
        return split(groups.get(groups.size() - 1), day).group.memberCount;
    }

    private boolean triggered(FissionSpec f, GroupRun newest, int day) {
        int members = newest.group.memberCount;
        return switch (f.trigger()) {
            // full: it turned an applicant away today (what the operator sees, 群已满) or is at its cap tonight
            case CAP -> newest.strategy().join().groupMechanisms() && (newest.daily.get(DailyMetric.TURNED_AWAY, day) > 0
                    || members >= newest.strategy().group().sizeCap());
            case SIZE -> members >= f.size();
            case SCHEDULE -> day + 1 - lastOpenDay >= f.everyDays();
            case NEVER -> false;
        };
    }

    /**
     * Opens a group on {@code day} under the same operator with the strategy in force in {@code parent}, seeded by the
     * parent's most active members (activity × engagement; active before lurkers; by person id on ties) and, with
     * seedKols, its KOLs. They stay in the parent too.
     */
    private GroupRun split(GroupRun parent, int day) {
        GroupRun child = open(groups.size(), parent.index, day, parent.strategy(), parent.world);
        lastOpenDay = day;
        GroupState from = parent.group;
        GroupState to = child.group;
        int n = from.memberCount;
        Integer[] order = new Integer[n];
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            score[i] = from.slotRole[i] != GroupState.REGULAR ? Double.NEGATIVE_INFINITY
                    : from.slotActivity[i] * Engagement.of(from.satisfaction[i]) - (from.lurking[i] ? 1e9 : 0);
        }
        Arrays.sort(order, (x, y) -> score[x] != score[y] ? Double.compare(score[y], score[x])
                : Integer.compare(from.memberList[x], from.memberList[y]));
        int want = Math.min(spec.fission().seedActivists(), to.memberList.length);
        for (int k = 0; k < n && to.memberCount < want; k++) {
            int i = order[k];
            if (from.slotRole[i] == GroupState.REGULAR) {
                to.join(from.memberList[i], GroupState.SEED, -1, child.today);
            }
        }
        if (spec.fission().seedKols()) {
            for (int i = 0; i < n && to.memberCount < to.memberList.length; i++) {
                if (from.slotRole[i] == GroupState.KOL) {
                    int p = from.memberList[i];
                    to.role[p] = GroupState.KOL;
                    to.join(p, GroupState.SEED, -1, child.today);
                }
            }
        }
        child.joinRule.start();
        return child;
    }
}
