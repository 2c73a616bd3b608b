package org.communitysim.model;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.communitysim.scenario.MetricsSpec;

/**
 * A finished run as the {@link Outcome} declarations read it: the daily series, the metrics settings, the group's
 * run totals and membership episodes. Aggregates several outcomes share (a cohort pass, the inequality window, the
 * half-life) are computed once, on first use.
 */
final class FinishedRun {
    /** 30-day retention of regular join cohorts, mean affinity and depth by channel (docs/model.md §6). */
    record Cohorts(double retention, double retentionOutside, double retentionReferral, double affinityOutside,
            double affinityReferral, double referralDepth) {
    }

    /**
     * Participation inequality among regular members present throughout the window ending at the horizon. The top
     * shares rank all those members, as the 90-9-1 rule counts lurkers among its users; {@code top10Posters} ranks
     * only those who posted at least once in the window.
     */
    record Inequality(int members, double gini, double top1, double top10, double top10Posters, double neverPosted) {
    }

    /** @param day the day active members first fell to half their maximum, −1 if they never did */
    record HalfLife(int day, int peakDay) {
    }

    /**
     * @param day      first day cumulative profit was ≥ 0 (NaN if never, or if the run had no money)
     * @param paidBack 1 if it was within the horizon, 0 if not, NaN if the run booked no revenue and no cost
     */
    record Payback(double day, double paidBack) {
    }

    final MetricsSpec spec;
    final GroupState group;
    /** Every group of the run, the first first (docs/model.md §4.12). */
    final List<GroupRecord> groups;
    private final DailySeries daily;
    private final TopicWorld world;
    private final int inequalityWindowStart;
    private final Map<DailyMetric, double[]> series = new EnumMap<>(DailyMetric.class);
    private Cohorts cohorts;
    private Inequality inequality;
    private HalfLife halfLife;

    FinishedRun(MetricsSpec spec, DailySeries daily, TopicWorld world, GroupState group, int inequalityWindowStart,
            List<GroupRecord> groups) {
        this.spec = spec;
        this.groups = groups;
        this.daily = daily;
        this.world = world;
        this.group = group;
        this.inequalityWindowStart = inequalityWindowStart;
    }

    int days() {
        return daily.days();
    }

    /** The final window: the last {@code metrics.finalWindowDays} days (at most the horizon). */
    int window() {
        return Math.min(spec.finalWindowDays(), daily.days());
    }

    double[] series(DailyMetric metric) {
        return series.computeIfAbsent(metric, daily::series);
    }

    double sum(DailyMetric metric) {
        return Series.sum(series(metric));
    }

    /** Mean over the final window. */
    double finalMean(DailyMetric metric) {
        return Series.tailMean(series(metric), window());
    }

    /** Joins by outside exposure and referral (seeds excluded) in days [0, until). */
    double joinsBefore(int until) {
        double[] outside = series(DailyMetric.JOINS_OUTSIDE);
        double[] referral = series(DailyMetric.JOINS_REFERRAL);
        double joins = 0;
        for (int t = 0; t < Math.min(until, outside.length); t++) {
            joins += outside[t] + referral[t];
        }
        return joins;
    }

    /** First day of the final run of days with active members below the dead floor ({@link #days()} if none). */
    int deadDay() {
        double[] active = series(DailyMetric.ACTIVE);
        int deadDay = active.length;
        while (deadDay > 0 && active[deadDay - 1] < spec.deadFloor()) {
            deadDay--;
        }
        return deadDay;
    }

    boolean dead() {
        return deadDay() <= days() - window();
    }

    HalfLife halfLife() {
        if (halfLife == null) {
            double[] active = series(DailyMetric.ACTIVE);
            double maxActive = Series.max(active);
            int argMax = Series.argMax(active);
            int halfDay = -1;
            for (int t = argMax; t < active.length; t++) {
                if (active[t] <= maxActive / 2) {
                    halfDay = t;
                    break;
                }
            }
            halfLife = new HalfLife(halfDay, argMax);
        }
        return halfLife;
    }

    Cohorts cohorts() {
        if (cohorts == null) {
            cohorts = cohorts(spec.cohortDays());
        }
        return cohorts;
    }

