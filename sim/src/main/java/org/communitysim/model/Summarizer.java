package org.communitysim.model;

import java.util.Arrays;
import org.communitysim.scenario.MetricsSpec;

/** Computes the per-run outcomes of docs/model.md §6 from a finished run. */
final class Summarizer {
    private Summarizer() {
    }

    static RunSummary summarize(CommunityModel m) {
        double[] o = new double[Outcome.values().length];
        MetricsSpec spec = m.scenario.metrics();
        DailySeries d = m.daily();
        int days = d.days();
        double[] members = d.series(DailyMetric.MEMBERS);
        double[] active = d.series(DailyMetric.ACTIVE);

        int peakMembersDay = firstDayReaching(members, spec.peakFraction());
        int peakActiveDay = firstDayReaching(active, spec.peakFraction());
        double maxActive = max(active);
        put(o, Outcome.PEAK_MEMBERS, max(members));
        put(o, Outcome.PEAK_MEMBERS_DAY, peakMembersDay);
        put(o, Outcome.PEAK_ACTIVE, maxActive);
        put(o, Outcome.PEAK_ACTIVE_DAY, peakActiveDay);

        int w = Math.min(spec.finalWindowDays(), days);
        double finalMembers = tailMean(members, w);
        double finalActive = tailMean(active, w);
        put(o, Outcome.FINAL_MEMBERS, finalMembers);
        put(o, Outcome.FINAL_ACTIVE, finalActive);
        put(o, Outcome.FINAL_ACTIVE_SHARE, finalMembers > 0 ? finalActive / finalMembers : 0);
        put(o, Outcome.ACTIVE_RETAINED, maxActive > 0 ? finalActive / maxActive : 0);

        int argMax = argMax(active);
        int halfDay = -1;
        for (int t = argMax; t < days; t++) {
            if (active[t] <= maxActive / 2) {
                halfDay = t;
                break;
            }
        }
        put(o, Outcome.ACTIVITY_HALF_LIFE, halfDay < 0 ? Double.NaN : halfDay - argMax);
        put(o, Outcome.HALF_LIFE_CENSORED, halfDay < 0 ? 1 : 0);

        double[] joinsOutside = d.series(DailyMetric.JOINS_OUTSIDE);
        double[] joinsReferral = d.series(DailyMetric.JOINS_REFERRAL);
        double joins30 = 0;
        double joinsTotal = 0;
        for (int t = 0; t < days; t++) {
            double j = joinsOutside[t] + joinsReferral[t];
            joinsTotal += j;
            if (t < 30) {
                joins30 += j;
            }
        }
        put(o, Outcome.JOINS_30, joins30);
        put(o, Outcome.JOINS_TOTAL, joinsTotal);
        put(o, Outcome.JOINS_OUTSIDE, sum(joinsOutside));
        put(o, Outcome.JOINS_REFERRAL, sum(joinsReferral));

        retention(m, o, spec.cohortDays(), days);

        put(o, Outcome.CHURN_RATE, m.memberDays > 0 ? (double) m.leavesTotal / m.memberDays : 0);
        put(o, Outcome.VIRAL_K, m.everRegular > 0 ? sum(joinsReferral) / m.everRegular : 0);

        inequality(m, o);

        put(o, Outcome.CONVERSION_RATE, m.everRegular > 0 ? (double) m.buyers / m.everRegular : 0);
        put(o, Outcome.REPURCHASE_RATE, m.buyers > 0 ? (double) m.rebuyers / m.buyers : 0);
        put(o, Outcome.PURCHASES_TOTAL, m.purchasesTotal);

        int deadDay = days; // first day of the final run of days below the floor
        while (deadDay > 0 && active[deadDay - 1] < spec.deadFloor()) {
            deadDay--;
        }
        boolean dead = deadDay <= days - w;
        put(o, Outcome.DEAD, dead ? 1 : 0);
        put(o, Outcome.DEAD_DAY, dead ? deadDay : Double.NaN);

        put(o, Outcome.MEAN_AFFINITY_FINAL, tailMean(d.series(DailyMetric.MEAN_AFFINITY), w));
        put(o, Outcome.INVITATIONS_SENT, sum(d.series(DailyMetric.INVITATIONS_SENT)));
        put(o, Outcome.POSTS_ON_TOPIC_FINAL, tailMean(d.series(DailyMetric.POSTS_ON_TOPIC), w));
        put(o, Outcome.MEAN_POST_VALUE_FINAL, tailMean(d.series(DailyMetric.MEAN_POST_VALUE), w));
        put(o, Outcome.MEAN_SATISFACTION_FINAL, tailMean(d.series(DailyMetric.MEAN_SATISFACTION), w));
        return new RunSummary(o);
    }

