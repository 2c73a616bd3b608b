package org.communitysim.experiments.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.communitysim.experiments.report.Labels.Text;
import org.communitysim.model.Direction;
import org.communitysim.experiments.stats.Verdict;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class LabelsTest {
    private static final Pattern CJK = Pattern.compile("[\\u4E00-\\u9FFF]");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    /** Latin tokens Chinese operators write as they are: KOL, viral coefficient K, satisfaction S. */
    private static final Pattern ALLOWED_IN_ZH_NAMES = Pattern.compile("\\b(KOL|K|S)\\b");
    /** In the other texts also the statistics' own names and symbols. */
    private static final Pattern ALLOWED_IN_ZH_TEXTS = Pattern.compile(
            "\\b(KOL|K|S|A|B|P|m|p|t|d_z|Holm|Wilcoxon|Bonferroni|JSON|NaN|comparison\\.csv|actions\\.csv|Kaplan|Meier|survival\\.csv|groups\\.csv)\\b");

    /** A daily metric or an outcome: what a chart or a table names and defines. */
    record Named(String what, Function<Lang, String> name, Function<Lang, String> description) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Named> everyDailyMetricAndOutcome() {
        return Stream.concat(
                Stream.of(DailyMetric.values()).map(m -> new Named("daily." + m.column(), l -> Labels.name(m, l),
                        l -> Labels.description(m, l))),
                Stream.of(Outcome.values()).map(o -> new Named("outcome." + o.column(), l -> Labels.name(o, l),
                        l -> Labels.description(o, l))));
    }

    @ParameterizedTest
    @MethodSource("everyDailyMetricAndOutcome")
    void nameAndDescription_everyMetricAndOutcome_nonEmptyInBothLanguages(Named named) {
        for (Lang lang : Lang.values()) {
            assertFalse(named.name().apply(lang).isBlank(), named + " " + lang);
            assertFalse(named.description().apply(lang).isBlank(), named + " " + lang);
        }
        assertNotEquals(named.name().apply(Lang.EN), named.name().apply(Lang.ZH), named + " untranslated");
    }

    @ParameterizedTest
    @MethodSource("everyDailyMetricAndOutcome")
    void name_metricOrOutcomeInChinese_hasNoEnglishWords(Named named) {
        assertChineseOnly(named.name().apply(Lang.ZH), ALLOWED_IN_ZH_NAMES, named.what());
        assertChineseOnly(named.description().apply(Lang.ZH), ALLOWED_IN_ZH_NAMES, named.what());
    }

    @ParameterizedTest
    @EnumSource(Text.class)
    void text_everyKey_presentInBothLanguagesAndChineseHasNoEnglishWords(Text key) {
        String en = Labels.text(key, Lang.EN);
        String zh = Labels.text(key, Lang.ZH);
        assertTrue(en != null && zh != null, key.name());
        String zhLetters = ALLOWED_IN_ZH_TEXTS.matcher(zh).replaceAll("");
        assertFalse(LATIN.matcher(zhLetters).find(), key + " has English in Chinese: " + zh);
    }

    @Test
    void name_operatorKpis_useTheOperatorsWords() {
        assertEquals("成员数", Labels.name(DailyMetric.MEMBERS, Lang.ZH));
        assertEquals("活跃成员", Labels.name(DailyMetric.ACTIVE, Lang.ZH));
        assertEquals("30 天留存率", Labels.name(Outcome.RETENTION_30, Lang.ZH));
        assertEquals("流失率", Labels.name(Outcome.CHURN_RATE, Lang.ZH));
        assertEquals("转化率", Labels.name(Outcome.CONVERSION_RATE, Lang.ZH));
        assertEquals("复购率", Labels.name(Outcome.REPURCHASE_RATE, Lang.ZH));
        assertEquals("裂变系数 K", Labels.name(Outcome.VIRAL_K, Lang.ZH));
        assertTrue(Labels.name(Outcome.JOINS_30, Lang.ZH).contains("新增量"));
        assertTrue(Labels.name(DailyMetric.POSTS_KOL, Lang.ZH).contains("意见领袖 (KOL)"));
        assertTrue(Labels.name(Outcome.GINI_POSTS, Lang.ZH).contains("参与不均"));
    }

    @Test
    void verdictAndDirection_everyValue_namedInBothLanguages() {
        for (Lang lang : Lang.values()) {
            for (Verdict v : Verdict.values()) {
                assertFalse(Labels.verdict(v, "a", "b", lang).isBlank());
            }
            for (Direction d : Direction.values()) {
                assertFalse(Labels.direction(d, lang).isBlank());
            }
        }
        assertEquals("small better", Labels.verdict(Verdict.B_BETTER, "big", "small", Lang.EN));
        assertEquals("small 更好", Labels.verdict(Verdict.B_BETTER, "big", "small", Lang.ZH));
    }

    @Test
    void format_placeholders_replacedVerbatimInAnyOrder() {
        assertEquals("A = x{1}, B = $y", Labels.format(Text.PAIR_CAPTION, Lang.EN, "x{1}", "$y"));
        assertEquals("A = x，B = y", Labels.format(Text.PAIR_CAPTION, Lang.ZH, "x", "y"));
    }

    @Test
    void format_missingArgument_throws() {
        assertThrows(IllegalArgumentException.class, () -> Labels.format(Text.PAIR_CAPTION, Lang.EN, "only one"));
    }

    @Test
    void inSentence_englishName_lowercasedUnlessAcronym() {
        assertEquals("churn rate", Labels.inSentence("Churn rate", Lang.EN));
        assertEquals("KOL posts", Labels.inSentence("KOL posts", Lang.EN));
        assertEquals("流失率", Labels.inSentence("流失率", Lang.ZH));
    }

    private static void assertChineseOnly(String text, Pattern allowed, String what) {
        assertTrue(CJK.matcher(text).find(), what + " has no Chinese: " + text);
        assertFalse(LATIN.matcher(allowed.matcher(text).replaceAll("")).find(), what + " has English: " + text);
    }
}
