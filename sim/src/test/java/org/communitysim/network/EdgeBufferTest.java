package org.communitysim.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EdgeBufferTest {

    @Test
    void build_mergesDuplicatesKeepingMaxWeightAndDropsSelfLoops() {
        EdgeBuffer buffer = new EdgeBuffer(4, 2);
        buffer.add(0, 1, 0.2f);
        buffer.add(1, 0, 1.0f); // the same tie from the other end, stronger
        buffer.add(0, 1, 0.5f);
        buffer.add(2, 2, 1.0f); // self-loop
        buffer.add(3, 1, 0.5f);
        buffer.add(3, 3, 0.2f); // self-loop

        EdgeBuffer.Built built = buffer.build();
        TrustNetwork net = built.network();

        assertEquals(2, built.duplicatesMerged());
        assertEquals(2, built.selfLoopsDropped());
        assertEquals(2, net.tieCount());
        assertEquals(1.0f, net.weightBetween(0, 1));
        assertEquals(1.0f, net.weightBetween(1, 0));
        assertEquals(0.5f, net.weightBetween(1, 3));
        assertEquals(0f, net.weightBetween(2, 2));
        assertEquals(0, net.degree(2));
        assertEquals(2, net.degree(1));
        Graphs.assertWellFormed(net);
    }

    @Test
    void build_sortsLongRowsAndKeepsWeightsWithTheirTargets() {
        int n = 200; // rows above the insertion-sort cut-off take the packed sort
        EdgeBuffer buffer = new EdgeBuffer(n, 0);
        for (int t = n - 1; t > 0; t--) {
            buffer.add(0, t, t / 1000f);
        }
        TrustNetwork net = buffer.build().network();

        assertEquals(n - 1, net.degree(0));
        for (int k = net.rowStart(0); k < net.rowEnd(0); k++) {
            assertEquals(net.target(k) / 1000f, net.weight(k));
        }
        Graphs.assertWellFormed(net);
    }

    @Test
    void add_rejectsNodesOutsideTheNetwork() {
        EdgeBuffer buffer = new EdgeBuffer(3, 1);
        assertThrows(IndexOutOfBoundsException.class, () -> buffer.add(0, 3, 1f));
        assertThrows(IndexOutOfBoundsException.class, () -> buffer.add(-1, 0, 1f));
    }

    /**
     * The transposing build gives exactly the arrays of the per-row sort it replaced (kept below as the reference):
     * rows short and long, many duplicates with different weights, isolated persons, in several random buffers.
     */
    @Test
    void build_equalsSortPerRowReference_onRandomBuffersWithDuplicates() {
        java.util.Random random = new java.util.Random(18);
        float[] layers = {0.2f, 0.5f, 1.0f, 0.05f};
        for (int round = 0; round < 40; round++) {
            int n = 1 + random.nextInt(round < 20 ? 30 : 400);
            int edges = random.nextInt(n * (round % 2 == 0 ? 3 : 60) + 1);
            EdgeBuffer buffer = new EdgeBuffer(n, 1);
            for (int e = 0; e < edges; e++) {
                int x = random.nextInt(n);
                int y = random.nextInt(4) == 0 && e > 0 ? buffer.size() > 0 ? buffer.to(random.nextInt(buffer.size()))
                        : random.nextInt(n) : random.nextInt(n); // repeated endpoints make duplicates
                buffer.add(x, y, layers[random.nextInt(layers.length)]);
            }
            EdgeBuffer.Built built = buffer.build();
            Reference expected = Reference.build(buffer, n);
            TrustNetwork net = built.network();
            assertEquals(expected.duplicates, built.duplicatesMerged(), "duplicates, round " + round);
            org.junit.jupiter.api.Assertions.assertArrayEquals(expected.offsets, rowStarts(net, n), "round " + round);
            org.junit.jupiter.api.Assertions.assertArrayEquals(expected.targets, targets(net), "round " + round);
            org.junit.jupiter.api.Assertions.assertArrayEquals(expected.weights, weights(net), "round " + round);
        }
    }

    private static int[] rowStarts(TrustNetwork net, int n) {
        int[] o = new int[n + 1];
        for (int v = 0; v < n; v++) {
            o[v] = net.rowStart(v);
        }
        o[n] = n == 0 ? 0 : net.rowEnd(n - 1);
        return o;
    }

    private static int[] targets(TrustNetwork net) {
        int[] t = new int[(int) (2 * net.tieCount())];
        for (int k = 0; k < t.length; k++) {
            t[k] = net.target(k);
        }
        return t;
    }

    private static float[] weights(TrustNetwork net) {
        float[] w = new float[(int) (2 * net.tieCount())];
        for (int k = 0; k < w.length; k++) {
            w[k] = net.weight(k);
        }
        return w;
    }

    /** The build as it was before the transposition: fill rows in buffer order, sort each row, merge duplicates. */
    private record Reference(int[] offsets, int[] targets, float[] weights, long duplicates) {
        static Reference build(EdgeBuffer buf, int n) {
            int[] degree = new int[n + 1];
            for (int i = 0; i < buf.size(); i++) {
                degree[buf.from(i)]++;
                degree[buf.to(i)]++;
            }
            int[] offsets = new int[n + 1];
            int total = 0;
            for (int v = 0; v < n; v++) {
                offsets[v] = total;
                total += degree[v];
            }
            offsets[n] = total;
            int[] targets = new int[total];
            float[] weights = new float[total];
            int[] fill = java.util.Arrays.copyOf(offsets, n);
            for (int i = 0; i < buf.size(); i++) {
                int x = buf.from(i);
                int y = buf.to(i);
                targets[fill[x]] = y;
                weights[fill[x]++] = buf.weight(i);
                targets[fill[y]] = x;
                weights[fill[y]++] = buf.weight(i);
            }
            long duplicates = 0;
            int write = 0;
            int[] newOffsets = new int[n + 1];
            for (int v = 0; v < n; v++) {
                int start = offsets[v];
                int end = offsets[v + 1];
                long[] packed = new long[end - start];
                for (int i = 0; i < packed.length; i++) {
                    packed[i] = ((long) targets[start + i] << 32)
                            | (Float.floatToRawIntBits(weights[start + i]) & 0xFFFFFFFFL);
                }
                java.util.Arrays.sort(packed);
                newOffsets[v] = write;
                int last = -1;
                for (long p : packed) {
                    int t = (int) (p >>> 32);
                    float w = Float.intBitsToFloat((int) p);
                    if (t == last) {
                        duplicates++;
                        weights[write - 1] = Math.max(weights[write - 1], w);
                        continue;
                    }
                    targets[write] = t;
                    weights[write++] = w;
                    last = t;
                }
            }
            newOffsets[n] = write;
            return new Reference(newOffsets, java.util.Arrays.copyOf(targets, write),
                    java.util.Arrays.copyOf(weights, write), duplicates / 2);
        }
    }
}
