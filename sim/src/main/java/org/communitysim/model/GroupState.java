package org.communitysim.model;

import java.util.Arrays;
import org.communitysim.network.TrustNetwork;

/**
 * Everything that belongs to one group (docs/model.md §2 "Group"): who is a member, each person's history with the
 * group, the dense member list with each member's own state by slot, today's applicants and bans, the membership
 * episodes and the group's run totals. Phases change it only through {@link #join}, {@link #leave} and the
 * per-member arrays of the member at hand; a world holding several groups would hold one of these per group.
 *
 * <p>What others look up (membership, history, role, weight inside) is indexed by person id; a member's own state
 * and traits by slot in the dense member list, moved along on swap-remove, so the phases' loops over members read
 * memory in order (2× faster at 10,000 members than gathering by person id; docs/performance.md).
 */
final class GroupState {
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

    /**
     * What joining and applying mean for this group: fixed unless a playbook changes a lever behind them.
     *
     * @param initialSatisfaction S of a new member (the welcome bonus included unless ablated)
     * @param entryCommitment     commitment a joiner other than a seed or KOL brings: commitEntry·θ for the screened
     *                            entry plus commitFee·ln(1 + fee/wtpScale) for a paid one (0 when ablated)
     * @param reapplyFactor       factor on applying again after a rejection
     * @param rejoinFactor        factor on joining again after leaving
     * @param advertisersMayApply false with the advertisers ablation: advertisers never enter
     * @param admissionFee        what a joiner other than a seed or KOL pays on admission (entry + membership fee)
     */
    record Terms(double initialSatisfaction, double entryCommitment, double reapplyFactor, double rejoinFactor,
            boolean advertisersMayApply, double admissionFee) {
    }

    /** Told of every join (the join rules that track fresh members). */
    interface JoinListener {
        void joined(int person);
    }

    private final TopicWorld world;
    private Terms terms;
    private JoinListener joinListener = p -> { };

    // per person: what others look up (friends, applicants, invitees) and what outlives a membership
    final boolean[] member;
    final byte[] history;
    final byte[] role;
    /** Member, not lurking, not an advertiser: counts in a friend's social value (one lookup per tie, not three). */
    final boolean[] activeTie;
    /**
     * Per person: the weight of their ties to persons with {@link #activeTie} on, kept up to date as flags switch
     * (SocialValue reads it instead of re-summing each member's row every day). Null when the network's sums are
     * not exact ({@link org.communitysim.network.TrustNetwork#exactWeightSums()}): then SocialValue re-sums.
     */
    final double[] activeWeight;
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
    /** Posts in the inequality window (docs/model.md §6). */
    final int[] windowPosts;
    final int[] episode;

    // dense member list (swap-remove)
    final int[] memberList;
    final int[] memberPos;
    int memberCount;

    /**
     * The members as they stand, counted as {@link Measurement} counts a day's row: active (KOLs and regular members
     * not lurking), lurkers (regular members lurking) and advertisers. For views between days, before a row exists.
     */
    GroupView.Counts countsNow() {
        int active = 0;
        int lurkers = 0;
        int advertisers = 0;
        for (int i = 0; i < memberCount; i++) {
            switch (slotRole[i]) {
                case ADVERTISER -> advertisers++;
                case KOL -> active++;
                default -> {
                    if (lurking[i]) {
                        lurkers++;
                    } else {
                        active++;
                    }
                }
            }
        }
        return new GroupView.Counts(active, lurkers, advertisers);
    }

    // per member, by slot (position in memberList), moved along with it on swap-remove
    final boolean[] lurking;
    final double[] satisfaction;
    final double[] entryCommitment;
    final double[] answerCommitment;
    final int[] joinDay;
    final int[] referrer;
    /** The weight of the tie to the referrer (0 if none or no referrer), looked up once at joining. */
    final float[] referrerWeight;
    final int[] mentionedDay;
    /** The last day the member posted (on topic or chatter); the day before joining if never (playbook purges). */
    final int[] lastPostDay;
    /** The value the member got today (Reading, SocialValue; Satisfaction reads it). */
    final double[] dayValue;
    final double[] promosRead;
    /** Points and coupons the member received today (Posting; Satisfaction reads it). */
    final double[] rewardToday;
    // the member's traits, copied at join
    final byte[] slotRole;
    final double[] slotAff;
    final double[] slotActivity;
    final double[] slotAttention;
    final double[] slotExpertise;
    final double[] slotIntent;
    final double[] slotIncentive;
    /** Factor on the member's on-topic posting: 1, or a playbook hand-over's postingFactor for a named activist. */
    final double[] slotFocus;
    /**
     * The share of the member's attention this group gets today (docs/model.md §4.12): 1 in a world of one group;
     * set each morning by the world of many groups. Scales the member's posting and reading here.
     */
    final double[] slotShare;
    final int[] slotRowStart;
    final int[] slotRowEnd;

