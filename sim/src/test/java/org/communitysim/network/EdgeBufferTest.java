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
}
