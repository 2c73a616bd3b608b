package org.communitysim.model;

import org.communitysim.random.Rng;
import org.communitysim.scenario.JoinSpec;

/**
 * Day 0: the operator's own circle and the KOLs join (docs/model.md §2 "Group", "KOL / expert"). With
 * {@code join.seeding} random, ids or none, random persons, the listed node ids or nobody replace the circle.
 *
 * <p>The circle: an anchor drawn among regular persons whose main topic is the group's, then the anchor's
 * ties in breadth-first order, strongest ties first, until {@code seedMembers} are in. Seeds are invited by
 * the operator and not screened. KOLs: the regular persons with the highest degree × affinity × expertise
 * among those outside the circle — deterministic given the world, so every scenario on one replicate
 * gets the same KOLs.
 */
final class Seeding {
    private Seeding() {
    }

    static void seed(CommunityModel m) {
        JoinSpec join = m.scenario.join();
        int fixed = join.fixedSeedCount();
        int want = fixed < 0 ? m.scenario.group().seedMembers() : fixed;
        Rng rng = m.seedingRng;
        int kolCount = m.scenario.kols().count();
        if (want + kolCount > m.n) {
            throw new IllegalArgumentException((fixed < 0 ? "group.seedMembers" : "the seeds") + " + kols.count ("
                    + (want + kolCount) + ") exceeds the population (" + m.n + ")");
        }
        switch (join.seeding()) {
            case CIRCLE -> {
                if (want > 0) {
                    seedCircle(m, want, rng);
                }
            }
            case RANDOM -> seedRandom(m, want, rng);
            case IDS -> {
                for (int id : join.seedIds()) {
                    m.join(id, CommunityModel.SEED, -1);
                }
            }
            case NONE -> {
                // the group starts empty
            }
        }
        if (kolCount > 0) {
            pickKols(m, kolCount);
        }
    }

    private static void seedCircle(CommunityModel m, int want, Rng rng) {
        int topic = m.scenario.group().topic();
        int anchor = -1;
        for (int tries = 0; tries < 100 * m.n && anchor < 0; tries++) {
            int p = rng.nextInt(m.n);
            if (m.role[p] == CommunityModel.REGULAR && m.pop.mainTopic(p) == topic) {
                anchor = p;
            }
        }
        if (anchor < 0) {
            anchor = firstRegular(m, rng);
        }
        int[] queue = new int[m.n];
        boolean[] queued = new boolean[m.n];
        int head = 0;
        int tail = 0;
        queue[tail++] = anchor;
        queued[anchor] = true;
        int joined = 0;
        while (joined < want) {
            if (head == tail) { // the anchor's component is exhausted: start again elsewhere
                int p = firstRegular(m, rng);
                if (queued[p]) {
                    continue;
                }
                queue[tail++] = p;
                queued[p] = true;
            }
            int p = queue[head++];
            m.join(p, CommunityModel.SEED, -1);
            joined++;
            tail = enqueueStrongestFirst(m, p, queue, queued, tail, rng);
        }
    }

    /** {@code want} distinct persons uniformly at random (any role: the classic models know no advertisers). */
    private static void seedRandom(CommunityModel m, int want, Rng rng) {
        for (int joined = 0; joined < want;) {
            int p = rng.nextInt(m.n);
            if (!m.member[p]) {
                m.join(p, CommunityModel.SEED, -1);
                joined++;
            }
        }
    }

    private static int firstRegular(CommunityModel m, Rng rng) {
        while (true) {
            int p = rng.nextInt(m.n);
            if (m.role[p] == CommunityModel.REGULAR && !m.member[p]) {
                return p;
            }
        }
    }

    /** Appends p's regular, not yet queued neighbours, strongest tie first (ties in random order within a weight). */
    private static int enqueueStrongestFirst(CommunityModel m, int p, int[] queue, boolean[] queued, int tail,
            Rng rng) {
        int start = tail;
        for (int k = m.net.rowStart(p), end = m.net.rowEnd(p); k < end; k++) {
            int q = m.net.target(k);
            if (!queued[q] && m.role[q] == CommunityModel.REGULAR) {
                queue[tail++] = q;
                queued[q] = true;
            }
        }
        // shuffle, then stable insertion sort by weight descending
        for (int i = tail - 1; i > start; i--) {
            int j = start + rng.nextInt(i - start + 1);
            int t = queue[i];
            queue[i] = queue[j];
            queue[j] = t;
        }
        for (int i = start + 1; i < tail; i++) {
            int q = queue[i];
            float wq = m.net.weightBetween(p, q);
            int j = i - 1;
            while (j >= start && m.net.weightBetween(p, queue[j]) < wq) {
                queue[j + 1] = queue[j];
                j--;
            }
            queue[j + 1] = q;
        }
        return tail;
    }

    private static void pickKols(CommunityModel m, int count) {
        for (int c = 0; c < count; c++) {
            int best = -1;
            double bestScore = -1;
            for (int p = 0; p < m.n; p++) {
                if (m.member[p] || m.role[p] != CommunityModel.REGULAR) {
                    continue;
                }
                double score = m.net.degree(p) * m.aff[p] * m.pop.expertise(p);
                if (score > bestScore) {
                    bestScore = score;
                    best = p;
                }
            }
            if (best < 0) {
                throw new IllegalArgumentException("no regular person left to be a KOL");
            }
            m.role[best] = CommunityModel.KOL;
            m.join(best, CommunityModel.SEED, -1);
        }
    }
}
