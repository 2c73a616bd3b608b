package org.communitysim.model;

import java.util.ArrayList;
import java.util.List;
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
    private final TopicWorld world;
    /** The run's groups: the first (the one the file describes) and, in a world of many, the others in order of opening. */
    private final List<GroupRun> groups = new ArrayList<>();
    private final GroupRun first;
    private final GroupState group;
    private final DayState today;
    private final DailySeries daily;
    private final int inequalityWindowStart;
    private final List<FiredAction> fired = new ArrayList<>();
    /** Null without a playbook: then nothing is scheduled before the phases. */
    private final PlaybookStep playbook;
    /** Null in a world of one group (world section at its defaults): then the single-group model runs unchanged. */
    private final ManyGroups many;
    private boolean started;
    private boolean handedOver;

    public CommunityModel(Scenario scenario, World world, long runSeed) {
        super(runSeed);
        this.scenario = scenario;
        this.runSeed = runSeed;
        this.world = new TopicWorld(world, scenario.group().topic());
        Scenario.checkAgainstPopulation(scenario.join(), this.world.n);
        int horizon = scenario.horizonDays();
        this.inequalityWindowStart = horizon - Math.min(scenario.metrics().inequalityWindowDays(), horizon);
        List<String> refused = scenario.playbook().leverProblems(scenario);
        if (!refused.isEmpty()) {
            throw new IllegalArgumentException(refused.get(0));
        }
        boolean manyGroups = scenario.manyGroups();
        this.first = new GroupRun(0, -1, 0, scenario, this.world, Streams.of(runSeed), inequalityWindowStart, fired,
                manyGroups);
        groups.add(first);
        this.group = first.group;
        this.today = first.today;
        this.daily = first.daily;
        this.many = manyGroups ? new ManyGroups(scenario, this.world, runSeed, inequalityWindowStart, groups) : null;
        this.playbook = scenario.playbook().isEmpty() ? null
                : new PlaybookStep(scenario.playbook(), new PlaybookStep.Levers() {
                    @Override
                    public Scenario current() {
                        return first.strategy();
                    }

                    @Override
                    public void retune(Scenario changed) {
                        first.retune(changed);
                    }

                    @Override
                    public int openGroup() {
                        return many.openByPlaybook(today.day);
                    }
                }, group, today, daily, fired);
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
        // so a playbook's rebuilt phases take over; the world's morning first and the playbook, when there is one,
        // next; in a world of many groups the other groups and the world's evening after the first group's phases
        int first = 0;
        if (many != null) {
            schedule.scheduleRepeating(Schedule.EPOCH, first++, (Steppable) st -> many.beginDay(today.day), 1.0);
        }
        if (playbook != null) {
            schedule.scheduleRepeating(Schedule.EPOCH, first++, playbook, 1.0);
        }
        int count = this.first.phases.length;
        for (int i = 0; i < count; i++) {
            int slot = i;
            schedule.scheduleRepeating(Schedule.EPOCH, first + i, (Steppable) st -> this.first.phases[slot].step(st),
                    1.0);
        }
        if (many != null) {
            schedule.scheduleRepeating(Schedule.EPOCH, first + count, (Steppable) st -> {
                many.stepOthers(st, today.day);
                many.endDay(today.day);
            }, 1.0);
        }
        Seeding.seed(scenario, world, group, today, this.first.streams.seeding());
        this.first.joinRule.start();
        if (many != null) {
            many.start();
        }
    }

    /**
     * Reports, from the next day on, every exposure of a non-member to the group (one or more ties inside at the
     * start of a day) and whether that person joined that day; null stops it. Costs a pass over the population
     * and the exposed persons' friends' ties each day, so it is off unless asked for.
     */
    public void setExposureListener(ExposureListener listener) {
        first.exposures.listener = listener;
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
        return first.strategy();
    }

    /** The actions fired so far (live view, in the order they fired). */
    public List<FiredAction> fired() {
        return java.util.Collections.unmodifiableList(fired);
    }

    /** The per-day metrics recorded so far (live view, do not keep across runs). */
    public DailySeries daily() {
        return daily;
    }

    /** The number of groups in the world so far (1 in the single-group model). */
    public int groupCount() {
        return groups.size();
    }

    /** Every group of the run so far, as it stands after the last day stepped (live view; 1 in the single-group model). */
    public List<GroupNow> groupsNow() {
        int last = today.day - 1;
        return groups.stream().map(g -> g.now(last)).toList();
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
        return first.streams;
    }

    public RunResult result() {
        if (today.day < scenario.horizonDays()) {
            throw new IllegalStateException("run not finished: day " + today.day + " of " + scenario.horizonDays());
        }
        List<GroupRecord> records = groups.stream().map(GroupRun::record).toList();
        FinishedRun run = new FinishedRun(scenario.metrics(), daily, world, group, inequalityWindowStart, records);
        return new RunResult(scenario.name(), runSeed, daily, RunSummary.of(run),
                java.util.Arrays.copyOf(group.referralDepths, group.maxReferralDepth()), List.copyOf(fired), records);
    }

    // for the model's tests: the state behind the public view
    TopicWorld world() {
        return world;
    }

    GroupState group() {
        return group;
    }

    List<GroupRun> groups() {
        return groups;
    }
}
