package org.communitysim.model;

import java.util.Arrays;

/**
 * What one day's phases hand on to the next ones (docs/model.md §4): the day's post pool, whether it is an event day,
 * the bystander factor, the KOLs present, the crowd's answer capacity, and the day's row of {@link DailyMetric}s.
 * Cleared after measurement, so a phase that does not run (member activity off) leaves zeros, never yesterday's values.
 */
final class DayState {
    /** The day being run: days completed before it. */
    int day;
    /** Today's metric row, indexed by {@link DailyMetric#ordinal()}. */
    final double[] metrics = new double[DailyMetric.values().length];

    // the day's post pool (Posting writes it; Reading, Conversion and Measurement read it)
    int onTopic;
    int noise;
    int ads;
    int operator;
    int kol;
    int promo;
    /** Σ quality of the pool's valuable posts (on-topic, operator, KOL). */
    double quality;

    boolean event;
    /** A playbook action called an event today (Posting makes it an event day unless events are switched off). */
    boolean eventCalled;
    /** bystander(n) today: 1 without the bystander effect. */
    double bystander;
    int kolsPresent;
    /** Σ activity·expertise of active regular members: the crowd's capacity to answer newcomers. */
    double answerCapacity;

    /** Total posts in today's pool. */
    int pool() {
        return onTopic + noise + ads + operator + kol + promo;
    }

    void add(DailyMetric metric, double amount) {
        metrics[metric.ordinal()] += amount;
    }

    void set(DailyMetric metric, double value) {
        metrics[metric.ordinal()] = value;
    }

    /** Ends the day: everything back to zero for the next one. */
    void clear() {
        Arrays.fill(metrics, 0);
        onTopic = 0;
        noise = 0;
        ads = 0;
        operator = 0;
        kol = 0;
        promo = 0;
        quality = 0;
        event = false;
        eventCalled = false;
        bystander = 0;
        kolsPresent = 0;
        answerCapacity = 0;
    }
}
