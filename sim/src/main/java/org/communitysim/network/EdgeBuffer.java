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

    /**
     * Builds the CSR network: every row sorted by target, duplicate ties merged (the largest weight kept). Memory:
     * two int arrays and two float arrays of 2·edges, plus offsets.
     *
     * <p>No comparison sort: the endpoints are first grouped by source in buffer order (a counting sort), then
     * <em>transposed</em>: walking the sources in increasing order and appending each source to the row of its
     * target leaves every row sorted by target, because the network is undirected (row t of the transpose holds
     * exactly t's neighbours). Two linear passes instead of a sort per row (the sort was about 40% of a default
     * replicate's CPU time, docs/performance.md). The result is the same arrays as sorting each row: duplicates
     * arrive next to each other and only the largest weight survives, whatever their order.
     */
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
        // pass 1: rows by source, in buffer order (unsorted)
        int[] sources = new int[(int) total];
        float[] sourceWeights = new float[(int) total];
        int[] fill = Arrays.copyOf(offsets, n);
        // on the way, the magnitudes of the weights (bits of |w|, whose order as ints is that of the magnitudes): the
        // largest, and the smallest nonzero less one (a zero maps to the maximum); free beside the scattered writes
        int largestBits = 0;
        int smallestBitsLess1 = Integer.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            int x = a[i];
            int y = b[i];
            float wi = w[i];
            sources[fill[x]] = y;
            sourceWeights[fill[x]++] = wi;
            sources[fill[y]] = x;
            sourceWeights[fill[y]++] = wi;
            int bits = Float.floatToRawIntBits(wi) & 0x7fffffff;
            largestBits = Math.max(largestBits, bits);
            smallestBitsLess1 = Math.min(smallestBitsLess1, (bits - 1) & 0x7fffffff);
        }
        // pass 2: transpose; row t receives its neighbours in increasing order, a duplicate right after its twin
        int[] targets = new int[(int) total];
        float[] weights = new float[(int) total];
        System.arraycopy(offsets, 0, fill, 0, n);
        long duplicates = 0;
        for (int v = 0; v < n; v++) {
            for (int k = offsets[v], end = offsets[v + 1]; k < end; k++) {
                int t = sources[k];
                float wk = sourceWeights[k];
                int at = fill[t];
                if (at > offsets[t] && targets[at - 1] == v) {
                    duplicates++;
                    if (wk > weights[at - 1]) {
                        weights[at - 1] = wk;
                    }
                    continue;
                }
                targets[at] = v;
                weights[at] = wk;
                fill[t] = at + 1;
            }
        }
        sources = null; // the compaction below may copy: let the first pass's arrays go first
        sourceWeights = null;
        // compact the rows (duplicates left gaps at their ends)
        int write = 0;
        int[] newOffsets = new int[n + 1];
        for (int v = 0; v < n; v++) {
            int start = offsets[v];
            int end = fill[v];
            newOffsets[v] = write;
            if (write != start) {
                System.arraycopy(targets, start, targets, write, end - start);
                System.arraycopy(weights, start, weights, write, end - start);
            }
            write += end - start;
        }
        newOffsets[n] = write;
        if (write < targets.length) {
            targets = Arrays.copyOf(targets, write);
            weights = Arrays.copyOf(weights, write);
        }
        // each duplicate undirected tie was seen once from each end
        int maxDegree = 0;
        for (int v = 0; v < n; v++) {
            maxDegree = Math.max(maxDegree, newOffsets[v + 1] - newOffsets[v]);
        }
        // every weight kept is one of those seen (merging keeps one of two): bounds over those hold for it
        boolean exact = TrustNetwork.sumsAreExact(largestBits, smallestBitsLess1, maxDegree);
        return new Built(new TrustNetwork(newOffsets, targets, weights, exact), duplicates / 2, selfLoops);
    }
}