    // today's applicants (the join rule fills them, screening empties them)
    final int[] applicants;
    final byte[] applicantChannel;
    final int[] applicantReferrer;
    int applicantCount;
    /**
     * Persons a full group turned away today (Screening), kept only in a world of many groups
     * ({@link #recordTurnedAway}), where the world points them to the newest group.
     */
    boolean recordTurnedAway;
    final int[] turnedAway;
    int turnedAwayCount;
    /** Persons the world pointed here (turned away by a full group yesterday); they apply before screening. */
    final int[] pointed;
    int pointedCount;
    /** Today's bans (Posting), kept apart from the applicants. */
    final int[] banned;
    int bannedCount;

    final Episodes episodes = new Episodes();

    // run totals
    long memberDays;
    long leavesTotal;
    int everRegular;
    int buyers;
    int rebuyers;
    long purchasesTotal;
    final long[] referralDepths = new long[64];
    /**
     * What the world of many groups makes of the strategy (docs/model.md §4.12): factors on group.outsideExposure (the
     * fading poster, the poster pointing elsewhere) and on content.cadence (the operator's effort). 1 in a world of
     * one group, where multiplying by them changes no bit.
     */
    double outsideFactor = 1;
    double cadenceFactor = 1;
    // lifecycle (docs/model.md §4.12)
    /** Regular members who reached 7 days in the group, and those of them who posted nothing in those 7 days. */
    long firstWeekChecked;
    long firstWeekSilent;
    /** Members who left by the leaving hazard, and those of them whose attention other groups mostly held. */
    long leftByChoice;
    long lostToOthers;
    /** Days in a row, up to today, without a member post; the first day of the first such run of deadAfterDays. */
    int silentStreak;
    int deadDay = -1;
    final Ledger ledger = new Ledger();

    /** @param slots the most members the group can hold at once (its cap, or everyone) */
    GroupState(TopicWorld world, Terms terms, int slots) {
        this.world = world;
        this.terms = terms;
        int n = world.n;
        member = new boolean[n];
        history = new byte[n];
        role = new byte[n];
        activeTie = new boolean[n];
        activeWeight = world.net.exactWeightSums() ? new double[n] : null;
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
        banned = new int[slots];
        turnedAway = new int[n];
        pointed = new int[n];
        slotShare = new double[slots];
        lurking = new boolean[slots];
        satisfaction = new double[slots];
        entryCommitment = new double[slots];
        answerCommitment = new double[slots];
        joinDay = new int[slots];
        referrer = new int[slots];
        referrerWeight = new float[slots];
        mentionedDay = new int[slots];
        lastPostDay = new int[slots];
        dayValue = new double[slots];
        promosRead = new double[slots];
        rewardToday = new double[slots];
        memberList = new int[slots];
        slotRole = new byte[slots];
        slotAff = new double[slots];
        slotActivity = new double[slots];
        slotAttention = new double[slots];
        slotExpertise = new double[slots];
        slotIntent = new double[slots];
        slotIncentive = new double[slots];
        slotFocus = new double[slots];
        slotRowStart = new int[slots];
        slotRowEnd = new int[slots];
        Arrays.fill(referrer, -1);
        Arrays.fill(appliedDay, -1);
        Arrays.fill(mentionedDay, -1);
        Arrays.fill(lastJoinDay, -1);
        for (int i = 0; i < n; i++) {
            role[i] = world.pop.advertiser(i) ? ADVERTISER : REGULAR;
        }
    }

    /** From now on (a playbook changed a lever behind them): members who join later get the new terms. */
    void setTerms(Terms terms) {
        this.terms = terms;
    }

    void setJoinListener(JoinListener listener) {
        this.joinListener = listener;
    }

    /** Whether person p may apply or be invited today (with the advertisers ablation, advertisers never enter). */
    boolean canApply(int p, int day) {
        return !member[p] && (history[p] & (BANNED | GONE)) == 0 && appliedDay[p] != day
                && (role[p] != ADVERTISER || terms.advertisersMayApply());
    }

    /** Factor on applying or accepting for people rejected before or who left before. */
    double historyFactor(int p) {
        double f = 1;
        if ((history[p] & REJECTED) != 0) {
            f *= terms.reapplyFactor();
        }
        if ((history[p] & LEFT) != 0) {
            f *= terms.rejoinFactor();
        }
        return f;
    }

    void addApplicant(int p, byte ch, int ref, int day) {
        appliedDay[p] = day;
        applicants[applicantCount] = p;
        applicantChannel[applicantCount] = ch;
        applicantReferrer[applicantCount] = ref;
        applicantCount++;
    }

    void addBan(int p) {
        banned[bannedCount++] = p;
    }

