package org.communitysim.experiments.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /**
     * A unit is a word a user reads, not the declarations' shorthand: reference.yaml's "u" (satisfaction units, the
     * welcome bonus's) showed as "u" on the page.
     */
    @Test
    void unit_everyLeverUnit_aWordInBothLanguages() {
        for (Levers.Lever l : Levers.strategy()) {
            if (l.unit().isEmpty()) {
                continue;
            }
            String en = LiveLabels.unit(l.unit(), Lang.EN);
            String zh = LiveLabels.unit(l.unit(), Lang.ZH);
            assertTrue(en.replaceAll("[^A-Za-z]", "").length() >= 2 || en.equals("%"), l.path() + ": \"" + en + "\"");
            assertFalse(LATIN.matcher(zh).find(), l.path() + ": " + zh);
        }
        Levers.Lever welcome = Levers.strategy().stream().filter(l -> l.path().equals("content.welcomeBonus"))
                .findFirst().orElseThrow();
        assertEquals("satisfaction units", LiveLabels.unit(welcome.unit(), Lang.EN));
        assertEquals("满意度单位", LiveLabels.unit(welcome.unit(), Lang.ZH));
    }

    /**
     * Every lever with a "none" value (an integer declared from −1: kols.departureDay) says what it means in both
     * languages, so "Day the KOLs leave ≥ −1" is not left for the user to guess.
     */
    @Test
    void sentinel_everyLeverWithANoneValue_explainedInBothLanguages() {
        List<String> withSentinel = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Levers.Lever l : Levers.strategy()) {
            if (l.sentinel() == null) {
                continue;
            }
            withSentinel.add(l.path());
            for (Lang lang : Lang.values()) {
                if (!LiveLabels.has(LiveLabels.sentinelKey(l.path()), lang)) {
                    missing.add(LiveLabels.sentinelKey(l.path()) + " (" + lang + ")");
                }
            }
        }
        assertTrue(withSentinel.contains("kols.departureDay"), withSentinel.toString());
        assertTrue(missing.isEmpty(), "add to messages_en/zh.properties: " + missing);
        Map<String, String> en = LiveLabels.page(Lang.EN, List.of("kols.departureDay"), List.of(), List.of(), List.of());
        Map<String, String> zh = LiveLabels.page(Lang.ZH, List.of("kols.departureDay"), List.of(), List.of(), List.of());
        assertTrue(en.get("sentinel.kols.departureDay").startsWith("never"), en.toString());
        assertTrue(zh.get("sentinel.kols.departureDay").startsWith("从不"), zh.toString());
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
