package org.communitysim.model;

/**
 * The rule that decides which non-members apply to join today (docs/model.md "Join rules"). A rule only
 * proposes: it calls {@link GroupState#addApplicant} for persons who may apply ({@link GroupState#canApply}),
 * and the screening step that follows admits them (or, with group mechanisms on, screens them and enforces the
 * cap). Every rule draws from its own stream, so switching rules leaves the other phases' random numbers
 * untouched. One instance serves one run; it is told of every join (seeds included) as the group's
 * {@link GroupState.JoinListener}.
 */
interface JoinRule extends GroupState.JoinListener {

    /** Once, after the day-0 seeding (which has already called {@link #joined} for every seed). */
    void start();

    /** Each day, before screening: propose today's applicants. */
    void step(DayState today);

    /**
     * The rule with the settings of {@code s} (a playbook changed a lever), keeping its state and streams. The
     * classic rules read only {@code join.*}, which no playbook changes: they stay as they are.
     *
     * @param threshold the entry threshold applicants now face
     */
    default JoinRule retuned(org.communitysim.scenario.Scenario s, double threshold) {
        return this;
    }

    /** After person {@code p} joined by any channel (seeds included). */
    @Override
    default void joined(int p) {
    }
}
