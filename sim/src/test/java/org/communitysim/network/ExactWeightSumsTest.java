package org.communitysim.network;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When a running total of a row's tie weights keeps the bits of the total summed afresh (issue 18). */
class ExactWeightSumsTest {

    private static TrustNetwork star(int leaves, float... weights) {
        EdgeBuffer buffer = new EdgeBuffer(leaves + 1, leaves);
        for (int i = 1; i <= leaves; i++) {
            buffer.add(0, i, weights[i % weights.length]);
        }
        return buffer.build().network();
    }

    @Test
    void layerWeights_areExact() {
        assertTrue(star(5000, 1.0f, 0.5f, 0.2f).exactWeightSums());
        assertTrue(star(3, 0f).exactWeightSums());
        assertTrue(new EdgeBuffer(4, 0).build().network().exactWeightSums());
    }

    @Test
    void weightsOfFarApartMagnitude_areNot() {
        // 1 + 2^-60 needs 61 bits: a double rounds it
        assertFalse(star(10, 1.0f, 0x1p-60f).exactWeightSums());
        assertFalse(star(10, 0.2f, Float.MIN_VALUE).exactWeightSums());
    }

    @Test
    void theBoundIsTheRowTotal() {
        // ulp 2^-23 (weights 1 and 1 + 2^-23): rows up to 2^29 / (1 + 2^-23) stay exact; 2^20 ties are far below it
        assertTrue(star(1 << 20, 1.0f, 1.0f + 0x1p-23f).exactWeightSums());
        // ulp 2^-47 (the float 2^-24 has 24 bits below its own): exact only while a row adds up to less than 2^5
        assertTrue(star(15, 1.0f, 0x1p-24f).exactWeightSums());
        assertFalse(star(40, 1.0f, 0x1p-24f).exactWeightSums());
    }

    @Test
    void nonFiniteWeights_areNot() {
        assertFalse(star(3, Float.NaN).exactWeightSums());
        assertFalse(star(3, Float.POSITIVE_INFINITY).exactWeightSums());
    }
}
