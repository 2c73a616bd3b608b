package org.communitysim.network;

import java.util.Arrays;

/**
 * Collects undirected edges, then builds a {@link TrustNetwork}: self-loops are dropped and duplicate
 * ties merged (keeping the largest weight), both counted so a reader can report them.
 */
public final class EdgeBuffer {
    private final int n;
    private int[] a;
    private int[] b;
    private float[] w;
    private int size;
    private long selfLoops;

    public EdgeBuffer(int n, int expectedEdges) {
        if (n < 0) {
            throw new IllegalArgumentException("node count must be >= 0: " + n);
        }
        this.n = n;
        int cap = Math.max(16, expectedEdges);
        a = new int[cap];
        b = new int[cap];
        w = new float[cap];
    }

    public int nodeCount() {
        return n;
    }

    public int size() {
        return size;
    }

    public long selfLoops() {
        return selfLoops;
    }

    /** Adds the undirected tie {x, y} with weight {@code weight}; a self-loop is counted and dropped. */
    public void add(int x, int y, float weight) {
        if (x < 0 || x >= n || y < 0 || y >= n) {
            throw new IndexOutOfBoundsException("edge (" + x + ", " + y + ") outside 0.." + (n - 1));
        }
        if (x == y) {
            selfLoops++;
            return;
        }
        if (size == a.length) {
            int cap = (int) Math.min(Integer.MAX_VALUE - 8L, a.length * 3L / 2 + 16);
            if (cap <= a.length) {
                throw new IllegalStateException("too many edges");
            }
            a = Arrays.copyOf(a, cap);
            b = Arrays.copyOf(b, cap);
            w = Arrays.copyOf(w, cap);
        }
        a[size] = x;
        b[size] = y;
        w[size] = weight;
        size++;
    }

    public int from(int i) {
        return a[i];
    }

    public int to(int i) {
        return b[i];
    }

    public float weight(int i) {
        return w[i];
    }

    public void setWeight(int i, float weight) {
        w[i] = weight;
    }

    /** The result of {@link #build()}: the network and how many duplicate ties were merged. */
    public record Built(TrustNetwork network, long duplicatesMerged, long selfLoopsDropped) {
    }

    /** Builds the CSR network. Memory: two int arrays and one float array of 2·edges, plus offsets. */
    public Built build() {
        int[] degree = new int[n + 1];
        for (int i = 0; i < size; i++) {
            degree[a[i]]++;
            degree[b[i]]++;
        }
        int[] offsets = new int[n + 1];
        long total = 0;
        for (int v = 0; v < n; v++) {
            offsets[v] = (int) total;
            total += degree[v];
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("too many tie endpoints for one network: " + total);
        }
        offsets[n] = (int) total;
        int[] targets = new int[(int) total];
        float[] weights = new float[(int) total];
        int[] fill = Arrays.copyOf(offsets, n);
        for (int i = 0; i < size; i++) {
            int x = a[i];
            int y = b[i];
            targets[fill[x]] = y;
            weights[fill[x]++] = w[i];
            targets[fill[y]] = x;
            weights[fill[y]++] = w[i];
        }
        // sort each row by target and merge duplicates in place, compacting the arrays
        long duplicates = 0;
        int write = 0;
        int[] newOffsets = new int[n + 1];
        for (int v = 0; v < n; v++) {
            int start = offsets[v];
            int end = offsets[v + 1];
            sortRow(targets, weights, start, end);
            newOffsets[v] = write;
            int last = -1;
            for (int k = start; k < end; k++) {
                int t = targets[k];
                if (t == last) {
                    duplicates++;
                    if (weights[k] > weights[write - 1]) {
                        weights[write - 1] = weights[k];
                    }
                    continue;
                }
                targets[write] = t;
                weights[write] = weights[k];
                write++;
                last = t;
            }
        }
        newOffsets[n] = write;
        if (write < targets.length) {
            targets = Arrays.copyOf(targets, write);
            weights = Arrays.copyOf(weights, write);
        }
        // each duplicate undirected tie was seen once from each end
        return new Built(new TrustNetwork(newOffsets, targets, weights), duplicates / 2, selfLoops);
    }

    /** Insertion sort for short rows, otherwise sort packed (target, weight-bits) longs. */
    private static void sortRow(int[] t, float[] w, int from, int to) {
        int len = to - from;
        if (len < 32) {
            for (int i = from + 1; i < to; i++) {
                int ti = t[i];
                float wi = w[i];
                int j = i - 1;
                while (j >= from && t[j] > ti) {
                    t[j + 1] = t[j];
                    w[j + 1] = w[j];
                    j--;
                }
                t[j + 1] = ti;
                w[j + 1] = wi;
            }
            return;
        }
        long[] packed = new long[len];
        for (int i = 0; i < len; i++) {
            packed[i] = ((long) t[from + i] << 32) | (Float.floatToRawIntBits(w[from + i]) & 0xFFFFFFFFL);
        }
        Arrays.sort(packed);
        for (int i = 0; i < len; i++) {
            t[from + i] = (int) (packed[i] >>> 32);
            w[from + i] = Float.intBitsToFloat((int) packed[i]);
        }
    }
}
