package org.communitysim.network;

/**
 * The trust ties of a run in compressed sparse row form: the neighbours of person i are
 * {@code targets[offsets[i] .. offsets[i+1])} with weights {@code weights[...]}, sorted by id, no self-loops,
 * no duplicates, symmetric (an undirected tie appears in both rows). Immutable after construction; the
 * hot loop reads the arrays through the accessors, which the JIT inlines.
 */
public final class TrustNetwork {
    private final int[] offsets;
    private final int[] targets;
    private final float[] weights;
    private final boolean exactSums;

    /** @param exactSums what {@link #sumsAreExact} says of these weights and rows (or of a superset of them) */
    TrustNetwork(int[] offsets, int[] targets, float[] weights, boolean exactSums) {
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
        this.exactSums = exactSums;
    }

    /**
     * Whether every sum, in {@code double}, of weights taken from one row, added and removed in any order, is exact:
     * then a running total of a row's weights (kept up to date as ties switch on and off) has the same bits as the
     * total summed afresh. True when all weights are multiples of one power of two 2^e (the smallest ulp among them)
     * and no row's weights add up to 2^(52+e) or more, so every partial sum is an integer multiple of 2^e that a
     * double holds exactly. The shipped networks (three float weights, rows of a few hundred ties) meet it
     * with more than 15 bits to spare; a network that does not is summed afresh each day (docs/model.md §4.6).
     */
    public boolean exactWeightSums() {
        return exactSums;
    }

    /**
     * The condition of {@link #exactWeightSums()}, from the largest magnitude among the weights and the smallest nonzero
     * one, each as the bits of |w| ({@code Float.floatToRawIntBits(w) & 0x7fffffff}, the second less one so that zero
     * weights can be left out branch-free), and the largest row.
     */
    static boolean sumsAreExact(int largestBits, int smallestBitsLess1, int maxDegree) {
        if (largestBits >= 0x7f800000) { // an infinity or a NaN
            return false;
        }
        if (largestBits == 0 || maxDegree == 0) {
            return true;
        }
        float smallest = Float.intBitsToFloat(smallestBitsLess1 + 1); // its ulp is the smallest ulp of all the weights
        // the exponent of that ulp: 2^-149 for subnormals, which Math.getExponent(float) would misreport
        int smallestUlp = Math.getExponent((double) Math.ulp(smallest));
        // bound on any partial sum of a row, rounded up by at most one ulp: compare with one bit of margin
        return (double) maxDegree * Float.intBitsToFloat(largestBits) < Math.scalb(1.0, 52 + smallestUlp);
    }

    public int size() {
        return offsets.length - 1;
    }

    /** Number of undirected ties. */
    public long tieCount() {
        return targets.length / 2L;
    }

    public int degree(int person) {
        return offsets[person + 1] - offsets[person];
    }

    /** First index of person's row in {@link #target(int)} / {@link #weight(int)}. */
    public int rowStart(int person) {
        return offsets[person];
    }

    /** One past the last index of person's row. */
    public int rowEnd(int person) {
        return offsets[person + 1];
    }

    public int target(int index) {
        return targets[index];
    }

    public float weight(int index) {
        return weights[index];
    }

    /** Weight of the tie between a and b, or 0 if there is none (binary search in a's sorted row). */
    public float weightBetween(int a, int b) {
        int lo = offsets[a];
        int hi = offsets[a + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int t = targets[mid];
            if (t < b) {
                lo = mid + 1;
            } else if (t > b) {
                hi = mid - 1;
            } else {
                return weights[mid];
            }
        }
        return 0f;
    }

    public double meanDegree() {
        return size() == 0 ? 0 : (double) targets.length / size();
    }

    /** Approximate heap bytes of the adjacency arrays. */
    public long bytes() {
        return 4L * offsets.length + 4L * targets.length + 4L * weights.length;
    }
}
