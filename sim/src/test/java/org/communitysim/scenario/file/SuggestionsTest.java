package org.communitysim.scenario.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void levenshtein_countsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, Suggestions.levenshtein("threshold", "threshold"));
        assertEquals(1, Suggestions.levenshtein("treshold", "threshold"));
        assertEquals(3, Suggestions.levenshtein("kitten", "sitting"));
        assertEquals(4, Suggestions.levenshtein("", "kols"));
    }

    @Test
    void nearest_ignoresCaseAndPrefersTheFirstOfEqualCandidates() {
        assertEquals(Optional.of("sizeCap"), Suggestions.nearest("SIZECAP", List.of("topic", "sizeCap")));
        assertEquals(Optional.of("count"), Suggestions.nearest("cout", List.of("count", "court")));
    }

    @Test
    void nearest_givesNothingWhenNoCandidateIsClose() {
        assertEquals(Optional.empty(), Suggestions.nearest("@class", List.of("name", "group", "kols")));
    }

    @Test
    void nearest_forgivesMoreEditsInLongerWords() {
        assertEquals(Optional.of("inequalityWindowDays"),
                Suggestions.nearest("inequalityWindowDay", List.of("finalWindowDays", "inequalityWindowDays")));
        assertEquals(Optional.of("contentSaturation"), Suggestions.nearest("contentSaturaton", List.of("contentSaturation")));
    }
}
