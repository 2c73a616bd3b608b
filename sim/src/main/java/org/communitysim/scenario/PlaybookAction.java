package org.communitysim.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One action of a {@link Playbook}: when it fires ({@link Trigger}) and what it does ({@link Effect}).
 *
 * @param label    what charts and outputs call it ("" = a name made from the effect)
 * @param trigger  when it fires
 * @param duration days a {@link SetLevers} holds before the levers return to the values they had (0 = for good):
 *                 a campaign from its firing day d to day d + duration − 1
 * @param effect   what it does
 */
public record PlaybookAction(String label, Trigger trigger, int duration, Effect effect) {

    public PlaybookAction {
        if (label == null || trigger == null || effect == null) {
            throw new IllegalArgumentException("a playbook action needs a label (\"\" for none), a trigger and an effect");
        }
        if (duration < 0) {
            throw new IllegalArgumentException("a playbook action's duration must be >= 0, got " + duration);
        }
    }

    /** A campaign: levers set for a number of days, then returned. */
    public boolean isCampaign() {
        return duration > 0;
    }

    /** When an action fires. Checked at the start of each day, before anyone joins. */
    public sealed interface Trigger permits OnDay, Every, WhenMetric, WhenInactive {
    }

    /** Once, at the start of {@code day}. */
    public record OnDay(int day) implements Trigger {
    }

    /** At the start of days {@code from}, from + days, from + 2·days, ... up to {@code until} (-1: the horizon). */
    public record Every(int days, int from, int until) implements Trigger {
    }

    /**
     * When yesterday's value of a daily metric (divided by another when {@code per} is not null: active/members is
     * the active share) crosses {@code value}: it fires the first day the comparison holds after a day it did not
     * (or on the first day checked, day 1). Once, or at every crossing with {@code repeat}.
     *
     * @param metric     a daily metric's column name (the model checks it)
     * @param per        the divisor's column name, or null
     * @param comparison how the value is compared
     */
    public record WhenMetric(String metric, String per, Comparison comparison, double value, boolean repeat)
            implements Trigger {
        /** "members", or "active/members". */
        public String quantity() {
            return per == null ? metric : metric + "/" + per;
        }
    }

    /**
     * When the group has had no activity (no member posted: on-topic, chatter or KOL posts) on each of the last
     * {@code days} days: the single-group form of "a group dies". Once, or each time a new such run of days
     * completes with {@code repeat}.
     */
    public record WhenInactive(int days, boolean repeat) implements Trigger {
    }

    /** The comparisons a metric trigger may make, with the key a file writes it under. */
    public enum Comparison {
        AT_LEAST("atLeast", ">="), AT_MOST("atMost", "<="), ABOVE("above", ">"), BELOW("below", "<");

        public final String key;
        public final String symbol;

        Comparison(String key, String symbol) {
            this.key = key;
            this.symbol = symbol;
        }

        public boolean holds(double x, double threshold) {
            return switch (this) {
                case AT_LEAST -> x >= threshold;
                case AT_MOST -> x <= threshold;
                case ABOVE -> x > threshold;
                case BELOW -> x < threshold;
            };
        }
    }

    /** What an action does. */
    public sealed interface Effect permits SetLevers, EndCampaign, KolsLeave, PurgeLurkers, RunEvent, OpenGroup {
        /** The key a file writes it under ({@code set}, {@code kolsLeave}, ...). */
        String key();
    }

    /**
     * Sets scenario fields by their paths, from the day it fires (for good, or for the action's duration).
     *
     * @param levers path → value of the field's type (Integer, Double, Boolean, String, an enum constant), in
     *               file order
     */
    public record SetLevers(Map<String, Object> levers) implements Effect {
        public SetLevers {
            levers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levers));
        }

        @Override
        public String key() {
            return "set";
        }
    }

    /** Ends the running campaign of action {@code action} early, returning its levers. */
    public record EndCampaign(int action) implements Effect {
        @Override
        public String key() {
            return "endCampaign";
        }
    }

    /**
     * Every KOL leaves, never to return. With a hand-over ({@code activists} &gt; 0), the {@code activists} regular
     * members who post most on topic (activity × affinity, lurkers excluded) post {@code postingFactor} times as
     * much from then on, while they stay (去中心化: the operator names activists to carry the group).
     */
    public record KolsLeave(int activists, double postingFactor) implements Effect {
        public boolean handsOver() {
            return activists > 0;
        }

        @Override
        public String key() {
            return "kolsLeave";
        }
    }

    /** Removes every regular member who has not posted for {@code silentDays} days (清理潜水). */
    public record PurgeLurkers(int silentDays) implements Effect {
        @Override
        public String key() {
            return "purgeLurkers";
        }
    }

    /** Runs an event that day (an offline meetup, a live session), on top of the calendar's. */
    public record RunEvent() implements Effect {
        @Override
        public String key() {
            return "event";
        }
    }

    /**
     * Opens a group by fission that day (裂变, docs/model.md §4.12): a new group of the same operator with the newest
     * group's settings, seeded by its most active members as {@code world.fission} says (seedActivists, seedKols,
     * pointTurnedAway, maxGroups). Nothing happens once maxGroups groups exist.
     */
    public record OpenGroup() implements Effect {
        @Override
        public String key() {
            return "openGroup";
        }
    }

    /** The label, or the effect's key when none was given (outputs name the action by its index as well). */
    public String name() {
        return label.isEmpty() ? effect.key() : label;
    }
}
