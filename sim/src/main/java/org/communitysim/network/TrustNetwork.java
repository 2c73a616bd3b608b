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

    TrustNetwork(int[] offsets, int[] targets, float[] weights) {
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
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
