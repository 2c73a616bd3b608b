package org.communitysim.model;

import java.util.ArrayList;
import java.util.List;
import org.communitysim.scenario.Ablations;
import org.communitysim.scenario.EconomicsSpec;
import org.communitysim.scenario.Scenario;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One group of a run and everything that drives it (docs/model.md §4): its {@link GroupState}, the {@link DayState}
 * its phases hand on within a day, its day series, its random streams and the daily phases, each built from the
 * scenario in force with its own parameters record. A run of the single-group model holds one of these; a world of
 * many groups (docs/model.md §4.12) one per group, all over the same {@link TopicWorld}.
 *
 * <p>The scenario in force is the strategy ({@link #strategy}, what the file and the playbook say); what the world
 * adjusts on top (the operator's effort and the fading poster scale {@code content.cadence} and
 * {@code group.outsideExposure}) are factors in the group's state ({@link #adjust}).
 */
final class GroupRun {
    /** 0 for the first group (the one the file describes), then in order of opening. */
    final int index;
    /** The group this one split from (-1: declared from day 0). */
    final int parent;
    final int openDay;
    final TopicWorld world;
    final GroupState group;
    final DayState today = new DayState();
    final ExposureTracker exposures;
    final DailySeries daily;
    final Streams streams;
    final int inequalityWindowStart;
    private final List<FiredAction> fired;
    /** Whether applicants pointed here by the world apply before screening (a group of a world of many). */
    private final boolean pointedApplicants;
    private final int deadAfterDays;
    private Scenario strategy;
    JoinRule joinRule;
    Steppable[] phases;

    GroupRun(int index, int parent, int openDay, Scenario scenario, TopicWorld world, Streams streams,
            int inequalityWindowStart, List<FiredAction> fired, boolean many) {
        this.index = index;
        this.parent = parent;
        this.openDay = openDay;
        this.world = world;
        this.streams = streams;
        this.inequalityWindowStart = inequalityWindowStart;
        this.fired = fired;
        this.pointedApplicants = many;
        this.deadAfterDays = scenario.join().memberActivity() ? scenario.world().deadAfterDays() : 0;
        this.strategy = scenario;
        // slots for the largest cap the run can have (a playbook may raise it)
        int slots = scenario.join().groupMechanisms() ? scenario.playbook().largest("group.sizeCap",
                scenario.group().sizeCap()) : Integer.MAX_VALUE;
        this.group = new GroupState(world, terms(scenario), Math.min(world.n, slots));
        group.recordTurnedAway = many;
        this.joinRule = JoinRules.of(scenario, world, group, streams, threshold(scenario));
        group.setJoinListener(joinRule);
        this.exposures = new ExposureTracker(world, group);
        this.daily = new DailySeries(scenario.horizonDays());
        today.day = openDay;
        double[] nothing = new double[DailyMetric.values().length];
        for (int d = 0; d < openDay; d++) {
            daily.record(d, nothing);
        }
        this.phases = phases(scenario);
    }

    /** θ applicants face: join.groupMechanisms brings screening (θ), the size cap, churn and bans; without them anyone may come and stay. */
    static double threshold(Scenario s) {
        return s.join().groupMechanisms() ? s.group().threshold() : 0;
    }

    private static GroupState.Terms terms(Scenario s) {
        Ablations ab = s.ablations();
        var state = s.behaviour().state();
        EconomicsSpec economics = s.economics();
        double fee = economics.admissionPrice();
        double entryCommitment = ab.entryCommitment() ? s.behaviour().screening().commitEntry() * threshold(s) : 0;
        if (fee > 0 && ab.entryCommitment()) { // the sunk cost of a paid entry (docs/model.md §4.10)
            entryCommitment += economics.response().commitFee() * Math.log1p(fee / economics.response().wtpScale());
        }
        return new GroupState.Terms(
                state.initialSatisfaction() + (ab.welcome() ? s.content().welcomeBonus() : 0),
                entryCommitment, s.behaviour().exposure().reapplyFactor(),
                s.behaviour().exposure().rejoinFactor(), ab.advertisers(), fee);
    }

    /** The day's phases, in the order of docs/model.md §4, each with its parameters built from {@code s}. */
    private Steppable[] phases(Scenario s) {
        Ablations ab = s.ablations();
        boolean groupMechanisms = s.join().groupMechanisms();
        double threshold = threshold(s);
        int cap = groupMechanisms ? s.group().sizeCap() : Integer.MAX_VALUE;
        Leaving leaving = groupMechanisms ? Leaving.BY_HAZARD : Leaving.NEVER;
        Bans bans = groupMechanisms ? Bans.ENFORCED : Bans.NONE;
        // join.memberActivity: members post, read, bond, update S and buy
        boolean memberActivity = s.join().memberActivity();
        List<Steppable> day = new ArrayList<>();
        day.add(new JoinPhase(exposures, joinRule, today));
        if (pointedApplicants) {
            day.add(new PointedApplicants(group, today));
        }
        day.add(new Screening(new Screening.Params(threshold, cap, s.behaviour().screening().screenNoise()),
                world, group, today, streams.screening()));
        if (memberActivity) {
            day.add(new Posting(Posting.Params.of(s, inequalityWindowStart, bans), group, today, streams.posting()));
            day.add(new Reading(Reading.Params.of(s), group, today, streams.reading()));
            if (ab.socialBonds()) {
                day.add(new SocialValue(SocialValue.Params.of(s), world.net, group));
            }
            day.add(new Satisfaction(Satisfaction.Params.of(s, world.meanAffinity, leaving), group, today,
                    streams.state()));
        }
        day.add(new KolDeparture(s.kols().departureDay(), group, today, fired));
        if (memberActivity) {
            EconomicsSpec economics = s.economics();
            day.add(new Conversion(s.behaviour().conversion(), economics.productPrice() * economics.productMargin(),
                    group, today, streams.conversion()));
        }
        day.add(new Billing(Billing.Params.of(s), group, today, streams.billing()));
        day.add(new Measurement(group, today, daily, exposures, deadAfterDays));
        return day.toArray(new Steppable[0]);
    }

    /** The strategy in force: the scenario with the levers the playbook has set so far. */
    Scenario strategy() {
        return strategy;
    }

    /**
     * Puts a strategy changed by the playbook in force from now on: the group's terms, the join rule's and every
     * phase's parameters are rebuilt from it (the same phases over the same state and streams; a playbook cannot
     * change which phases run).
     */
    void retune(Scenario changed) {
        strategy = changed;
        group.setTerms(terms(changed));
        joinRule = joinRule.retuned(changed, threshold(changed));
        group.setJoinListener(joinRule);
        Steppable[] rebuilt = phases(changed);
        if (rebuilt.length != phases.length) {
            throw new IllegalStateException("a playbook changed which phases run");
        }
        phases = rebuilt;
    }

    /**
     * Sets what the world makes of the strategy from today: the outside exposure and the operator's cadence are the
     * strategy's times these factors (Exposure and Posting read them; a cadence factor of 0 also means the operator
     * answers no newcomer, as with content.cadence 0).
     */
    void adjust(double outside, double cadence) {
        group.outsideFactor = outside;
        group.cadenceFactor = cadence;
    }

    /** Runs the day's phases in order (a group of a world of many; the first group's are on the schedule). */
    void step(SimState state) {
        for (Steppable phase : phases) {
            phase.step(state);
        }
        today.day++;
    }

    /** Whether the group was dead (no member post for world.deadAfterDays days) by the end of {@code day}. */
    boolean deadBy(int day) {
        return group.deadDay >= 0 && group.deadDay + deadAfterDays - 1 <= day;
    }

    /**
     * The group after {@code lastDay} (-1: before day 0), for a live view: its active members of that day's row, or,
     * before its first row (day 0, or the day it opened), counted as a row counts them: KOLs and regular members
     * not lurking.
     */
    GroupNow now(int lastDay) {
        double active = lastDay >= openDay && lastDay >= 0 ? daily.get(DailyMetric.ACTIVE, lastDay)
                : group.countsNow().active();
        return new GroupNow(index, parent, openDay, group.memberCount, active, deadBy(lastDay) ? group.deadDay : -1);
    }

    /** The group's lifecycle for the run's result. */
    GroupRecord record() {
        return new GroupRecord(index, parent, openDay, group.deadDay, daily, group.firstWeekChecked,
                group.firstWeekSilent, group.leftByChoice, group.lostToOthers);
    }
}
