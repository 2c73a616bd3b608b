package org.communitysim.model;

/**
 * A read-only view of a running model's group, by person id, between two days: what a tool outside the model
 * (the benchmarks' reference kernel, a debugger, a visualisation) may read without reaching into the model's
 * package. Live: values change as the model steps. Codes as docs/model.md §2: roles 0 regular, 1 KOL,
 * 2 advertiser; history bits 1 rejected, 2 left, 4 banned, 8 gone for good.
 */
public final class GroupView {
    private final TopicWorld world;
    private final GroupState g;
    private final DayState today;
    private final int inequalityWindowStart;

    GroupView(TopicWorld world, GroupState g, DayState today, int inequalityWindowStart) {
        this.world = world;
        this.g = g;
        this.today = today;
        this.inequalityWindowStart = inequalityWindowStart;
    }

    /** Days completed. */
    public int day() {
        return today.day;
    }

    public int persons() {
        return world.n;
    }

    public int memberCount() {
        return g.memberCount;
    }

    /** The person in slot {@code i} (0 ≤ i &lt; memberCount) of the member list. */
    public int memberAt(int i) {
        if (i < 0 || i >= g.memberCount) {
            throw new IndexOutOfBoundsException("slot " + i + " of " + g.memberCount);
        }
        return g.memberList[i];
    }

    public boolean isMember(int p) {
        return g.member[p];
    }

    public byte history(int p) {
        return g.history[p];
    }

    public byte role(int p) {
        return g.role[p];
    }

    /** Invitation depth of p's last join (0 for seed and outside joins). */
    public int depth(int p) {
        return g.depth[p];
    }

    /** Σ weight of p's ties to members. */
    public double insideWeight(int p) {
        return g.insideWeight[p];
    }

    /** The day p last applied, −1 if never. */
    public int appliedDay(int p) {
        return g.appliedDay[p];
    }

    public boolean everMember(int p) {
        return g.everMember[p];
    }

    public boolean buyer(int p) {
        return g.buyer[p];
    }

    public boolean rebought(int p) {
        return g.rebought[p];
    }

    /** p's posts in the inequality window so far. */
    public int windowPosts(int p) {
        return g.windowPosts[p];
    }

    /** p's affinity to the group's topic. */
    public double affinity(int p) {
        return world.aff[p];
    }

    public double meanPopulationAffinity() {
        return world.meanAffinity;
    }

    /** First day whose posts count for participation inequality. */
    public int inequalityWindowStart() {
        return inequalityWindowStart;
    }

    // a member's own state (p must be a member)

    public boolean lurking(int p) {
        return g.lurking[slot(p)];
    }

    public double satisfaction(int p) {
        return g.satisfaction[slot(p)];
    }

    /** Member p's posting propensity (posts/day before the day's mechanisms): what a live view sizes a dot by. */
    public double activity(int p) {
        return g.slotActivity[slot(p)];
    }

    public double entryCommitment(int p) {
        return g.entryCommitment[slot(p)];
    }

    public double answerCommitment(int p) {
        return g.answerCommitment[slot(p)];
    }

    public int joinDay(int p) {
        return g.joinDay[slot(p)];
    }

    /** Who invited member p, −1 for none. */
    public int referrer(int p) {
        return g.referrer[slot(p)];
    }

    /** The day member p was last mentioned, −1 if never. */
    public int mentionedDay(int p) {
        return g.mentionedDay[slot(p)];
    }

    private int slot(int p) {
        if (!g.member[p]) {
            throw new IllegalArgumentException("person " + p + " is not a member");
        }
        return g.memberPos[p];
    }

    /** Members by kind now: active (KOLs and regular members not lurking), lurkers, advertisers. */
    public record Counts(int active, int lurkers, int advertisers) {
    }

    /** The members counted as a day's row counts them (the page shows these before day 0's row exists). */
    public Counts countsNow() {
        return g.countsNow();
    }

    // run totals

    public long memberDays() {
        return g.memberDays;
    }

    public long leavesTotal() {
        return g.leavesTotal;
    }

    public int everRegular() {
        return g.everRegular;
    }

    public int buyers() {
        return g.buyers;
    }

    public int rebuyers() {
        return g.rebuyers;
    }

    public long purchasesTotal() {
        return g.purchasesTotal;
    }

    /** Referral joins at invitation depth 1, 2, ... (index 0 = depth 1; depths beyond the last counted there), a copy. */
    public long[] referralDepthCounts() {
        return g.referralDepths.clone();
    }
}
