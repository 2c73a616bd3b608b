package org.communitysim.experiments.report;

import java.util.Locale;
import org.communitysim.model.Outcome;
import org.communitysim.model.RunOutcome;
import org.communitysim.model.Unit;

/**
 * Numbers as a report shows them: {@link Locale#ROOT} always, so a report reads the same on every machine,
 * and a precision that follows the magnitude. Values shown side by side (two means; a difference and its
 * interval) are formatted as a group, with one precision, so that "66 to 74" never becomes "66 to 74.2".
 */
final class Formats {
    private Formats() {
    }

    static final String MINUS = "\u2212";


    static boolean isPercent(Unit unit) {
        return unit == Unit.SHARE || unit == Unit.RATE_PER_DAY;
    }

    /**
     * Values of one outcome with their unit ("94%", "0.31%/day", "412"): at least the group's precision, so two
     * values side by side are rounded alike, and at least two significant digits each; a value that is not 0 never
     * reads as 0 (an interval's bound of 0.003 is "0.003", not "0.00").
     */
    static String[] values(RunOutcome outcome, Lang lang, double... xs) {
        Unit unit = outcome.unit();
        double scale = isPercent(unit) ? 100 : 1;
        int decimals = decimals(unit, scale, xs);
        String[] out = new String[xs.length];
        for (int i = 0; i < xs.length; i++) {
            // the group's precision, or more for a small value beside a large one ("2.7% vs 37%", not "3% vs 37%")
            int own = visible(xs[i] * scale, Math.max(decimals, decimals(unit, scale, xs[i])));
            out[i] = Double.isNaN(xs[i]) ? na(lang) : number(xs[i] * scale, own, false) + suffix(unit, lang);
        }
        return out;
    }

    static String value(RunOutcome outcome, Lang lang, double x) {
        return values(outcome, lang, x)[0];
    }

    /**
     * A difference and its confidence interval, as {difference with sign and unit, low, high}: "+70 points",
     * "66", "74". Bounds carry no unit so that "66 to 74" reads as one range. A bound that is not 0 keeps its sign
     * with as many more decimals as it needs: "+6 [−0.02, 11]", never "+6 [0, 11]", which would hide on which side of
     * 0 the interval ends.
     */
    static String[] difference(RunOutcome outcome, Lang lang, double diff, double low, double high) {
        Unit unit = outcome.unit();
        double scale = isPercent(unit) ? 100 : 1;
        int decimals = decimals(unit, scale, diff, low, high);
        String unitText = switch (unit) {
            case SHARE -> Labels.text(Labels.Text.UNIT_POINTS, lang);
            case RATE_PER_DAY -> Labels.text(Labels.Text.UNIT_POINTS, lang) + Labels.text(Labels.Text.UNIT_PER_DAY, lang);
            case DAYS -> Labels.text(Labels.Text.UNIT_DAYS, lang);
            case COUNT, INDEX, MONEY -> "";
        };
        return new String[] {
            Double.isNaN(diff) ? na(lang) : number(diff * scale, decimals, true) + unitText,
            Double.isNaN(low) ? na(lang) : number(low * scale, visible(low * scale, decimals), false),
            Double.isNaN(high) ? na(lang) : number(high * scale, visible(high * scale, decimals), false)
        };
    }

    /** A p-value: "<0.001", "0.003", "0.042", "0.27". */
    static String pValue(double p, Lang lang) {
        if (Double.isNaN(p)) {
            return na(lang);
        }
        if (p < 0.001) {
            return "<0.001";
        }
        if (p >= 0.995) {
            return "1";
        }
        return String.format(Locale.ROOT, p < 0.1 ? "%.3f" : "%.2f", p);
    }

    /** A share in [0, 1] as a percentage with no decimals ("87%"), one decimal near 0 and 100. */
    static String percent(double share, Lang lang) {
        if (Double.isNaN(share)) {
            return na(lang);
        }
        double pct = share * 100;
        boolean edge = pct != 0 && pct != 100 && (pct < 1 || pct > 99);
        return number(pct, edge ? 1 : 0, false) + "%";
    }

    /** An effect size: two decimals, signed. */
    static String effectSize(double d, Lang lang) {
        if (Double.isNaN(d)) {
            return na(lang);
        }
        if (Double.isInfinite(d)) {
            return (d > 0 ? "+" : MINUS) + "\u221E";
        }
        if (Math.abs(d) >= 100) { // differences that barely vary: the ratio's digits are noise
            return d > 0 ? ">+100" : "<" + MINUS + "100";
        }
        return number(d, 2, true);
    }

    /** A plain count of replicates or days. */
    static String integer(long n) {
        return n < 0 ? MINUS + (-n) : Long.toString(n);
    }

    /** A number with a fixed number of decimals, Locale.ROOT, a real minus sign and no "−0". */
    static String number(double x, int decimals, boolean signed) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return (x > 0 ? (signed ? "+" : "") : MINUS) + "\u221E";
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", Math.abs(x));
        boolean zero = s.chars().allMatch(c -> c == '0' || c == '.');
        if (zero) {
            return s;
        }
        return (x < 0 ? MINUS : signed ? "+" : "") + s;
    }

    /**
     * At least {@code decimals}, and as many more as {@code x} needs to show its first significant digit, so that a
     * value that is not 0 never reads as 0 (and so keeps its sign): 2 for −0.02 at 0 decimals. At most 15.
     */
    static int visible(double x, int decimals) {
        if (x == 0 || !Double.isFinite(x)) {
            return decimals;
        }
        int d = decimals;
        while (d < 15 && String.format(Locale.ROOT, "%." + d + "f", Math.abs(x)).chars()
                .allMatch(c -> c == '0' || c == '.')) {
            d++;
        }
        return d;
    }

    static String na(Lang lang) {
        return Labels.text(Labels.Text.NOT_AVAILABLE, lang);
    }

    private static String suffix(Unit unit, Lang lang) {
        return switch (unit) {
            case SHARE -> "%";
            case RATE_PER_DAY -> "%" + Labels.text(Labels.Text.UNIT_PER_DAY, lang);
            case COUNT, DAYS, INDEX, MONEY -> "";
        };
    }

    /** Decimals for a group of values: fewer for large magnitudes, so the digits shown carry meaning. */
    static int decimals(Unit unit, double scale, double... xs) {
        double max = 0;
        for (double x : xs) {
            if (Double.isFinite(x)) {
                max = Math.max(max, Math.abs(x * scale));
            }
        }
        if (max == 0) {
            return 0;
        }
        int extra = unit == Unit.INDEX ? 1 : 0;
        if (max >= 100 && unit == Unit.INDEX) {
            return 0;
        }
        if (max >= 10) {
            return extra;
        }
        if (max >= 1) {
            return 1 + extra;
        }
        return 2 + extra;
    }
}
