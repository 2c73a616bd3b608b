package org.communitysim.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...?" for a misspelt name (a key, an effect, a metric, a path): the candidate nearest in edit
 * distance, if it is near enough to be a typo. Shared by the scenario file's readers and the playbook, custom-outcome
 * and group-settings readers, so every such message suggests the same way.
 */
public final class Nearest {
    private Nearest() {
    }

    /**
     * The candidate with the smallest case-insensitive Levenshtein distance, when that distance is at most a
     * third of the word (and at least 2 edits are forgiven): near enough to be a typo, not a different word.
     * Ties go to the first candidate, i.e. declaration order.
     */
    public static Optional<String> to(String word, Collection<String> candidates) {
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

    /** {@code did you mean "x"? } (with its trailing space) when a candidate is near, else the empty string. */
    public static String didYouMean(String word, Collection<String> candidates) {
        return to(word, candidates).map(c -> "did you mean \"" + c + "\"? ").orElse("");
    }

    /**
     * The problem of an unknown key {@code key} at {@code path}: {@code path: unknown key; did you mean "x"?} when an
     * allowed key is near, else {@code path: unknown key; allowed: a, b, c}.
     */
    public static String unknownKey(String path, String key, Collection<String> allowed) {
        return to(key, allowed).map(k -> path + ": unknown key; did you mean \"" + k + "\"?")
                .orElseGet(() -> path + ": unknown key; allowed: " + String.join(", ", allowed));
    }

    /** Insertions, deletions and substitutions that turn {@code a} into {@code b}. */
    public static int levenshtein(String a, String b) {
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
