package org.communitysim.model;

import org.communitysim.random.Rng;
import org.communitysim.scenario.JoinSpec;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.SeedingMode;

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
    private final TopicWorld world;
    private final GroupState g;
    private final DayState today;
    private final Rng rng;
    private final int n;

    private Seeding(TopicWorld world, GroupState g, DayState today, Rng rng) {
        this.world = world;
        this.g = g;
        this.today = today;
        this.rng = rng;
        this.n = world.n;
    }

    /** Seeds the group on day 0 ({@code today.day} = 0) from the seeding stream. */
    static void seed(Scenario scenario, TopicWorld world, GroupState g, DayState today, Rng rng) {
        new Seeding(world, g, today, rng).seed(scenario);
    }

    private void seed(Scenario scenario) {
        JoinSpec join = scenario.join();
        int fixed = join.fixedSeedCount();
        int want = fixed < 0 ? scenario.group().seedMembers() : fixed;
        int kolCount = scenario.kols().count();
        if (want + kolCount > n) {
            throw new IllegalArgumentException((fixed < 0 ? "group.seedMembers" : "the seeds") + " + kols.count ("
                    + (want + kolCount) + ") exceeds the population (" + n + ")");
        }
        // seeds of a circle and KOLs are regular persons: advertisers (population.advertiserShare) never are
        int regularWanted = (join.seeding() == SeedingMode.CIRCLE ? want : 0) + kolCount;
        if (regularWanted > 0) {
            int regulars = 0;
            for (int p = 0; p < n; p++) {
                regulars += g.role[p] == GroupState.REGULAR ? 1 : 0;
            }
            if (regularWanted > regulars) {
                String what = join.seeding() == SeedingMode.CIRCLE
                        ? (fixed < 0 ? "group.seedMembers" : "join.seedCount") + " + kols.count" : "kols.count";
                throw new World.WorldException(what + " (" + regularWanted + ") exceeds the regular persons of "
                        + "this population (" + regulars + " of " + n + "; advertisers, population.advertiserShare, "
                        + "are never seeds or KOLs)");
            }
        }
        switch (join.seeding()) {
            case CIRCLE -> {
                if (want > 0) {
                    seedCircle(scenario.group().topic(), want);
                }
            }
            case RANDOM -> seedRandom(want);
            case IDS -> {
                for (int id : join.seedIds()) {
                    g.join(id, GroupState.SEED, -1, today);
                }
            }
            case NONE -> {
                // the group starts empty
            }
        }
        if (kolCount > 0) {
            pickKols(kolCount);
        }
    }

    private void seedCircle(int topic, int want) {
        int anchor = -1;
        for (int tries = 0; tries < 100 * n && anchor < 0; tries++) {
            int p = rng.nextInt(n);
            if (g.role[p] == GroupState.REGULAR && world.pop.mainTopic(p) == topic) {
                anchor = p;
            }
        }
        if (anchor < 0) {
            anchor = firstRegular();
        }
        int[] queue = new int[n];
        boolean[] queued = new boolean[n];
        int head = 0;
        int tail = 0;
        queue[tail++] = anchor;
        queued[anchor] = true;
        int joined = 0;
        while (joined < want) {
            if (head == tail) { // the anchor's component is exhausted: start again elsewhere
                int p = firstRegular();
                if (queued[p]) {
                    continue;
                }
                queue[tail++] = p;
                queued[p] = true;
            }
            int p = queue[head++];
            g.join(p, GroupState.SEED, -1, today);
            joined++;
            tail = enqueueStrongestFirst(p, queue, queued, tail);
        }
    }

    /** {@code want} distinct persons uniformly at random (any role: the classic models know no advertisers). */
    private void seedRandom(int want) {
        for (int joined = 0; joined < want;) {
            int p = rng.nextInt(n);
            if (!g.member[p]) {
                g.join(p, GroupState.SEED, -1, today);
                joined++;
            }
        }
    }

    private int firstRegular() {
        while (true) {
            int p = rng.nextInt(n);
            if (g.role[p] == GroupState.REGULAR && !g.member[p]) {
                return p;
            }
        }
    }

    /** Appends p's regular, not yet queued neighbours, strongest tie first (ties in random order within a weight). */
    private int enqueueStrongestFirst(int p, int[] queue, boolean[] queued, int tail) {
        int start = tail;
        for (int k = world.net.rowStart(p), end = world.net.rowEnd(p); k < end; k++) {
            int q = world.net.target(k);
            if (!queued[q] && g.role[q] == GroupState.REGULAR) {
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
            float wq = world.net.weightBetween(p, q);
            int j = i - 1;
            while (j >= start && world.net.weightBetween(p, queue[j]) < wq) {
                queue[j + 1] = queue[j];
                j--;
            }
            queue[j + 1] = q;
        }
        return tail;
    }

    private void pickKols(int count) {
        for (int c = 0; c < count; c++) {
            int best = -1;
            double bestScore = -1;
            for (int p = 0; p < n; p++) {
                if (g.member[p] || g.role[p] != GroupState.REGULAR) {
                    continue;
                }
                double score = world.net.degree(p) * world.aff[p] * world.pop.expertise(p);
                if (score > bestScore) {
                    bestScore = score;
                    best = p;
                }
            }
            if (best < 0) {
                throw new IllegalArgumentException("no regular person left to be a KOL");
            }
            g.role[best] = GroupState.KOL;
            g.join(best, GroupState.SEED, -1, today);
        }
    }
}
