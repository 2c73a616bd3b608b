package org.communitysim.model;

/**
 * Notes the day's exposures before the join rule runs and reports them, with their outcome, at the end of the
 * day. Friends' ties among themselves are counted by marking the k friends inside and walking their ties.
 */
final class ExposureTracker {
    private final TopicWorld world;
    private final GroupState g;
    ExposureListener listener;
    private int[] person = new int[0];
    private int[] k = new int[0];
    private int[] pairs = new int[0];
    private boolean[] mark = new boolean[0];
    private int count;
    private int day = -1;

    ExposureTracker(TopicWorld world, GroupState g) {
        this.world = world;
        this.g = g;
    }

    /** Today's exposures, taken before the join rule runs (no-op without a listener). */
    void snapshot(int today) {
        count = 0;
        if (listener == null) {
            return;
        }
        int n = world.n;
        if (person.length != n) {
            person = new int[n];
            k = new int[n];
            pairs = new int[n];
            mark = new boolean[n];
        }
        day = today;
        for (int p = 0; p < n; p++) {
            if (g.insideCount[p] == 0 || !g.canApply(p, today)) {
                continue;
            }
            person[count] = p;
            k[count] = g.insideCount[p];
            pairs[count] = tiedPairs(p);
            count++;
        }
    }

    private int tiedPairs(int p) {
        var net = world.net;
        int rs = net.rowStart(p);
        int re = net.rowEnd(p);
        for (int e = rs; e < re; e++) {
            int f = net.target(e);
            if (g.member[f]) {
                mark[f] = true;
            }
        }
        int ends = 0;
        for (int e = rs; e < re; e++) {
            int f = net.target(e);
            if (!mark[f]) {
                continue;
            }
            for (int h = net.rowStart(f), end = net.rowEnd(f); h < end; h++) {
                if (mark[net.target(h)]) {
                    ends++;
                }
            }
        }
        for (int e = rs; e < re; e++) {
            mark[net.target(e)] = false;
        }
        return ends / 2;
    }

    /** Tells the listener which of today's exposed persons joined (no-op without a listener). */
    void report(int today) {
        if (listener == null || day != today) {
            return;
        }
        for (int i = 0; i < count; i++) {
            int p = person[i];
            listener.exposure(day, p, k[i], pairs[i], g.lastJoinDay[p] == day);
        }
        count = 0;
    }
}
