package org.communitysim.scenario.file;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

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

    /**
     * The candidate with the smallest case-insensitive Levenshtein distance, when that distance is at most a
     * third of the word (and at least 2 edits are forgiven): near enough to be a typo, not a different word.
     * Ties go to the first candidate, i.e. schema order.
     */
    public static Optional<String> nearest(String word, Collection<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, w.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = levenshtein(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
