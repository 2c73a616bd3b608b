package org.communitysim.experiments.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.communitysim.experiments.sweep.DesignType;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.Outcome;
import org.junit.jupiter.api.Test;

/** The bundles messages_en and messages_zh against each other and against every key the code asks for. */
class MessagesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void keys_bothLanguages_same() {
        assertEquals(Messages.keys(Lang.EN), Messages.keys(Lang.ZH), "messages_en and messages_zh differ in keys");
    }

    @Test
    void placeholders_everyKey_sameInBothLanguages() {
        List<String> wrong = new ArrayList<>();
        for (String key : Messages.keys(Lang.EN)) {
            Set<String> en = placeholders(Messages.text(key, Lang.EN));
            Set<String> zh = placeholders(Messages.text(key, Lang.ZH));
            if (!en.equals(zh)) {
                wrong.add(key + ": en " + en + ", zh " + zh);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void text_everyKeyTheCodeAsksFor_inBothBundles() {
        for (Lang lang : Lang.values()) {
            Set<String> missing = new TreeSet<>(codeKeys());
            missing.removeAll(Messages.keys(lang));
            assertTrue(missing.isEmpty(), Messages.fileName(lang) + " lacks " + missing);
        }
    }

    @Test
    void keys_everyBundleKey_usedByTheCode() {
        Set<String> unused = new TreeSet<>(Messages.keys(Lang.EN));
        unused.removeAll(codeKeys());
        unused.removeIf(k -> k.startsWith(SweepLabels.PARAMETER)); // looked up by the JSON path a sweep varies
        // the live page looks these up by the declarations: a lever's unit, a section's name, a switch's name, what a
        // lever's "none" value means
        unused.removeIf(k -> k.startsWith("unit.") || k.startsWith("section.") || k.startsWith("ablation.")
                || k.startsWith("sentinel."));
        assertTrue(unused.isEmpty(), "keys no code asks for: " + unused);
    }

    @Test
    void texts_everyKey_nonBlankExceptSeparators() {
        for (Lang lang : Lang.values()) {
            for (String key : Messages.keys(lang)) {
                if (!key.endsWith("_separator")) {
                    assertFalse(Messages.text(key, lang).isBlank(), key + " " + lang);
                }
            }
        }
    }

    @Test
    void description_english_isTheModelsOwnDefinition() {
        for (Outcome o : Outcome.values()) {
            assertEquals(o.description(), Labels.description(o, Lang.EN), o.column());
        }
        for (DailyMetric m : DailyMetric.values()) {
            assertEquals(m.description(), Labels.description(m, Lang.EN), m.column());
        }
    }

    @Test
    void text_spacesAtTheEdges_kept() {
        assertEquals(" points", Labels.text(Labels.Text.UNIT_POINTS, Lang.EN));
        assertEquals(" and ", Labels.text(Labels.Text.LIST_LAST_SEPARATOR, Lang.EN));
        assertEquals(", ", Labels.text(Labels.Text.LIST_SEPARATOR, Lang.EN));
        assertEquals("", Labels.text(Labels.Text.SENTENCE_SEPARATOR, Lang.ZH));
    }

    @Test
    void text_unknownKey_throws() {
        assertThrows(IllegalStateException.class, () -> Messages.text("report.no_such_text", Lang.EN));
    }

    @Test
    void fill_placeholders_replacedVerbatimAndApostrophesKept() {
        assertEquals("Sobol' 2 of {x}", Messages.fill("Sobol' {0} of {x}", 2));
        assertThrows(IllegalArgumentException.class, () -> Messages.fill("{1}", "only one"));
    }

    /** Every key named in code: the three enums of texts, every outcome and daily metric, every design. */
    private static Set<String> codeKeys() {
        Set<String> keys = new TreeSet<>();
        Stream.of(Labels.Text.values(), SweepLabels.T.values(), LessonLabels.L.values(), CalibrationLabels.C.values(),
                LiveLabels.L.values(), OptimisationLabels.O.values(), CliLabels.E.values())
                .flatMap(Stream::of).forEach(k -> keys.add(k.key()));
        for (Outcome o : Outcome.values()) {
            keys.add(Labels.key(o));
            keys.add(Labels.key(o) + Labels.DESCRIPTION);
        }
        for (DailyMetric m : DailyMetric.values()) {
            keys.add(Labels.key(m));
            keys.add(Labels.key(m) + Labels.DESCRIPTION);
        }
        for (DesignType d : DesignType.values()) {
            keys.add(SweepLabels.designKey(d));
        }
        return keys;
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
