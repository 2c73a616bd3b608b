package org.communitysim.model;

/**
 * Mechanism: the operator's events (docs/model.md §4.4): every {@code content.eventEveryDays} days (never on day 0),
 * and on a day a playbook action calls one, members post more and value the day more. Off
 * ({@code ablations.events} false): no event day, called or not.
 */
@FunctionalInterface
interface EventCalendar {
    /** @param called whether a playbook action called an event today */
    boolean isEventDay(int day, boolean called);

    static EventCalendar of(boolean on, int everyDays) {
        if (!on) {
            return (day, called) -> false;
        }
        return everyDays > 0 ? (day, called) -> called || day > 0 && day % everyDays == 0 : (day, called) -> called;
    }
}