    /** 30-day retention of join cohorts (regular joiners by outside and referral), mean affinity and depth by channel. */
    private static void retention(CommunityModel m, double[] o, int cohortDays, int days) {
        Episodes e = m.episodes;
        long[] eligible = new long[3];
        long[] retained = new long[3];
        double[] affSum = new double[3];
        long[] joined = new long[3];
        double depthSum = 0;
        for (int i = 0; i < e.size(); i++) {
            byte ch = e.channel(i);
            if (ch == CommunityModel.SEED || e.role(i) != CommunityModel.REGULAR) {
                continue;
            }
            int p = e.person(i);
            joined[ch]++;
            affSum[ch] += m.aff[p];
            if (ch == CommunityModel.REFERRAL) {
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
        int out = CommunityModel.OUTSIDE;
        int ref = CommunityModel.REFERRAL;
        put(o, Outcome.RETENTION_30, ratio(retained[out] + retained[ref], eligible[out] + eligible[ref]));
        put(o, Outcome.RETENTION_30_OUTSIDE, ratio(retained[out], eligible[out]));
        put(o, Outcome.RETENTION_30_REFERRAL, ratio(retained[ref], eligible[ref]));
        put(o, Outcome.MEAN_AFFINITY_OUTSIDE, joined[out] > 0 ? affSum[out] / joined[out] : Double.NaN);
        put(o, Outcome.MEAN_AFFINITY_REFERRAL, joined[ref] > 0 ? affSum[ref] / joined[ref] : Double.NaN);
        put(o, Outcome.MEAN_REFERRAL_DEPTH, joined[ref] > 0 ? depthSum / joined[ref] : Double.NaN);
    }

    /**
     * Participation inequality among regular members present throughout the window that ends at the horizon:
     * Gini of their post counts, share of posts by the top 1% and 10% of posters, share who never posted.
     */
    private static void inequality(CommunityModel m, double[] o) {
        int start = m.inequalityWindowStart;
        int count = 0;
        int[] posts = new int[m.memberCount];
        for (int i = 0; i < m.memberCount; i++) {
            int who = m.memberList[i];
            if (m.role[who] == CommunityModel.REGULAR && m.joinDay[i] <= start) {
                posts[count++] = m.windowPosts[who];
            }
        }
        put(o, Outcome.INEQUALITY_MEMBERS, count);
        if (count == 0) {
            put(o, Outcome.GINI_POSTS, Double.NaN);
            put(o, Outcome.TOP1_SHARE, Double.NaN);
            put(o, Outcome.TOP10_SHARE, Double.NaN);
            put(o, Outcome.NEVER_POSTED_SHARE, Double.NaN);
            return;
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
        put(o, Outcome.NEVER_POSTED_SHARE, (double) never / count);
        if (total == 0) {
            put(o, Outcome.GINI_POSTS, Double.NaN);
            put(o, Outcome.TOP1_SHARE, Double.NaN);
            put(o, Outcome.TOP10_SHARE, Double.NaN);
            return;
        }
        // Gini = (2 Σ i·x_(i)) / (n Σ x) − (n + 1)/n, x ascending, i = 1..n
        put(o, Outcome.GINI_POSTS, 2 * weighted / (count * (double) total) - (count + 1.0) / count);
        put(o, Outcome.TOP1_SHARE, topShare(sorted, total, 0.01));
        put(o, Outcome.TOP10_SHARE, topShare(sorted, total, 0.10));
    }

    /** Share of the total held by the top {@code fraction} of posters (at least one poster). */
    static double topShare(int[] ascending, long total, double fraction) {
        int k = Math.max(1, (int) Math.ceil(fraction * ascending.length));
        long top = 0;
        for (int i = ascending.length - k; i < ascending.length; i++) {
            top += ascending[i];
        }
        return (double) top / total;
    }

    static int firstDayReaching(double[] series, double fraction) {
        double target = fraction * max(series);
        for (int t = 0; t < series.length; t++) {
            if (series[t] >= target) {
                return t;
            }
        }
        return 0;
    }

    private static int argMax(double[] series) {
        int best = 0;
        for (int t = 1; t < series.length; t++) {
            if (series[t] > series[best]) {
                best = t;
            }
        }
        return best;
    }

    private static double max(double[] series) {
        double mx = 0;
        for (double v : series) {
            mx = Math.max(mx, v);
        }
        return mx;
    }

    private static double sum(double[] series) {
        double s = 0;
        for (double v : series) {
            s += v;
        }
        return s;
    }

    private static double tailMean(double[] series, int w) {
        double s = 0;
        for (int t = series.length - w; t < series.length; t++) {
            s += series[t];
        }
        return w > 0 ? s / w : 0;
    }

    private static double ratio(long num, long den) {
        return den > 0 ? (double) num / den : Double.NaN;
    }

    private static void put(double[] o, Outcome outcome, double v) {
        o[outcome.ordinal()] = v;
    }
}
