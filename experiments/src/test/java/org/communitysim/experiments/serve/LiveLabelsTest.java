package org.communitysim.experiments.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.communitysim.experiments.report.Lang;
import org.communitysim.experiments.report.LiveLabels;
import org.junit.jupiter.api.Test;

/**
 * Every lever, section and switch the live page shows has a name, and every declared unit a word, in both languages:
 * a lever declared in reference.yaml later (a fee, a playbook action) fails here until its
 * {@code parameter.<path>} (a section: {@code section.<name>}) line is in messages_en and messages_zh.
 */
class LiveLabelsTest {
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]{2,}");
    /** Latin tokens Chinese operators write as they are. */
    private static final Pattern ALLOWED_IN_ZH = Pattern.compile("\\b(KOL)\\b");

    @Test
    void parameter_everyLeverSectionAndSwitch_namedInBothLanguages() {
        List<String> missing = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Levers.strategy().forEach(l -> keys.add("parameter." + l.path()));
        Levers.sections().forEach(s -> keys.add(LiveLabels.sectionKey(s)));
        Levers.ablations().forEach(l -> keys.add(LiveLabels.switchKey(l.path())));
        for (String key : keys) {
            for (Lang lang : Lang.values()) {
                if (!LiveLabels.has(key, lang)) {
                    missing.add(key + " (" + lang + ")");
                }
            }
        }
        assertTrue(missing.isEmpty(), "add to messages_en/zh.properties: " + missing);
    }

    @Test
    void unit_everyDeclaredUnitOfALever_translated() {
        List<String> missing = new ArrayList<>();
        for (Levers.Lever l : Levers.strategy()) {
            if (!l.unit().isEmpty() && !LiveLabels.has(LiveLabels.unitKey(l.unit()), Lang.ZH)) {
                missing.add(LiveLabels.unitKey(l.unit()) + " (" + l.path() + ")");
            }
        }
        assertTrue(missing.isEmpty(), "add to messages_en/zh.properties: " + missing);
    }

    @Test
    void parameter_chineseNames_haveNoEnglishWords() {
        for (Levers.Lever l : Levers.ablations()) {
            String zh = LiveLabels.page(Lang.ZH, List.of(), List.of(), List.of(l.path()), List.of())
                    .get(LiveLabels.switchKey(l.path()));
            assertFalse(LATIN.matcher(ALLOWED_IN_ZH.matcher(zh).replaceAll("")).find(), l.path() + ": " + zh);
        }
        for (Levers.Lever l : Levers.strategy()) {
            String zh = LiveLabels.parameter(l.path(), Lang.ZH);
            assertFalse(LATIN.matcher(ALLOWED_IN_ZH.matcher(zh).replaceAll("")).find(), l.path() + ": " + zh);
        }
    }
}
