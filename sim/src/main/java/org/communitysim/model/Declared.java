package org.communitysim.model;

/**
 * A declared metric ({@link Outcome}, {@link DailyMetric}): what outputs, reports and decisions read about it.
 * Each declaration holds one {@link Declaration} record, so the metadata is written once for both kinds.
 */
public interface Declared {

    /** The metadata of one metric. @param column its column name in output */
    record Declaration(String column, Unit unit, Direction direction, String description) {
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

    default String description() {
        return declaration().description();
    }
}
