package org.communitysim.model;

import java.util.Arrays;
import org.communitysim.network.TrustNetwork;
import org.communitysim.population.Population;
import org.communitysim.random.Rng;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Scenario;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One run of the community model: a MASON {@link SimState} whose schedule holds one {@link Steppable} per
 * daily phase of docs/model.md §4, in a fixed order, each repeating once per day. State lives in primitive arrays:
 * what others look up (membership, history, role, weight inside) by person id; a member's own state and
 * traits by slot in the dense member list, moved along on swap-remove, so the phases' loops over members
 * read memory in order (2× faster at 10,000 members than gathering by person id; docs/performance.md).
 *
 * <p>Use: {@code new CommunityModel(scenario, world, runSeed)}, {@link #start()}, then {@link #stepDay()}
 * until it returns false (or {@link #runToEnd()}), then {@link #result()}. A run can be observed between
 * days through {@link #daily()} and {@link #day()}; it never calls {@code System.exit} and has no global state.
 */
public final class CommunityModel extends SimState {
    private static final long serialVersionUID = 1L;

    // roles
    static final byte REGULAR = 0;
    static final byte KOL = 1;
    static final byte ADVERTISER = 2;
    // join channels
    static final byte SEED = 0;
    static final byte OUTSIDE = 1;
    static final byte REFERRAL = 2;
    // history bits
    static final byte REJECTED = 1;
    static final byte LEFT = 2;
    static final byte BANNED = 4;
    /** Never to return (a departed KOL). */
    static final byte GONE = 8;

    final Scenario scenario;
    final long runSeed;
    /** Screening, the size cap, churn and bans apply (join.groupMechanisms). */
    final boolean groupMechanisms;
    /** Members post, read and update their satisfaction (join.memberActivity). */
    final boolean memberActivity;
    final Population pop;
    final TrustNetwork net;
    final int n;
    final double[] aff;
    /** Population mean affinity: the flat opportunity cost when its dependence on affinity is ablated. */
    final double meanPopulationAffinity;

    // per-person state: what others look up (friends, applicants, invitees) and what outlives a membership
    final boolean[] member;
    final byte[] history;
    final byte[] role;
    /** Member, not lurking, not an advertiser: counts in a friend's social value (one lookup per tie, not three). */
    final boolean[] activeTie;
    final byte[] channel;
    final int[] depth;
    final double[] insideWeight;
    /** Number of ties to members (the unweighted counterpart of insideWeight). */
    final int[] insideCount;
    /** The day person p last joined, -1 if never. */
    final int[] lastJoinDay;
    final int[] appliedDay;
    final boolean[] everMember;
    final boolean[] buyer;
    final boolean[] rebought;
    final int[] windowPosts;
    final int[] episode;

    // dense member list (swap-remove)
    final int[] memberList;
    final int[] memberPos;
    int memberCount;

    // per-member state, indexed by slot (position in memberList) and moved along with it on swap-remove, so the
    // phases' loops over members stream through memory instead of gathering from population-sized arrays
    final boolean[] lurking;
    final double[] satisfaction;
    final double[] entryCommitment;
    final double[] answerCommitment;
    final int[] joinDay;
    final int[] referrer;
    final int[] mentionedDay;
    final double[] dayValue;
    final double[] promosRead;
    // the member's traits, copied at join
    final byte[] slotRole;
    final double[] slotAff;
    final double[] slotActivity;
    final double[] slotAttention;
    final double[] slotExpertise;
    final double[] slotIntent;
    final double[] slotIncentive;
    final int[] slotRowStart;
    final int[] slotRowEnd;

    // today's applicants
    final int[] applicants;
    final byte[] applicantChannel;
    final int[] applicantReferrer;
    int applicantCount;

    final Episodes episodes = new Episodes();

    // the day
    int day;
    final double[] today = new double[DailyMetric.values().length];
    boolean eventToday;
    int kolsPresent;
    double bystanderToday;
    /** Σ activity·expertise of active regular members: the crowd's capacity to answer newcomers. */
    double answerCapacity;
    // the day's post pool
    int poolOnTopic;
    int poolNoise;
    int poolAds;
    int poolOperator;
    int poolKol;
    int poolPromo;
    double poolQuality;
    int inequalityWindowStart;

    // run totals
    long memberDays;
    long leavesTotal;
    int everRegular;
    int buyers;
    int rebuyers;
    long purchasesTotal;
    final long[] referralDepths = new long[64];

    // one stream per purpose (docs/model.md "Randomness")
    final Rng seedingRng;
    final Rng exposureRng;
    final Rng referralRng;
    final Rng screeningRng;
    final Rng postingRng;
    final Rng readingRng;
    final Rng stateRng;
    final Rng conversionRng;
    /** The classic join rules' stream (thresholds, Bass and cascade draws); unused by the referral rule. */
    final Rng joinRng;

    final JoinRule joinRule;
    private final ExposureTracker exposures = new ExposureTracker();

    private final DailySeries daily;
    private final Steppable[] phases;
    private boolean started;

    public CommunityModel(Scenario scenario, World world, long runSeed) {
        super(runSeed);
        this.scenario = scenario;
        this.runSeed = runSeed;
        this.pop = world.population();
        this.net = world.network();
        this.n = pop.size();
        if (net.size() != n) {
            throw new IllegalArgumentException("network size " + net.size() + " != population size " + n);
        }
        Scenario.checkAgainstPopulation(scenario.join(), n);
        this.groupMechanisms = scenario.join().groupMechanisms();
        this.memberActivity = scenario.join().memberActivity();
        this.aff = pop.affinityTo(scenario.group().topic());
        double sum = 0;
        for (double a : aff) {
            sum += a;
        }
        this.meanPopulationAffinity = n == 0 ? 0 : sum / n;

        member = new boolean[n];
        history = new byte[n];
        role = new byte[n];
        activeTie = new boolean[n];
        channel = new byte[n];
        depth = new int[n];
        insideWeight = new double[n];
        insideCount = new int[n];
        lastJoinDay = new int[n];
        appliedDay = new int[n];
        everMember = new boolean[n];
        buyer = new boolean[n];
        rebought = new boolean[n];
        windowPosts = new int[n];
        episode = new int[n];
        memberPos = new int[n];
        applicants = new int[n];
        applicantChannel = new byte[n];
        applicantReferrer = new int[n];
        // a member's own state, by slot: the group never holds more than its cap (nor, without a cap, everyone)
        int slots = groupMechanisms ? Math.min(n, scenario.group().sizeCap()) : n;
        lurking = new boolean[slots];
        satisfaction = new double[slots];
        entryCommitment = new double[slots];
        answerCommitment = new double[slots];
        joinDay = new int[slots];
        referrer = new int[slots];
        mentionedDay = new int[slots];
        dayValue = new double[slots];
        promosRead = new double[slots];
        memberList = new int[slots];
        slotRole = new byte[slots];
        slotAff = new double[slots];
        slotActivity = new double[slots];
        slotAttention = new double[slots];
        slotExpertise = new double[slots];
        slotIntent = new double[slots];
        slotIncentive = new double[slots];
        slotRowStart = new int[slots];
        slotRowEnd = new int[slots];

        seedingRng = Seeds.stream(runSeed, "seeding");
        exposureRng = Seeds.stream(runSeed, "exposure");
        referralRng = Seeds.stream(runSeed, "referral");
        screeningRng = Seeds.stream(runSeed, "screening");
        postingRng = Seeds.stream(runSeed, "posting");
        readingRng = Seeds.stream(runSeed, "reading");
        stateRng = Seeds.stream(runSeed, "state");
        conversionRng = Seeds.stream(runSeed, "conversion");
        joinRng = Seeds.stream(runSeed, "join");
        joinRule = JoinRules.of(scenario.join());

        daily = new DailySeries(scenario.horizonDays());
        phases = new Steppable[] {
            new JoinPhase(), new Screening(), new Posting(), new Reading(), new SocialValue(),
            new Satisfaction(), new Conversion(), new Measurement()
        };
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
        Arrays.fill(referrer, -1);
        Arrays.fill(appliedDay, -1);
        Arrays.fill(mentionedDay, -1);
        Arrays.fill(lastJoinDay, -1);
        for (int i = 0; i < n; i++) {
            role[i] = pop.advertiser(i) ? ADVERTISER : REGULAR;
        }
        int window = Math.min(scenario.metrics().inequalityWindowDays(), scenario.horizonDays());
        inequalityWindowStart = scenario.horizonDays() - window;
        // one entry per phase, each its own ordering so MASON never shuffles them: the order is docs/model.md §4
        for (int i = 0; i < phases.length; i++) {
            schedule.scheduleRepeating(Schedule.EPOCH, i, phases[i], 1.0);
        }
        Seeding.seed(this);
        joinRule.start(this);
    }

    /**
     * Reports, from the next day on, every exposure of a non-member to the group (one or more ties inside at the
     * start of a day) and whether that person joined that day; null stops it. Costs a pass over the population
     * and the exposed persons' friends' ties each day, so it is off unless asked for.
     */
    public void setExposureListener(ExposureListener listener) {
        exposures.listener = listener;
    }

    /** Today's exposures, taken before the join rule runs (no-op without a listener). */
    void snapshotExposures() {
        exposures.snapshot(this);
    }

    /** Tells the listener which of today's exposed persons joined (no-op without a listener). */
    void reportExposures() {
        exposures.report(this);
    }

    /** Runs one day (all phases in order). Returns false once the horizon has been reached. */
    public boolean stepDay() {
        if (!started) {
            throw new IllegalStateException("call start() first");
        }
        if (day >= scenario.horizonDays()) {
            return false;
        }
        schedule.step(this);
        day++;
        return day < scenario.horizonDays();
    }

    public void runToEnd() {
        while (stepDay()) {
            // one day per call
        }
    }

    /** The current day: days completed so far. */
    public int day() {
        return day;
    }

    public int memberCount() {
        return memberCount;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The per-day metrics recorded so far (live view, do not keep across runs). */
    public DailySeries daily() {
        return daily;
    }

    public RunResult result() {
        if (day < scenario.horizonDays()) {
            throw new IllegalStateException("run not finished: day " + day + " of " + scenario.horizonDays());
        }
        int maxDepth = 0;
        for (int d = referralDepths.length - 1; d >= 0; d--) {
            if (referralDepths[d] > 0) {
                maxDepth = d + 1;
                break;
            }
        }
        return new RunResult(scenario.name(), runSeed, daily, Summarizer.summarize(this),
                Arrays.copyOf(referralDepths, maxDepth));
    }

    // ---- shared helpers of the phases ----

    /** eng(S) = 2/(1 + e^(−S)): engagement, 1 at S = 0, up to 2. */
    static double engagement(double s) {
        return 2.0 / (1.0 + Math.exp(-s));
    }

    /** Whether person p may apply or be invited today (with the advertisers ablation, advertisers never enter). */
    boolean canApply(int p) {
        return !member[p] && (history[p] & (BANNED | GONE)) == 0 && appliedDay[p] != day
                && (role[p] != ADVERTISER || scenario.ablations().advertisers());
    }

    /** Factor on applying or accepting for people rejected before or who left before. */
    double historyFactor(int p) {
        double f = 1;
        if ((history[p] & REJECTED) != 0) {
            f *= scenario.behaviour().exposure().reapplyFactor();
        }
        if ((history[p] & LEFT) != 0) {
            f *= scenario.behaviour().exposure().rejoinFactor();
        }
        return f;
    }

    /** The entry threshold applicants face: θ, or 0 without group mechanisms (nobody is screened). */
    double effectiveThreshold() {
        return groupMechanisms ? scenario.group().threshold() : 0;
    }

    void addApplicant(int p, byte ch, int ref) {
        appliedDay[p] = day;
        applicants[applicantCount] = p;
        applicantChannel[applicantCount] = ch;
        applicantReferrer[applicantCount] = ref;
        applicantCount++;
    }

    void join(int p, byte ch, int ref) {
        int slot = memberCount++;
        member[p] = true;
        memberPos[p] = slot;
        memberList[slot] = p;
        slotRole[slot] = role[p];
        slotAff[slot] = aff[p];
        slotActivity[slot] = pop.activity(p);
        slotAttention[slot] = pop.attention(p);
        slotExpertise[slot] = pop.expertise(p);
        slotIntent[slot] = pop.purchaseIntent(p);
        slotIncentive[slot] = pop.incentiveSensitivity(p);
        slotRowStart[slot] = net.rowStart(p);
        slotRowEnd[slot] = net.rowEnd(p);
        joinDay[slot] = day;
        channel[p] = ch;
        referrer[slot] = ref;
        depth[p] = ch == REFERRAL ? depth[ref] + 1 : 0;
        lurking[slot] = false;
        activeTie[p] = role[p] != ADVERTISER;
        boolean welcome = scenario.ablations().welcome();
        satisfaction[slot] = scenario.behaviour().state().initialSatisfaction()
                + (welcome ? scenario.content().welcomeBonus() : 0);
        entryCommitment[slot] = ch != SEED && scenario.ablations().entryCommitment()
                ? scenario.behaviour().screening().commitEntry() * effectiveThreshold() : 0;
        answerCommitment[slot] = 0;
        mentionedDay[slot] = -1;
        windowPosts[p] = 0;
        for (int k = net.rowStart(p), end = net.rowEnd(p); k < end; k++) {
            insideWeight[net.target(k)] += net.weight(k);
            insideCount[net.target(k)]++;
        }
        lastJoinDay[p] = day;
        episode[p] = episodes.add(p, ch, day, role[p], depth[p]);
        if (!everMember[p]) {
            everMember[p] = true;
            if (role[p] == REGULAR) {
                everRegular++;
            }
        }
        today[DailyMetric.JOINS.ordinal()]++;
        switch (ch) {
            case SEED -> today[DailyMetric.JOINS_SEED.ordinal()]++;
            case OUTSIDE -> today[DailyMetric.JOINS_OUTSIDE.ordinal()]++;
            default -> {
                today[DailyMetric.JOINS_REFERRAL.ordinal()]++;
                int d = Math.min(depth[p], referralDepths.length) - 1;
                referralDepths[d]++;
            }
        }
        joinRule.joined(this, p);
    }

    void leave(int p, byte why) {
        member[p] = false;
        activeTie[p] = false;
        int pos = memberPos[p];
        int lastSlot = --memberCount;
        int last = memberList[lastSlot];
        memberList[pos] = last;
        memberPos[last] = pos;
        moveSlot(lastSlot, pos);
        history[p] |= why;
        for (int k = net.rowStart(p), end = net.rowEnd(p); k < end; k++) {
            insideWeight[net.target(k)] -= net.weight(k);
            insideCount[net.target(k)]--;
        }
        episodes.end(episode[p], day);
        today[DailyMetric.LEAVES.ordinal()]++;
        leavesTotal++;
    }

    /** Moves the per-member state of slot {@code from} to slot {@code to} (swap-remove). */
    private void moveSlot(int from, int to) {
        lurking[to] = lurking[from];
        satisfaction[to] = satisfaction[from];
        entryCommitment[to] = entryCommitment[from];
        answerCommitment[to] = answerCommitment[from];
        joinDay[to] = joinDay[from];
        referrer[to] = referrer[from];
        mentionedDay[to] = mentionedDay[from];
        dayValue[to] = dayValue[from];
        promosRead[to] = promosRead[from];
        slotRole[to] = slotRole[from];
        slotAff[to] = slotAff[from];
        slotActivity[to] = slotActivity[from];
        slotAttention[to] = slotAttention[from];
        slotExpertise[to] = slotExpertise[from];
        slotIntent[to] = slotIntent[from];
        slotIncentive[to] = slotIncentive[from];
        slotRowStart[to] = slotRowStart[from];
        slotRowEnd[to] = slotRowEnd[from];
    }
}
