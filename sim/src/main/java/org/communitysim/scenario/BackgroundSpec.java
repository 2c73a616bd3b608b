package org.communitysim.scenario;

/**
 * Background groups (docs/model.md §4.12): the other groups people are in — friend chats, event groups, other
 * brands' groups — that compete for the same attention. Not simulated member by member: each person holds a count
 * of them and the novelty of the recently joined ones. All zero by default: nobody is in any other group.
 *
 * @param perPerson mean number of background groups a person is in on day 0 (Poisson)
 * @param newPerDay rate at which a person joins a new background group (per person per day)
 * @param quitRate  daily probability that a person quits each of their background groups
 * @param weight    attention weight of an established background group, relative to a quiet established group of the
 *                  operator's
 */
public record BackgroundSpec(double perPerson, double newPerDay, double quitRate, double weight) {
    public BackgroundSpec {
        Declarations.check(BackgroundSpec.class, perPerson, newPerDay, quitRate, weight);
    }

    /** Whether anybody is ever in a background group. */
    public boolean on() {
        return perPerson > 0 || newPerDay > 0;
    }
}