    private Cohorts cohorts(int cohortDays) {
        Episodes e = group.episodes;
        int days = days();
        long[] eligible = new long[3];
        long[] retained = new long[3];
        double[] affSum = new double[3];
        long[] joined = new long[3];
        double depthSum = 0;
        for (int i = 0; i < e.size(); i++) {
            byte ch = e.channel(i);
            if (ch == GroupState.SEED || e.role(i) != GroupState.REGULAR) {
                continue;
            }
            int p = e.person(i);
            joined[ch]++;
            affSum[ch] += world.aff[p];
            if (ch == GroupState.REFERRAL) {
                depthSum += e.depth(i);
            }
            int start = e.start(i);
            if (start + cohortDays < days) {
                eligible[ch]++;
                int end = e.end(i);
                if (end < 0 || end > start + cohortDays) {
                    retained[ch]++;
                }
            }
        }
        int out = GroupState.OUTSIDE;
        int ref = GroupState.REFERRAL;
        return new Cohorts(ratio(retained[out] + retained[ref], eligible[out] + eligible[ref]),
                ratio(retained[out], eligible[out]), ratio(retained[ref], eligible[ref]),
                joined[out] > 0 ? affSum[out] / joined[out] : Double.NaN,
                joined[ref] > 0 ? affSum[ref] / joined[ref] : Double.NaN,
                joined[ref] > 0 ? depthSum / joined[ref] : Double.NaN);
    }

    Inequality inequality() {
        if (inequality == null) {
            inequality = inequality(inequalityWindowStart);
        }
        return inequality;
    }

    /** Gini of post counts, share of posts by the top 1% and 10% of members and the top 10% of posters, share who never posted. */
    private Inequality inequality(int start) {
        GroupState g = group;
        int count = 0;
        int[] posts = new int[g.memberCount];
        for (int i = 0; i < g.memberCount; i++) {
            int who = g.memberList[i];
            if (g.role[who] == GroupState.REGULAR && g.joinDay[i] <= start) {
                posts[count++] = g.windowPosts[who];
            }
        }
        if (count == 0) {
            return new Inequality(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        int[] sorted = Arrays.copyOf(posts, count);
        Arrays.sort(sorted); // ascending
        long total = 0;
        int never = 0;
        double weighted = 0;
        for (int i = 0; i < count; i++) {
            total += sorted[i];
            weighted += (i + 1.0) * sorted[i];
            if (sorted[i] == 0) {
                never++;
            }
        }
        double neverShare = (double) never / count;
        if (total == 0) {
            return new Inequality(count, Double.NaN, Double.NaN, Double.NaN, Double.NaN, neverShare);
        }
        // Gini = (2 Σ i·x_(i)) / (n Σ x) − (n + 1)/n, x ascending, i = 1..n
        return new Inequality(count, 2 * weighted / (count * (double) total) - (count + 1.0) / count,
                Series.topShare(sorted, total, 0.01), Series.topShare(sorted, total, 0.10),
                Series.topShare(Arrays.copyOfRange(sorted, never, count), total, 0.10), neverShare);
    }

    /**
     * Payback (docs/model.md §4.10): the first day whose cumulative profit is ≥ 0. A run that never gets there stores
     * NaN and paid_back 0, so the mean payback day is over the runs that paid back and paid_back says how many did; a
     * run without money stores NaN in both, so it is neither ranked nor counted.
     */
    Payback payback() {
        if (group.ledger.revenue() == 0 && group.ledger.cost() == 0) {
            return new Payback(Double.NaN, Double.NaN);
        }
        double[] profit = series(DailyMetric.CUM_PROFIT);
        for (int t = 0; t < profit.length; t++) {
            if (profit[t] >= 0) {
                return new Payback(t, 1);
            }
        }
        return new Payback(Double.NaN, 0);
    }

    /** Ad spend plus referral rewards per join (seeds excluded); NaN without joins. */
    double acquisitionCost() {
        double joins = joinsBefore(Integer.MAX_VALUE);
        return joins > 0 ? (group.ledger.total(Ledger.Line.ADS) + group.ledger.total(Ledger.Line.REFERRAL)) / joins
                : Double.NaN;
    }

    static double ratioOrZero(double num, double den) {
        return den > 0 ? num / den : 0;
    }

    private static double ratio(long num, long den) {
        return den > 0 ? (double) num / den : Double.NaN;
    }
}
