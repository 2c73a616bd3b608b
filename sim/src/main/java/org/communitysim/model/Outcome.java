package org.communitysim.model;

import static org.communitysim.model.Direction.HIGHER_IS_BETTER;
import static org.communitysim.model.Direction.LOWER_IS_BETTER;
import static org.communitysim.model.Direction.NEUTRAL;
import static org.communitysim.model.FinishedRun.ratioOrZero;
import static org.communitysim.model.Unit.COUNT;
import static org.communitysim.model.Unit.DAYS;
import static org.communitysim.model.Unit.INDEX;
import static org.communitysim.model.Unit.MONEY;
import static org.communitysim.model.Unit.RATE_PER_DAY;
import static org.communitysim.model.Unit.SHARE;

import static java.lang.Double.POSITIVE_INFINITY;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The per-run outcomes (docs/model.md §6 "Per run"), each declared once: its column in per-run output, unit,
 * direction, description and how it is computed from the finished run (in the spirit of Mesa's DataCollector
 * model reporters). The declaration order is the column order of every output.
 */
public enum Outcome implements RunOutcome {
    PEAK_MEMBERS("peak_members", COUNT, HIGHER_IS_BETTER, "maximum members",
            r -> Series.max(r.series(DailyMetric.MEMBERS))),
    PEAK_MEMBERS_DAY("peak_members_day", DAYS, NEUTRAL,
            "first day members reached the peak fraction (95%) of their maximum",
            r -> Series.firstDayReaching(r.series(DailyMetric.MEMBERS), r.spec.peakFraction())),
    PEAK_ACTIVE("peak_active", COUNT, HIGHER_IS_BETTER, "maximum active members",
            r -> Series.max(r.series(DailyMetric.ACTIVE))),
    PEAK_ACTIVE_DAY("peak_active_day", DAYS, NEUTRAL, "first day active members reached 95% of their maximum",
            r -> Series.firstDayReaching(r.series(DailyMetric.ACTIVE), r.spec.peakFraction())),
    FINAL_MEMBERS("final_members", COUNT, HIGHER_IS_BETTER, "members at the horizon (mean of the last 7 days)",
            r -> r.finalMean(DailyMetric.MEMBERS)),
    FINAL_ACTIVE("final_active", COUNT, HIGHER_IS_BETTER, "active members at the horizon (mean of the last 7 days)",
            r -> r.finalMean(DailyMetric.ACTIVE)),
    FINAL_ACTIVE_SHARE("final_active_share", SHARE, HIGHER_IS_BETTER,
            "active ÷ members at the horizon (ratio of the last-7-day means)",
            r -> ratioOrZero(r.finalMean(DailyMetric.ACTIVE), r.finalMean(DailyMetric.MEMBERS))),
    ACTIVE_RETAINED("active_retained", SHARE, HIGHER_IS_BETTER, "active at the horizon ÷ peak active",
            r -> ratioOrZero(r.finalMean(DailyMetric.ACTIVE), Series.max(r.series(DailyMetric.ACTIVE)))),
    ACTIVITY_HALF_LIFE("activity_half_life", DAYS, HIGHER_IS_BETTER,
            "days from the day of maximum activity until active members first fall to half of it; NaN if censored",
            r -> r.halfLife().day() < 0 ? Double.NaN : r.halfLife().day() - r.halfLife().peakDay()),
    HALF_LIFE_CENSORED("half_life_censored", SHARE, HIGHER_IS_BETTER,
            "1 if activity never fell to half its maximum within the horizon",
            r -> r.halfLife().day() < 0 ? 1 : 0),
    JOINS_30("joins_30", COUNT, HIGHER_IS_BETTER,
            "joins in days 0..joinsWindowDays-1 (metrics.joinsWindowDays, default 30), seeds excluded",
            r -> r.joinsBefore(r.spec.joinsWindowDays())),
    JOINS_TOTAL("joins_total", COUNT, HIGHER_IS_BETTER, "all joins, seeds excluded",
            r -> r.joinsBefore(Integer.MAX_VALUE)),
    JOINS_OUTSIDE("joins_outside", COUNT, HIGHER_IS_BETTER, "joins by outside exposure",
            r -> r.sum(DailyMetric.JOINS_OUTSIDE)),
    JOINS_REFERRAL("joins_referral", COUNT, HIGHER_IS_BETTER, "joins by invitation",
            r -> r.sum(DailyMetric.JOINS_REFERRAL)),
    RETENTION_30("retention_30", SHARE, HIGHER_IS_BETTER,
            "share of regular joiners (outside and referral) still members 30 days after joining, over cohorts that "
                    + "joined more than 30 days before the horizon",
            r -> r.cohorts().retention()),
    RETENTION_30_REFERRAL("retention_30_referral", SHARE, HIGHER_IS_BETTER, "30-day retention of referred joiners",
            r -> r.cohorts().retentionReferral()),
    RETENTION_30_OUTSIDE("retention_30_outside", SHARE, HIGHER_IS_BETTER,
            "30-day retention of joiners from outside exposure",
            r -> r.cohorts().retentionOutside()),
    CHURN_RATE("churn_rate", RATE_PER_DAY, LOWER_IS_BETTER, "leaves per member-day",
            r -> ratioOrZero(r.group.leavesTotal, r.group.memberDays)),
    VIRAL_K("viral_k", INDEX, HIGHER_IS_BETTER,
            "referral joins ÷ regular people who were ever members, seeds included (viral coefficient K: accepted "
                    + "referrals per member)",
            0, POSITIVE_INFINITY, r -> ratioOrZero(r.sum(DailyMetric.JOINS_REFERRAL), r.group.everRegular)),
    GINI_POSTS("gini_posts", INDEX, NEUTRAL,
            "Gini coefficient of posts per member over the inequality window, among members present throughout",
            0, 1, r -> r.inequality().gini()),
    TOP1_SHARE("top1_share", SHARE, NEUTRAL,
            "share of those posts written by the top 1% of those members, ranked by posts (at least one member)",
            r -> r.inequality().top1()),
    TOP10_SHARE("top10_share", SHARE, NEUTRAL,
            "share of those posts written by the top 10% of those members, ranked by posts",
            r -> r.inequality().top10()),
    TOP10_POSTERS_SHARE("top10_posters_share", SHARE, NEUTRAL,
            "share of those posts written by the top 10% of the members who posted at least once, ranked by posts",
            r -> r.inequality().top10Posters()),
    NEVER_POSTED_SHARE("never_posted_share", SHARE, NEUTRAL,
            "share of members present throughout the window who never posted in it",
            r -> r.inequality().neverPosted()),
    INEQUALITY_MEMBERS("inequality_members", COUNT, NEUTRAL, "members present throughout the inequality window",
            r -> r.inequality().members()),
    CONVERSION_RATE("conversion_rate", SHARE, HIGHER_IS_BETTER, "buyers ÷ regular people who were ever members",
            r -> ratioOrZero(r.group.buyers, r.group.everRegular)),
    REPURCHASE_RATE("repurchase_rate", SHARE, HIGHER_IS_BETTER, "buyers who bought again ÷ buyers",
            r -> ratioOrZero(r.group.rebuyers, r.group.buyers)),
    PURCHASES_TOTAL("purchases_total", COUNT, HIGHER_IS_BETTER, "first purchases plus repurchases",
            r -> r.group.purchasesTotal),
    DEAD("dead", SHARE, LOWER_IS_BETTER,
            "1 if active members were below the dead floor on every day of the final window (last 7 days)",
            r -> r.dead() ? 1 : 0),
    DEAD_DAY("dead_day", DAYS, NEUTRAL,
            "for a dead group, the first day from which active members stayed below the floor; NaN if alive",
            r -> r.dead() ? r.deadDay() : Double.NaN),
    MEAN_AFFINITY_FINAL("mean_affinity_final", INDEX, HIGHER_IS_BETTER, "mean affinity of members at the horizon",
            0, 1, r -> r.finalMean(DailyMetric.MEAN_AFFINITY)),
    MEAN_AFFINITY_REFERRAL("mean_affinity_referral", INDEX, NEUTRAL, "mean affinity of referral joiners",
            0, 1, r -> r.cohorts().affinityReferral()),
    MEAN_AFFINITY_OUTSIDE("mean_affinity_outside", INDEX, NEUTRAL, "mean affinity of outside joiners",
            0, 1, r -> r.cohorts().affinityOutside()),
    INVITATIONS_SENT("invitations_sent", COUNT, NEUTRAL, "invitations sent in the whole run",
            r -> r.sum(DailyMetric.INVITATIONS_SENT)),
    MEAN_REFERRAL_DEPTH("mean_referral_depth", INDEX, NEUTRAL,
            "mean invitation depth of referral joiners (invited by a seed or outside joiner = 1)",
            0, POSITIVE_INFINITY, r -> r.cohorts().referralDepth()),
    POSTS_ON_TOPIC_FINAL("posts_on_topic_final", COUNT, HIGHER_IS_BETTER,
            "on-topic member posts per day at the horizon (mean of the last 7 days)",
            r -> r.finalMean(DailyMetric.POSTS_ON_TOPIC)),
    MEAN_POST_VALUE_FINAL("mean_post_value_final", INDEX, HIGHER_IS_BETTER,
            "mean post value at the horizon (mean of the last 7 days)",
            0, POSITIVE_INFINITY, r -> r.finalMean(DailyMetric.MEAN_POST_VALUE)),
    MEAN_SATISFACTION_FINAL("mean_satisfaction_final", INDEX, HIGHER_IS_BETTER,
            "mean satisfaction at the horizon (mean of the last 7 days)",
            r -> r.finalMean(DailyMetric.MEAN_SATISFACTION)),
    // money (docs/model.md §4.10): every amount in economics.currency; zero when the scenario declares none
    REVENUE_FEES("revenue_fees", MONEY, HIGHER_IS_BETTER, "entry and membership fees paid (renewals included)",
            0, POSITIVE_INFINITY, r -> r.group.ledger.total(Ledger.Line.FEES)),
    REVENUE_SALES("revenue_sales", MONEY, HIGHER_IS_BETTER, "product price x margin over purchases and repurchases",
            0, POSITIVE_INFINITY, r -> r.group.ledger.total(Ledger.Line.SALES)),
    COST_REFERRAL("cost_referral", MONEY, LOWER_IS_BETTER, "referral rewards paid (per accepted invitation)",
            0, POSITIVE_INFINITY, r -> r.group.ledger.total(Ledger.Line.REFERRAL)),
    COST_KOL("cost_kol", MONEY, LOWER_IS_BETTER, "KOL fees (per KOL per day present)",
            0, POSITIVE_INFINITY, r -> r.group.ledger.total(Ledger.Line.KOL)),
    COST_OPERATOR("cost_operator", MONEY, LOWER_IS_BETTER,
            "operator time (posts, events, moderation actions) at the hourly cost",
            0, POSITIVE_INFINITY, r -> r.group.ledger.total(Ledger.Line.OPERATOR)),
    COST_ADS("cost_ads", MONEY, LOWER_IS_BETTER, "ad spend on outside exposures (CPM)",
            0, POSITIVE_INFINITY, r -> r.group.ledger.total(Ledger.Line.ADS)),
    COST_INCENTIVES("cost_incentives", MONEY, LOWER_IS_BETTER, "points and coupons paid (per post, per event attendance)",
            0, POSITIVE_INFINITY, r -> r.group.ledger.total(Ledger.Line.INCENTIVES)),
    REVENUE("revenue", MONEY, HIGHER_IS_BETTER, "all revenue of the run", 0, POSITIVE_INFINITY,
            r -> r.group.ledger.revenue()),
    COST("cost", MONEY, LOWER_IS_BETTER, "all cost of the run", 0, POSITIVE_INFINITY,
            r -> r.group.ledger.cost()),
    PROFIT("profit", MONEY, HIGHER_IS_BETTER, "revenue minus cost", r -> r.group.ledger.revenue() - r.group.ledger.cost()),
    ROI("roi", SHARE, HIGHER_IS_BETTER, "return on investment: profit / cost; NaN when nothing was spent",
            -1, POSITIVE_INFINITY,
            r -> r.group.ledger.cost() > 0 ? (r.group.ledger.revenue() - r.group.ledger.cost()) / r.group.ledger.cost()
                    : Double.NaN),
    CAC("cac", MONEY, LOWER_IS_BETTER,
            "cost per acquired member: (ad spend + referral rewards) / joins (seeds excluded); NaN without joins",
            0, POSITIVE_INFINITY, r -> r.acquisitionCost()),
    COST_PER_ACTIVE("cost_per_active", MONEY, LOWER_IS_BETTER,
            "all cost / active members at the horizon (mean of the last 7 days); NaN when none is active",
            0, POSITIVE_INFINITY,
            r -> r.finalMean(DailyMetric.ACTIVE) > 0 ? r.group.ledger.cost() / r.finalMean(DailyMetric.ACTIVE)
                    : Double.NaN),
    PAYBACK_DAY("payback_day", DAYS, LOWER_IS_BETTER,
            "first day cumulative profit >= 0; NaN if it never was (paid_back 0) or the run had no money (paid_back NaN)",
            r -> r.payback().day()),
    PAID_BACK("paid_back", SHARE, HIGHER_IS_BETTER,
            "1 if cumulative profit reached 0 within the horizon, 0 if not; NaN if the run had no revenue and no cost",
            r -> r.payback().paidBack()),
    // many groups (docs/model.md §4.12): the operator's groups, declared and opened by fission; one in the single-group model
    GROUPS_OPENED("groups_opened", COUNT, NEUTRAL, "groups the operator ran: those declared and those opened by fission",
            r -> r.groups.size()),
    GROUPS_ALIVE_FINAL("groups_alive_final", SHARE, HIGHER_IS_BETTER,
            "share of the operator's groups that had not died by the horizon (dead: world.deadAfterDays days in a row "
                    + "without a member post)",
            r -> Lifecycle.aliveAtHorizon(r.groups)),
    GROUPS_ALIVE_7("groups_alive_7", SHARE, HIGHER_IS_BETTER,
            "share of groups alive 7 days after they opened, over groups opened at least 7 days before the horizon; "
                    + "NaN if none was",
            r -> Lifecycle.aliveAfter(r.groups, 7, r.days())),
    GROUPS_ALIVE_30("groups_alive_30", SHARE, HIGHER_IS_BETTER,
            "share of groups alive 30 days after they opened, over groups opened at least 30 days before the horizon",
            r -> Lifecycle.aliveAfter(r.groups, 30, r.days())),
    GROUPS_ALIVE_90("groups_alive_90", SHARE, HIGHER_IS_BETTER,
            "share of groups alive 90 days after they opened, over groups opened at least 90 days before the horizon",
            r -> Lifecycle.aliveAfter(r.groups, 90, r.days())),
    GROUP_LIFESPAN_MEAN("group_lifespan_mean", DAYS, HIGHER_IS_BETTER,
            "mean days from a group's opening to its death, counting the horizon for groups still alive (a mean "
                    + "restricted to the horizon)",
            r -> Lifecycle.meanLifespan(r.groups, r.days())),
    GROUP_PEAK_MEMBERS_MEAN("group_peak_members_mean", COUNT, NEUTRAL,
            "mean over the operator's groups of each group's maximum members",
            r -> Lifecycle.meanPeak(r.groups)),
    MATRIX_MEMBERSHIPS_FINAL("matrix_memberships_final", COUNT, HIGHER_IS_BETTER,
            "members summed over the operator's groups at the horizon (mean of the last 7 days; a person in two "
                    + "groups counts twice)",
            r -> Lifecycle.finalSum(r.groups, DailyMetric.MEMBERS, r.window())),
    MATRIX_ACTIVE_FINAL("matrix_active_final", COUNT, HIGHER_IS_BETTER,
            "active members summed over the operator's groups at the horizon (mean of the last 7 days)",
            r -> Lifecycle.finalSum(r.groups, DailyMetric.ACTIVE, r.window())),
    MATRIX_ACTIVE_SHARE("matrix_active_share", SHARE, HIGHER_IS_BETTER,
            "active ÷ members, both summed over the operator's groups at the horizon (last-7-day means)",
            r -> ratioOrZero(Lifecycle.finalSum(r.groups, DailyMetric.ACTIVE, r.window()),
                    Lifecycle.finalSum(r.groups, DailyMetric.MEMBERS, r.window()))),
    FIRST_WEEK_SILENT_SHARE("first_week_silent_share", SHARE, LOWER_IS_BETTER,
            "share of regular members who posted nothing in their first 7 days in a group, over those who stayed 7 "
                    + "days (all the operator's groups)",
            r -> Lifecycle.firstWeekSilent(r.groups)),
    LOST_TO_OTHER_GROUPS("lost_to_other_groups", SHARE, NEUTRAL,
            "share of the members who left a group whose attention other groups held more than half of on the day "
                    + "they left (all the operator's groups); the rest simply left",
            r -> Lifecycle.lostToOthers(r.groups));

