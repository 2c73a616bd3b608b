package org.communitysim.scenario;

/**
 * Key opinion leaders / experts (意见领袖) who are members from day 0 (docs/model.md §2 "KOL / expert").
 *
 * @param count          number of KOLs (0 = none)
 * @param departureDay   day on which all KOLs leave (-1 = they stay); the shock test
 * @param postsPerDay    posts per day per KOL
 * @param quality        quality of a KOL post
 * @param mentionsPerDay members each KOL mentions by name per day
 */
public record KolSpec(int count, int departureDay, double postsPerDay, double quality, double mentionsPerDay) {

    public KolSpec {
        Declarations.check(KolSpec.class, count, departureDay, postsPerDay, quality, mentionsPerDay);
    }

    public KolSpec withCount(int n) {
        return new KolSpec(n, departureDay, postsPerDay, quality, mentionsPerDay);
    }

    public KolSpec withDepartureDay(int day) {
        return new KolSpec(count, day, postsPerDay, quality, mentionsPerDay);
    }
}
