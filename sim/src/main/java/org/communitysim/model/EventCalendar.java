package org.communitysim.model;

/**
 * Mechanism: the operator's events (docs/model.md §4.4): every {@code content.eventEveryDays} days (never on day 0)
 * members post more and value the day more. Off ({@code ablations.events} false, or no cadence): no event day.
 */
@FunctionalInterface
interface EventCalendar {
    boolean isEventDay(int day);

    static EventCalendar of(boolean on, int everyDays) {
        return on && everyDays > 0 ? day -> day > 0 && day % everyDays == 0 : day -> false;
    }
}
