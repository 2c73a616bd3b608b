package org.communitysim.spark;

/**
 * Splits {@code n} consecutive ids into {@code parts} contiguous ranges of near-equal size: part k holds ids
 * [from(k), from(k + 1)). A task's work is a function of its part number alone, so a retried task recomputes the
 * very same ids, and the part files, read in part order, hold the ids in order.
 */
final class Ranges {
    private Ranges() {
    }

    static long from(long n, int parts, int k) {
        return Math.floorDiv(n * k, parts);
    }

    /** The default number of parts: about {@code perPart} ids each, at least {@code minParts}, at most n. */
    static int parts(long n, long perPart, int minParts) {
        long p = Math.max(minParts, (n + perPart - 1) / perPart);
        return (int) Math.max(1, Math.min(Math.min(n, p), Integer.MAX_VALUE));
    }
}
