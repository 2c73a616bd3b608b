package org.communitysim.experiments.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.DailySeries;

/**
 * A column of an observed group's daily numbers and the model's daily series it is compared with: every declared
 * {@link DailyMetric} by its column name (members, joins, leaves, active, …), and {@code posts}, the day's
 * visible posts of every kind (on-topic, chatter, surviving ads, operator posts, KOL posts, promotions), the one
 * count of messages a group's dashboard shows that the model splits by kind.
 *
 * @param column the CSV column name
 * @param parts  the daily metrics summed to give it (one for a declared metric)
 */
public record ObservedKpi(String column, List<DailyMetric> parts) {
    /** The name of the all-posts column. */
    public static final String POSTS = "posts";

    public ObservedKpi {
        parts = List.copyOf(parts);
    }

    /** Every column an observed CSV may hold, in the order of the declarations ({@code posts} last). */
    public static Map<String, ObservedKpi> all() {
        Map<String, ObservedKpi> m = new LinkedHashMap<>();
        for (DailyMetric d : DailyMetric.values()) {
            m.put(d.column(), new ObservedKpi(d.column(), List.of(d)));
        }
        m.put(POSTS, new ObservedKpi(POSTS, List.of(DailyMetric.POSTS_ON_TOPIC, DailyMetric.POSTS_NOISE,
                DailyMetric.POSTS_ADS, DailyMetric.POSTS_OPERATOR, DailyMetric.POSTS_KOL, DailyMetric.POSTS_PROMO)));
        return m;
    }

    public static Optional<ObservedKpi> of(String column) {
        return Optional.ofNullable(all().get(column));
    }

    /** The column's daily values in a run, for its first {@code days} days. */
    public double[] series(DailySeries daily, int days) {
        double[] out = new double[days];
        for (DailyMetric m : parts) {
            double[] v = daily.series(m);
            for (int d = 0; d < days; d++) {
                out[d] += v[d];
            }
        }
        return out;
    }

    /** The declared metric when the column is one, else empty ({@code posts}). */
    public Optional<DailyMetric> metric() {
        return parts.size() == 1 && parts.get(0).column().equals(column) ? Optional.of(parts.get(0)) : Optional.empty();
    }

    static List<String> names() {
        return new ArrayList<>(all().keySet());
    }
}
