package org.communitysim.benchmarks;

import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.Scenario;

/** The scenarios the benchmarks run, built from the model's defaults. */
public final class Workloads {
    /** Population per member of the steady-state group: the issue asks for a population ≥ 10× the group. */
    public static final int POPULATION_PER_MEMBER = 10;
    /** Outside exposures per day per seat: enough applicants to refill the day's leavers, so the group stays full. */
    public static final double EXPOSURE_PER_SEAT = 0.5;

    private Workloads() {
    }

    /**
     * A group that holds about {@code members} members from day 0 on: the reference scenario with cap = seed
     * circle = {@code members}, a population of 10× that, and outside traffic high enough to refill every seat
     * that empties. People who were rejected or left apply again as readily as anyone (reapply and rejoin
     * factors 1), so the supply of applicants never runs dry and the state stays stationary over the tens of
     * thousands of days a small group runs in one benchmark iteration. Horizon 180 days.
     */
    public static Scenario steadyState(int members) {
        return steadyState(members, Defaults.HORIZON_DAYS);
    }

    public static Scenario steadyState(int members, int horizonDays) {
        return steadyState(members, horizonDays, POPULATION_PER_MEMBER);
    }

    /**
     * As {@link #steadyState(int)} with {@code populationPerMember} persons per seat (a diagnostic of cache effects).
     * With one person per seat (how 10^6 members fit the schema's 10^6 persons) the seed circle is 90% of the seats,
     * as advertisers (3%) are never seeds; everyone else is a member or applies again within days.
     */
    public static Scenario steadyState(int members, int horizonDays, int populationPerMember) {
        Scenario s = Defaults.scenario();
        int seeds = populationPerMember > 1 ? members : (int) (0.9 * members);
        return s.with("behaviour.exposure.reapplyFactor", 1.0).with("behaviour.exposure.rejoinFactor", 1.0) // anyone may return
                .withPopulation(s.population().withSize(populationPerMember * members))
                .withGroup(s.group().withSizeCap(members).withSeedMembers(seeds)
                        .withOutsideExposure(EXPOSURE_PER_SEAT * members))
                .withHorizonDays(horizonDays)
                .named("steady-state-" + members, "Reference group held full at " + members + " members");
    }
}
