package org.communitysim.scenario.file;

import java.util.Collection;
import java.util.Optional;
import org.communitysim.scenario.Nearest;

/** "Did you mean ...?" for misspelt keys: the candidate nearest in edit distance, if it is near enough. */
public final class Suggestions {
    private Suggestions() {
    }

    /** The message for an unknown key: the nearest valid key if one is close, otherwise every valid key. */
    public static String unknownKey(String path, Collection<String> validKeys) {
        String key = path.substring(path.lastIndexOf('.') + 1);
        return nearest(key, validKeys)
                .map(k -> path + ": unknown key; did you mean \"" + k + "\"?")
                .orElseGet(() -> path + ": unknown key; allowed keys: " + String.join(", ", validKeys));
    }

    /** The nearest candidate if it is near enough to be a typo ({@link Nearest#to}). */
    public static Optional<String> nearest(String word, Collection<String> candidates) {
        return Nearest.to(word, candidates);
    }

    static int levenshtein(String a, String b) {
        return Nearest.levenshtein(a, b);
    }
}
