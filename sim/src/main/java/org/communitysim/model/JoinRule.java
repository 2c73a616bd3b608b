package org.communitysim.model;

/**
 * The rule that decides which non-members apply to join today (docs/model.md "Join rules"). A rule only
 * proposes: it calls {@link CommunityModel#addApplicant} for persons who may apply
 * ({@link CommunityModel#canApply}), and the screening step that follows admits them (or, with group mechanisms
 * on, screens them and enforces the cap). Every rule draws from its own stream, so switching rules leaves the
 * other phases' random numbers untouched. One instance serves one run.
 */
interface JoinRule {

    /** Once, after the day-0 seeding (which has already called {@link #joined} for every seed). */
    void start(CommunityModel m);

    /** Each day, before screening: propose today's applicants. */
    void step(CommunityModel m);

    /** After person {@code p} joined by any channel (seeds included). */
    default void joined(CommunityModel m, int p) {
    }
}
