package org.communitysim.model;

/**
 * Notes the day's exposures before the join rule runs and reports them, with their outcome, at the end of the
 * day. Friends' ties among themselves are counted by marking the k friends inside and walking their ties.
 */
final class ExposureTracker {
    ExposureListener listener;
    private int[] person = new int[0];
    private int[] k = new int[0];
    private int[] pairs = new int[0];
    private boolean[] mark = new boolean[0];
    private int count;
    private int day = -1;

    void snapshot(CommunityModel m) {
        count = 0;
        if (listener == null) {
            return;
        }
        if (person.length != m.n) {
            person = new int[m.n];
            k = new int[m.n];
            pairs = new int[m.n];
            mark = new boolean[m.n];
        }
        day = m.day;
        for (int p = 0; p < m.n; p++) {
            if (m.insideCount[p] == 0 || !m.canApply(p)) {
                continue;
            }
            person[count] = p;
            k[count] = m.insideCount[p];
            pairs[count] = tiedPairs(m, p);
            count++;
        }
    }

    private int tiedPairs(CommunityModel m, int p) {
        int rs = m.net.rowStart(p);
        int re = m.net.rowEnd(p);
        for (int e = rs; e < re; e++) {
            int f = m.net.target(e);
            if (m.member[f]) {
                mark[f] = true;
            }
        }
        int ends = 0;
        for (int e = rs; e < re; e++) {
            int f = m.net.target(e);
            if (!mark[f]) {
                continue;
            }
            for (int g = m.net.rowStart(f), end = m.net.rowEnd(f); g < end; g++) {
                if (mark[m.net.target(g)]) {
                    ends++;
                }
            }
        }
        for (int e = rs; e < re; e++) {
            mark[m.net.target(e)] = false;
        }
        return ends / 2;
    }

    void report(CommunityModel m) {
        if (listener == null || day != m.day) {
            return;
        }
        for (int i = 0; i < count; i++) {
            int p = person[i];
            listener.exposure(day, p, k[i], pairs[i], m.lastJoinDay[p] == day);
        }
        count = 0;
    }
}