    /**
     * The money outcomes (docs/model.md §4.10): a family of their own for multiple-testing corrections, so that the
     * cost-benefit questions neither weaken nor are weakened by the behavioural ones.
     */
    public static final Set<Outcome> MONEY_FAMILY = Collections.unmodifiableSet(EnumSet.range(REVENUE_FEES, PAID_BACK));

    /**
     * The outcomes of a world of many groups (docs/model.md §4.12): a family of their own for multiple-testing
     * corrections, so that adding them left the other families' intervals and verdicts unchanged.
     */
    public static final Set<Outcome> GROUPS_FAMILY = Collections.unmodifiableSet(
            EnumSet.range(GROUPS_OPENED, LOST_TO_OTHER_GROUPS));

    private final Declaration declaration;
    private final ToDoubleFunction<FinishedRun> compute;

    /** An outcome whose possible range is its unit's (shares in [0, 1], counts and days at least 0). */
    Outcome(String column, Unit unit, Direction direction, String description, ToDoubleFunction<FinishedRun> compute) {
        this.declaration = new Declaration(column, unit, direction, description);
        this.compute = compute;
    }

    /**
     * An outcome whose possible range is not its unit's: an index that cannot be negative (viral K, post value) or lies
     * in [0, 1] (Gini, affinity), an amount that cannot be negative (revenue, costs) or a return on investment, a
     * "share" of the cost that is at least −1 (all of it lost) and has no upper bound. A mean's interval is cut there.
     */
    Outcome(String column, Unit unit, Direction direction, String description, double lowest, double highest,
            ToDoubleFunction<FinishedRun> compute) {
        this.declaration = new Declaration(column, unit, direction, description, lowest, highest);
        this.compute = compute;
    }

    @Override
    public Declaration declaration() {
        return declaration;
    }

    /** The declaration order: built-in outcomes come first in a run's outcome vector. */
    @Override
    public int index() {
        return ordinal();
    }

    /** {@code outcome.<column>}. */
    @Override
    public String labelKey() {
        return "outcome." + column();
    }

    /** This outcome of a finished run. */
    double of(FinishedRun run) {
        return compute.applyAsDouble(run);
    }
}