    void join(int p, byte ch, int ref, DayState today) {
        int day = today.day;
        TopicWorld w = world;
        int slot = memberCount++;
        member[p] = true;
        memberPos[p] = slot;
        memberList[slot] = p;
        slotRole[slot] = role[p];
        slotAff[slot] = w.aff[p];
        slotActivity[slot] = w.pop.activity(p);
        slotAttention[slot] = w.pop.attention(p);
        slotExpertise[slot] = w.pop.expertise(p);
        slotIntent[slot] = w.pop.purchaseIntent(p);
        slotIncentive[slot] = w.pop.incentiveSensitivity(p);
        slotFocus[slot] = 1.0;
        slotShare[slot] = 1.0;
        slotRowStart[slot] = w.net.rowStart(p);
        slotRowEnd[slot] = w.net.rowEnd(p);
        joinDay[slot] = day;
        channel[p] = ch;
        referrer[slot] = ref;
        referrerWeight[slot] = ref >= 0 ? w.net.weightBetween(p, ref) : 0f;
        depth[p] = ch == REFERRAL ? depth[ref] + 1 : 0;
        lurking[slot] = false;
        setActiveTie(p, role[p] != ADVERTISER);
        satisfaction[slot] = terms.initialSatisfaction();
        entryCommitment[slot] = ch != SEED ? terms.entryCommitment() : 0;
        answerCommitment[slot] = 0;
        mentionedDay[slot] = -1;
        lastPostDay[slot] = day - 1;
        windowPosts[p] = 0;
        for (int k = w.net.rowStart(p), end = w.net.rowEnd(p); k < end; k++) {
            insideWeight[w.net.target(k)] += w.net.weight(k);
            insideCount[w.net.target(k)]++;
        }
        lastJoinDay[p] = day;
        rewardToday[slot] = 0;
        if (ch != SEED) {
            ledger.book(Ledger.Line.FEES, terms.admissionFee(), today);
        }
        episode[p] = episodes.add(p, ch, day, role[p], depth[p]);
        if (!everMember[p]) {
            everMember[p] = true;
            if (role[p] == REGULAR) {
                everRegular++;
            }
        }
        today.add(DailyMetric.JOINS, 1);
        switch (ch) {
            case SEED -> today.add(DailyMetric.JOINS_SEED, 1);
            case OUTSIDE -> today.add(DailyMetric.JOINS_OUTSIDE, 1);
            default -> {
                today.add(DailyMetric.JOINS_REFERRAL, 1);
                int d = Math.min(depth[p], referralDepths.length) - 1;
                referralDepths[d]++;
            }
        }
        joinListener.joined(p);
    }

    void leave(int p, byte why, DayState today) {
        TopicWorld w = world;
        member[p] = false;
        setActiveTie(p, false);
        int pos = memberPos[p];
        if (why == LEFT) {
            leftByChoice++;
            if (slotShare[pos] < 0.5) {
                lostToOthers++;
            }
        }
        int lastSlot = --memberCount;
        int last = memberList[lastSlot];
        memberList[pos] = last;
        memberPos[last] = pos;
        moveSlot(lastSlot, pos);
        history[p] |= why;
        for (int k = w.net.rowStart(p), end = w.net.rowEnd(p); k < end; k++) {
            insideWeight[w.net.target(k)] -= w.net.weight(k);
            insideCount[w.net.target(k)]--;
        }
        episodes.end(episode[p], today.day);
        today.add(DailyMetric.LEAVES, 1);
        leavesTotal++;
    }

    /**
     * Switches whether person p counts in friends' social value, and moves p's tie weights into or out of each
     * friend's {@link #activeWeight}.
     */
    void setActiveTie(int p, boolean on) {
        if (activeTie[p] == on) {
            return;
        }
        activeTie[p] = on;
        double[] weights = activeWeight;
        if (weights != null) {
            TrustNetwork net = world.net;
            for (int k = net.rowStart(p), end = net.rowEnd(p); k < end; k++) {
                if (on) {
                    weights[net.target(k)] += net.weight(k);
                } else {
                    weights[net.target(k)] -= net.weight(k);
                }
            }
        }
    }

    /** Moves the per-member state of slot {@code from} to slot {@code to} (swap-remove). */
    private void moveSlot(int from, int to) {
        lurking[to] = lurking[from];
        satisfaction[to] = satisfaction[from];
        entryCommitment[to] = entryCommitment[from];
        answerCommitment[to] = answerCommitment[from];
        joinDay[to] = joinDay[from];
        referrer[to] = referrer[from];
        referrerWeight[to] = referrerWeight[from];
        mentionedDay[to] = mentionedDay[from];
        lastPostDay[to] = lastPostDay[from];
        dayValue[to] = dayValue[from];
        promosRead[to] = promosRead[from];
        rewardToday[to] = rewardToday[from];
        slotRole[to] = slotRole[from];
        slotAff[to] = slotAff[from];
        slotActivity[to] = slotActivity[from];
        slotAttention[to] = slotAttention[from];
        slotExpertise[to] = slotExpertise[from];
        slotIntent[to] = slotIntent[from];
        slotIncentive[to] = slotIncentive[from];
        slotFocus[to] = slotFocus[from];
        slotShare[to] = slotShare[from];
        slotRowStart[to] = slotRowStart[from];
        slotRowEnd[to] = slotRowEnd[from];
    }

    /** The largest invitation depth reached (0 if nobody was referred). */
    int maxReferralDepth() {
        for (int d = referralDepths.length - 1; d >= 0; d--) {
            if (referralDepths[d] > 0) {
                return d + 1;
            }
        }
        return 0;
    }
}
