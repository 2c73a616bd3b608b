package org.communitysim.model;

/**
 * The run's money (docs/model.md §4.10): every amount the phases book, by line, with the day's revenue and cost in
 * the day's metric row. Cumulative revenue and cost are summed in booking order, so a run's cash series and its
 * totals are the same numbers; amounts are in {@code economics.currency}.
 */
final class Ledger {
    /** A revenue or cost line of the cost table. */
    enum Line {
        FEES(true), SALES(true), REFERRAL(false), KOL(false), OPERATOR(false), ADS(false), INCENTIVES(false);

        final boolean revenue;

        Line(boolean revenue) {
            this.revenue = revenue;
        }
    }

    private final double[] totals = new double[Line.values().length];
    private double revenue;
    private double cost;

    /** Books {@code amount} on {@code line} today. */
    void book(Line line, double amount, DayState today) {
        if (amount == 0) {
            return;
        }
        totals[line.ordinal()] += amount;
        if (line.revenue) {
            revenue += amount;
            today.add(DailyMetric.REVENUE, amount);
        } else {
            cost += amount;
            today.add(DailyMetric.COST, amount);
        }
    }

    double total(Line line) {
        return totals[line.ordinal()];
    }

    /** Revenue booked so far. */
    double revenue() {
        return revenue;
    }

    /** Cost booked so far. */
    double cost() {
        return cost;
    }
}
