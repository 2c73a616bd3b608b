package org.communitysim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitysim.scenario.OutcomeDefinition;
import org.communitysim.scenario.Scenario;

/**
 * A scenario's custom outcome (docs/scenarios.md "Custom outcomes"): its {@link OutcomeDefinition}, computed from a
 * finished run's daily series, placed in the outcome vector after the built-in {@link Outcome}s. It is computed after
 * the run and reads nothing but the series, so defining one changes no draw and no other value of the run.
 *
 * @param definition what the file declared
 * @param index      its position in the outcome vector ({@code Outcome.values().length} for the first)
 */
public record CustomOutcome(OutcomeDefinition definition, int index) implements RunOutcome {
    private static final int BUILT_IN = Outcome.values().length;

    @Override
    public Declaration declaration() {
        double[] range = range();
        return new Declaration(definition.name(), unit(), direction(), definition.description().isEmpty()
                ? definition.formula() : definition.description(), range[0], range[1]);
    }

    /**
     * The values this outcome can take: what its form allows (a first day is at least 0; a ratio of two metrics that
     * cannot be negative cannot be either; a sum over w days lies in w times the metric's range; a value, mean, minimum
     * or maximum in the metric's range), within what the unit the file gives says (docs/scenarios.md: shares in
     * [0, 1], counts and days at least 0). A unit that follows from the form adds nothing: a sum of the 0/1 event flag
     * (a share) lies in [0, days].
     */
    private double[] range() {
        DailyMetric m = metric(definition.metric());
        double low = m.lowest();
        double high = m.highest();
        if (!definition.per().isEmpty()) {
            DailyMetric per = metric(definition.per());
            boolean nonNegative = low >= 0 && per.lowest() >= 0;
            low = nonNegative ? 0 : Double.NEGATIVE_INFINITY;
            high = Double.POSITIVE_INFINITY;
        }
        switch (definition.statistic()) {
            case FIRST_DAY -> {
                low = 0;
                high = Double.POSITIVE_INFINITY;
            }
            case SUM -> {
                int days = definition.to() - definition.from() + 1;
                low = low * days;
                high = high * days;
            }
            default -> {
            }
        }
        if (definition.unit().isEmpty()) {
            return new double[] {low, high};
        }
        Unit unit = unit();
        return new double[] {Math.max(low, unit.lowest()), Math.min(high, unit.highest())};
    }

    /** {@code outcome.<column>}: no bundle holds it; reports name a custom outcome by its column. */
    @Override
    public String labelKey() {
        return "outcome." + definition.name();
    }

    @Override
    public String column() {
        return definition.name();
    }

    /** The unit the file gave; else days for a first day, an index for a ratio, the metric's unit otherwise. */
    @Override
    public Unit unit() {
        if (!definition.unit().isEmpty()) {
            return Unit.valueOf(definition.unit().toUpperCase(java.util.Locale.ROOT));
        }
        if (definition.statistic() == OutcomeDefinition.Statistic.FIRST_DAY) {
            return Unit.DAYS;
        }
        return definition.per().isEmpty() ? metric(definition.metric()).unit() : Unit.INDEX;
    }

    @Override
    public Direction direction() {
        return switch (definition.direction()) {
            case "higher" -> Direction.HIGHER_IS_BETTER;
            case "lower" -> Direction.LOWER_IS_BETTER;
            default -> Direction.NEUTRAL;
        };
    }

    /**
     * This outcome of a run's daily series. A day outside the recorded days (a horizon shortened after the definition
     * was checked) gives NaN; a first day never reached gives the number of days recorded (censored at the horizon).
     */
    public double of(DailySeries daily) {
        int days = daily.days();
        double[] x = daily.series(metric(definition.metric()));
        if (!definition.per().isEmpty()) {
            double[] den = daily.series(metric(definition.per()));
            for (int d = 0; d < days; d++) {
                x[d] = FinishedRun.ratioOrZero(x[d], den[d]);
            }
        }
        int from = definition.from();
        return switch (definition.statistic()) {
            case AT -> from < days ? x[from] : Double.NaN;
            case LAST -> days > 0 ? x[days - 1] : Double.NaN;
            case MEAN, SUM, MIN, MAX -> window(x, from, definition.to(), days);
            case FIRST_DAY -> {
                for (int d = from; d < days; d++) {
                    if (definition.comparison().holds(x[d], definition.threshold())) {
                        yield d;
                    }
                }
                yield days;
            }
        };
    }

    private double window(double[] x, int from, int to, int days) {
        if (to >= days) {
            return Double.NaN;
        }
        double[] w = Arrays.copyOfRange(x, from, to + 1);
        return switch (definition.statistic()) {
            case MEAN -> Series.sum(w) / w.length;
            case SUM -> Series.sum(w);
            case MIN -> Arrays.stream(w).min().orElse(Double.NaN);
            default -> Series.max(w);
        };
    }

    private static DailyMetric metric(String column) {
        for (DailyMetric m : DailyMetric.values()) {
            if (m.column().equals(column)) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a daily metric: " + column);
    }

    /** The custom outcomes of one scenario, indexed after the built-in outcomes. */
    public static List<CustomOutcome> of(Scenario scenario) {
        return common(List.of(scenario));
    }

    /**
     * The custom outcomes that every one of {@code scenarios} defines identically (same name, same definition), in
     * the first scenario's order: what a comparison of them can compare. Empty for scenarios without any.
     */
    public static List<CustomOutcome> common(List<Scenario> scenarios) {
        List<CustomOutcome> out = new ArrayList<>();
        if (scenarios.isEmpty()) {
            return out;
        }
        for (OutcomeDefinition d : scenarios.get(0).metrics().outcomes().list()) {
            if (scenarios.stream().allMatch(s -> s.metrics().outcomes().list().contains(d))) {
                out.add(new CustomOutcome(d, BUILT_IN + out.size()));
            }
        }
        return out;
    }

    /**
     * The custom outcomes left out of a comparison because not every scenario defines them identically: name → the
     * scenarios that define it (in any form), in scenario order. Empty when all agree.
     */
    public static Map<String, List<String>> leftOut(List<Scenario> scenarios) {
        List<OutcomeDefinition> kept = common(scenarios).stream().map(CustomOutcome::definition).toList();
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Scenario s : scenarios) {
            for (OutcomeDefinition d : s.metrics().outcomes().list()) {
                if (!kept.contains(d)) {
                    out.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(s.name());
                }
            }
        }
        return out;
    }

    /**
     * A run's outcome vector: its built-in outcomes ({@link RunSummary#values()}), then {@code custom} computed from
     * its daily series. Without custom outcomes it is exactly the summary's values.
     */
    public static double[] values(RunResult run, List<CustomOutcome> custom) {
        double[] builtIn = run.summary().values();
        if (custom.isEmpty()) {
            return builtIn;
        }
        double[] v = Arrays.copyOf(builtIn, builtIn.length + custom.size());
        for (CustomOutcome c : custom) {
            v[c.index()] = c.of(run.daily());
        }
        return v;
    }
}
