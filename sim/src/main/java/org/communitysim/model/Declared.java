package org.communitysim.model;

/**
 * A declared metric ({@link Outcome}, {@link DailyMetric}): what outputs, reports and decisions read about it.
 * Each declaration holds one {@link Declaration} record, so the metadata is written once for both kinds.
 */
public interface Declared {

    /**
     * The metadata of one metric.
     *
     * @param column  its column name in output
     * @param lowest  the smallest value the metric can take (−∞ when it can be any negative number)
     * @param highest the largest value it can take (+∞ when unbounded): a mean's interval is cut at [lowest, highest]
     */
    record Declaration(String column, Unit unit, Direction direction, String description, double lowest,
            double highest) {
        public Declaration {
            if (!(lowest <= 0 && highest >= 0 && lowest < highest)) { // every metric can be 0: a run without it
                throw new IllegalArgumentException(column + ": possible range [" + lowest + ", " + highest
                        + "] must contain 0");
            }
        }

        /** A metric whose possible range is its unit's ({@link Unit#lowest()}, {@link Unit#highest()}). */
        public Declaration(String column, Unit unit, Direction direction, String description) {
            this(column, unit, direction, description, unit.lowest(), unit.highest());
        }
    }

    Declaration declaration();

    /** The key of the metric's label in the report's resource bundles: {@code <kind>.<column>}. */
    String labelKey();

    /** The column name in output. */
    default String column() {
        return declaration().column();
    }

    default Unit unit() {
        return declaration().unit();
    }

    /** Whether more is better for the operator (how comparisons and decisions read it). */
    default Direction direction() {
        return declaration().direction();
    }

    /** The smallest value the metric can take, from its declaration (−∞ if unbounded below). */
    default double lowest() {
        return declaration().lowest();
    }

    /** The largest value the metric can take (+∞ if unbounded above). */
    default double highest() {
        return declaration().highest();
    }

    default String description() {
        return declaration().description();
    }
}
