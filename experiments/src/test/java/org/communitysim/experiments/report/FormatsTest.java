package org.communitysim.experiments.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.communitysim.model.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FormatsTest {
    private static final String MINUS = "\u2212";

    @Test
    void pValue_smallAndLarge_roundedToMeaningfulDigits() {
        assertEquals("<0.001", Formats.pValue(0.0004, Lang.EN));
        assertEquals("0.003", Formats.pValue(0.0031, Lang.EN));
        assertEquals("0.042", Formats.pValue(0.0421, Lang.EN));
        assertEquals("0.27", Formats.pValue(0.2712, Lang.EN));
        assertEquals("1", Formats.pValue(1.0, Lang.EN));
        assertEquals("—", Formats.pValue(Double.NaN, Lang.EN));
    }

    @Test
    void values_shares_percentWithOnePrecisionForTheGroup() {
        assertArrayEquals(new String[] {"94%", "24%"}, Formats.values(Outcome.FINAL_ACTIVE_SHARE, Lang.EN, 0.9412, 0.2381));
        assertArrayEquals(new String[] {"4.5%", "2.0%"}, Formats.values(Outcome.CONVERSION_RATE, Lang.EN, 0.045, 0.02));
    }

    @Test
    void values_smallBesideLarge_keepsTwoSignificantDigits() {
        assertArrayEquals(new String[] {"2.7%", "37%"}, Formats.values(Outcome.CONVERSION_RATE, Lang.EN, 0.0271, 0.3712));
        assertArrayEquals(new String[] {"2.5%/day", "0.13%/day"}, Formats.values(Outcome.CHURN_RATE, Lang.EN, 0.0251, 0.00131));
    }

    @Test
    void values_counts_integersAboveTen() {
        assertArrayEquals(new String[] {"412", "95"}, Formats.values(Outcome.JOINS_30, Lang.EN, 412.3, 94.6));
        assertArrayEquals(new String[] {"3.4", "—"}, Formats.values(Outcome.POSTS_ON_TOPIC_FINAL, Lang.EN, 3.41, Double.NaN));
    }

    @Test
    void difference_share_signedPercentagePointsAndBounds() {
        assertArrayEquals(new String[] {"+70 points", "66", "74"},
                Formats.difference(Outcome.FINAL_ACTIVE_SHARE, Lang.EN, 0.702, 0.661, 0.743));
        assertArrayEquals(new String[] {MINUS + "70 个百分点", MINUS + "74", MINUS + "66"},
                Formats.difference(Outcome.FINAL_ACTIVE_SHARE, Lang.ZH, -0.702, -0.743, -0.661));
    }

    @Test
    void difference_boundThatWouldRoundToZero_keepsItsSignWithMoreDigits() {
        // the terminal's "5.571 [-0.020, 11.2]" (no clear difference) once became "+6 [0, 11]" in report.html
        assertArrayEquals(new String[] {"+6", MINUS + "0.02", "11"},
                Formats.difference(Outcome.FINAL_ACTIVE, Lang.EN, 5.571, -0.020, 11.2));
        assertArrayEquals(new String[] {MINUS + "6", MINUS + "11", "0.004"},
                Formats.difference(Outcome.FINAL_ACTIVE, Lang.EN, -5.571, -11.2, 0.0042));
        // a share: −0.004 points beside 10 points
        assertArrayEquals(new String[] {"+5 points", MINUS + "0.004", "10"},
                Formats.difference(Outcome.FINAL_ACTIVE_SHARE, Lang.EN, 0.05, -0.00004, 0.1));
        assertArrayEquals(new String[] {"+5 points", "0", "10"},
                Formats.difference(Outcome.FINAL_ACTIVE_SHARE, Lang.EN, 0.05, 0, 0.1), "a bound of 0 is 0");
    }

    @Test
    void values_boundThatIsNotZero_neverReadsAsZero() {
        assertEquals("0.003", Formats.value(Outcome.FINAL_ACTIVE, Lang.EN, 0.003));
        assertEquals(MINUS + "0.0004", Formats.value(Outcome.PROFIT, Lang.EN, -0.0004));
        assertEquals("0.003%", Formats.value(Outcome.CONVERSION_RATE, Lang.EN, 0.00003));
        assertArrayEquals(new String[] {"41", "0.02", "88"},
                Formats.values(Outcome.FINAL_ACTIVE, Lang.EN, 41.2, 0.02, 87.9));
        assertEquals("0", Formats.value(Outcome.FINAL_ACTIVE, Lang.EN, 0));
    }

    @Test
    void number_roundsToZero_withoutMinusSign() {
        assertEquals("0", Formats.number(-0.2, 0, true));
        assertEquals("0.00", Formats.number(-0.001, 2, false));
    }

    @Test
    void effectSize_hugeRatio_cappedInsteadOfNoiseDigits() {
        assertEquals("+1.25", Formats.effectSize(1.2468, Lang.EN));
        assertEquals(">+100", Formats.effectSize(4.4e15, Lang.EN));
        assertEquals("<" + MINUS + "100", Formats.effectSize(-4.4e15, Lang.EN));
    }

    @Test
    void values_underAGermanDefaultLocale_stillUseADecimalPoint() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("4.5%", Formats.value(Outcome.CONVERSION_RATE, Lang.EN, 0.045));
            assertEquals("0.042", Formats.pValue(0.042, Lang.EN));
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void values_everyOutcomeInBothLanguages_aNumberWithItsUnitAndNaAsNotAvailable(Outcome outcome) {
        for (Lang lang : Lang.values()) {
            String[] v = Formats.values(outcome, lang, 0.5, Double.NaN);
            String unit = switch (outcome.unit()) {
                case SHARE -> "50%";
                case RATE_PER_DAY -> "50%";
                default -> "0.5";
            };
            assertTrue(v[0].startsWith(unit), outcome + " " + lang + ": 0.5 formats as " + v[0]);
            assertEquals(Formats.na(lang), v[1], outcome + " " + lang + ": NaN is 'not available'");
        }
    }
}
