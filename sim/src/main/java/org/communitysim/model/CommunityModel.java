package org.communitysim.model;

import java.util.ArrayList;
import java.util.List;
import org.communitysim.scenario.Ablations;
import org.communitysim.scenario.EconomicsSpec;
import org.communitysim.scenario.Scenario;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One run of the community model (docs/model.md §4): a MASON {@link SimState} whose schedule holds one
 * {@link Steppable} per daily phase, in a fixed order, each repeating once per day. The state is explicit:
 * the {@link TopicWorld} (persons, ties, affinity; read-only), the {@link GroupState} (members, applicants, bans,
 * history, run totals) and the {@link DayState} the phases hand on within a day. Each phase is built once from
 * the scenario with its own parameters record; a mechanism switched off by an ablation is its "off" variant
 * chosen here, and the two group-level switches decide below which pieces and phases run.
 *
 * <p>Use: {@code new CommunityModel(scenario, world, runSeed)}, {@link #start()}, then {@link #stepDay()}
 * until it returns false (or {@link #runToEnd()}), then {@link #result()}. A run can be observed between
 * days through {@link #daily()}, {@link #day()} and {@link #view()}; it never calls {@code System.exit} and has no
 * global state.
 */
public final class CommunityModel extends SimState {
    private static final long serialVersionUID = 1L;

    private final Scenario scenario;
    private final long runSeed;
    private final Streams streams;
    private final TopicWorld world;
    private final GroupState group;
    private final DayState today = new DayState();
    private final ExposureTracker exposures;
    private final DailySeries daily;
    private final int inequalityWindowStart;
    private final List<FiredAction> fired = new ArrayList<>();
    /** Null without a playbook: then nothing is scheduled before the phases. */
    private final PlaybookStep playbook;
    // what a playbook may rebuild: the scenario in force, and everything built from its levers
    private Scenario current;
    private JoinRule joinRule;
    private Steppable[] phases;
    private boolean started;
    private boolean handedOver;

    public CommunityModel(Scenario scenario, World world, long runSeed) {
        super(runSeed);
        this.scenario = scenario;
        this.current = scenario;
        this.runSeed = runSeed;
        this.world = new TopicWorld(world, scenario.group().topic());
        Scenario.checkAgainstPopulation(scenario.join(), this.world.n);
        this.streams = Streams.of(runSeed);
        int horizon = scenario.horizonDays();
        this.inequalityWindowStart = horizon - Math.min(scenario.metrics().inequalityWindowDays(), horizon);
        List<String> refused = scenario.playbook().leverProblems(scenario);
        if (!refused.isEmpty()) {
            throw new IllegalArgumentException(refused.get(0));
        }
        // slots for the largest cap the run can have (a playbook may raise it)
        int slots = scenario.join().groupMechanisms() ? scenario.playbook().largest("group.sizeCap",
                scenario.group().sizeCap()) : Integer.MAX_VALUE;
        this.group = new GroupState(this.world, terms(scenario), Math.min(this.world.n, slots));
        this.joinRule = JoinRules.of(scenario, this.world, group, streams, threshold(scenario));
        group.setJoinListener(joinRule);
        this.exposures = new ExposureTracker(this.world, group);
        this.daily = new DailySeries(horizon);
        this.phases = phases(scenario);
        this.playbook = scenario.playbook().isEmpty() ? null
                : new PlaybookStep(scenario.playbook(), new PlaybookStep.Levers() {
                    @Override
                    public Scenario current() {
                        return current;
                    }

                    @Override
                    public void retune(Scenario changed) {
                        CommunityModel.this.retune(changed);
                    }
                }, group, today, daily, fired);
    }

    /** θ applicants face: join.groupMechanisms brings screening (θ), the size cap, churn and bans; without them anyone may come and stay. */
    private static double threshold(Scenario s) {
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
        day.add(new Screening(new Screening.Params(threshold, cap, s.behaviour().screening().screenNoise()),
                this.world, group, today, streams.screening()));
        if (memberActivity) {
            day.add(new Posting(Posting.Params.of(s, inequalityWindowStart, bans), group, today, streams.posting()));
            day.add(new Reading(Reading.Params.of(s), group, today, streams.reading()));
            if (ab.socialBonds()) {
                day.add(new SocialValue(SocialValue.Params.of(s), this.world.net, group));
            }
            day.add(new Satisfaction(Satisfaction.Params.of(s, this.world.meanAffinity, leaving), group, today,
                    streams.state()));
        }
        day.add(new KolDeparture(s.kols().departureDay(), group, today, fired));
        if (memberActivity) {
            EconomicsSpec economics = s.economics();
            day.add(new Conversion(s.behaviour().conversion(), economics.productPrice() * economics.productMargin(),
                    group, today, streams.conversion()));
        }
        day.add(new Billing(Billing.Params.of(s), group, today, streams.billing()));
        day.add(new Measurement(group, today, daily, exposures));
        return day.toArray(new Steppable[0]);
    }

    /**
     * Puts a scenario changed by the playbook in force from now on: the group's terms, the join rule's and every
     * phase's parameters are rebuilt from it (the same phases over the same state and streams; a playbook cannot
     * change which phases run).
     */
    private void retune(Scenario changed) {
        current = changed;
        group.setTerms(terms(changed));
        joinRule = joinRule.retuned(changed, threshold(changed));
        group.setJoinListener(joinRule);
        Steppable[] rebuilt = phases(changed);
        if (rebuilt.length != phases.length) {
            throw new IllegalStateException("a playbook changed which phases run");
        }
        phases = rebuilt;
    }

    /** Builds the world for (scenario, runSeed) and runs it to the horizon: the model's whole contract. */
    public static RunResult run(Scenario scenario, long runSeed) {
        return run(scenario, World.build(scenario, runSeed), runSeed);
    }

    /** Runs on a world already built (e.g. shared between scenarios of one replicate). */
    public static RunResult run(Scenario scenario, World world, long runSeed) {
        CommunityModel model = new CommunityModel(scenario, world, runSeed);
        model.start();
        model.runToEnd();
        return model.result();
    }

    /** Resets the schedule and seeds the group on day 0. A model instance runs once. */
    @Override
    public void start() {
        if (started) {
            throw new IllegalStateException("a CommunityModel runs once; create a new one");
        }
        started = true;
        super.start();
        // one entry per phase, each its own ordering so MASON never shuffles them; each reads its slot when stepped,
        // so a playbook's rebuilt phases take over; the playbook, when there is one, goes first
        int first = 0;
        if (playbook != null) {
            schedule.scheduleRepeating(Schedule.EPOCH, first++, playbook, 1.0);
        }
        for (int i = 0; i < phases.length; i++) {
            int slot = i;
            schedule.scheduleRepeating(Schedule.EPOCH, first + i, (Steppable) st -> phases[slot].step(st), 1.0);
        }
        Seeding.seed(scenario, world, group, today, streams.seeding());
        joinRule.start();
    }

    /**
     * Reports, from the next day on, every exposure of a non-member to the group (one or more ties inside at the
     * start of a day) and whether that person joined that day; null stops it. Costs a pass over the population
     * and the exposed persons' friends' ties each day, so it is off unless asked for.
     */
    public void setExposureListener(ExposureListener listener) {
        exposures.listener = listener;
    }

    /** Runs one day (all phases in order). Returns false once the horizon has been reached. */
    public boolean stepDay() {
        if (!started) {
            throw new IllegalStateException("call start() first");
        }
        if (handedOver) {
            throw new IllegalStateException("the random streams were handed over: this model cannot step again");
        }
        if (today.day >= scenario.horizonDays()) {
            return false;
        }
        schedule.step(this);
        today.day++;
        return today.day < scenario.horizonDays();
    }

    public void runToEnd() {
        while (stepDay()) {
            // one day per call
        }
    }

    /** The current day: days completed so far. */
    public int day() {
        return today.day;
    }

    public int memberCount() {
        return group.memberCount;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The scenario in force: {@link #scenario()} with the levers the playbook has set so far. */
    public Scenario current() {
        return current;
    }

    /** The actions fired so far (live view, in the order they fired). */
    public List<FiredAction> fired() {
        return java.util.Collections.unmodifiableList(fired);
    }

    /** The per-day metrics recorded so far (live view, do not keep across runs). */
    public DailySeries daily() {
        return daily;
    }

    /** A read-only view of the group between days (live: it changes as the model steps). */
    public GroupView view() {
        return new GroupView(world, group, today, inequalityWindowStart);
    }

    /**
     * Hands the run's random streams, in their current state, to another implementation of the same days (the
     * benchmarks' reference kernel continues from {@link #view()} and these); this model refuses to step again.
     */
    public Streams handOverStreams() {
        handedOver = true;
        return streams;
    }

    public RunResult result() {
        if (today.day < scenario.horizonDays()) {
            throw new IllegalStateException("run not finished: day " + today.day + " of " + scenario.horizonDays());
        }
        FinishedRun run = new FinishedRun(scenario.metrics(), daily, world, group, inequalityWindowStart);
        return new RunResult(scenario.name(), runSeed, daily, RunSummary.of(run),
                java.util.Arrays.copyOf(group.referralDepths, group.maxReferralDepth()), List.copyOf(fired));
    }

    // for the model's tests: the state behind the public view
    TopicWorld world() {
        return world;
    }

    GroupState group() {
        return group;
    }
}
