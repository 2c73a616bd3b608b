package org.communitysim.scenario;

import org.communitysim.scenario.PlaybookAction.Comparison;

/**
 * One custom outcome (docs/scenarios.md "Custom outcomes"): a number per run computed from the run's daily series after
 * the run, declared in {@code metrics.outcomes} of a scenario file. It never changes the run itself; it only adds a
 * column to the outputs, so a scenario without custom outcomes produces exactly what it did before they existed.
 *
 * <pre>
 * {"name": "active_day_90", "metric": "active", "at": 90, "direction": "higher"}
 * {"name": "joins_30_60", "metric": "joins", "mean": [30, 60], "direction": "higher"}
 * {"name": "first_day_active_below_50", "metric": "active", "firstDay": {"below": 50, "from": 30}, "direction": "higher"}
 * </pre>
 *
 * @param name          the column name in every output: lower case letters, digits and {@code _}, starting with a letter
 * @param metric        a daily metric's column ({@code DailyMetric}), the numerator of a ratio when {@code per} is set
 * @param per           the denominator's daily metric, or "" (a ratio is taken day by day, 0 when the denominator is 0)
 * @param statistic     what is taken of the daily values
 * @param from          {@code AT}: the day; a window's first day; {@code FIRST_DAY}: the first day looked at
 * @param to            a window's last day (inclusive); unused otherwise (0)
 * @param comparison    {@code FIRST_DAY}: the condition, else null
 * @param threshold     {@code FIRST_DAY}: the value compared with, else 0
 * @param direction     "higher", "lower" or "none": whether more is better (how comparisons rank it)
 * @param unit          "" (follows from the form) or one of {@link #UNITS}
 * @param description   what it measures, in English ("" if the file gives none: reports then show the formula)
 * @param descriptionZh the description in Simplified Chinese ("" if none)
 */
public record OutcomeDefinition(String name, String metric, String per, Statistic statistic, int from, int to,
        Comparison comparison, double threshold, String direction, String unit, String description,
        String descriptionZh) {

    /** The units a file may give. */
    public static final java.util.List<String> UNITS = java.util.List.of("count", "days", "share", "rate_per_day",
            "index", "money");
    /** The directions a file may give. */
    public static final java.util.List<String> DIRECTIONS = java.util.List.of("higher", "lower", "none");

    /** What a custom outcome takes of the daily series: its key in the file. */
    public enum Statistic {
        /** The value on one day ({@code "at": 90}). */
        AT("at"),
        /** The value on the last day ({@code "at": "last"}). */
        LAST("at"),
        /** The mean over a window of days, both ends included ({@code "mean": [30, 60]}). */
        MEAN("mean"),
        SUM("sum"),
        MIN("min"),
        MAX("max"),
        /**
         * The first day (from {@code from} on) on which the condition holds; the horizon (the first day not simulated)
         * when it never does: the value is censored there, so means and paired differences stay defined.
         */
        FIRST_DAY("firstDay");

        public final String key;

        Statistic(String key) {
            this.key = key;
        }

        public boolean isWindow() {
            return this == MEAN || this == SUM || this == MIN || this == MAX;
        }
    }

    public OutcomeDefinition {
        java.util.Objects.requireNonNull(name, "name");
        java.util.Objects.requireNonNull(metric, "metric");
        java.util.Objects.requireNonNull(statistic, "statistic");
        per = per == null ? "" : per;
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
        descriptionZh = descriptionZh == null ? "" : descriptionZh;
        if (!DIRECTIONS.contains(direction)) {
            throw new IllegalArgumentException("direction must be one of " + DIRECTIONS + ", got " + direction);
        }
        if (!unit.isEmpty() && !UNITS.contains(unit)) {
            throw new IllegalArgumentException("unit must be one of " + UNITS + ", got " + unit);
        }
    }

    /** The quantity as a file writes it: {@code active} or {@code active/members}. */
    public String quantity() {
        return per.isEmpty() ? metric : metric + "/" + per;
    }

    /** The formula in a language-neutral form, e.g. {@code mean(joins, days 30-60)}, for messages and logs. */
    public String formula() {
        return switch (statistic) {
            case AT -> quantity() + " on day " + from;
            case LAST -> quantity() + " on the last day";
            case MEAN, SUM, MIN, MAX -> statistic.key + " of " + quantity() + " over days " + from + "-" + to;
            case FIRST_DAY -> "first day from day " + from + " with " + quantity() + " " + comparison.symbol + " "
                    + threshold;
        };
    }
}
