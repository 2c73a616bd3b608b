package org.communitysim.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.communitysim.random.Rng;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.NetworkSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FromEdgeListTest {
    private static final NetworkSpec SPEC = Defaults.NETWORK.withEdgeList("ties.csv");

    @TempDir
    Path dir;

    @Test
    void fromEdgeList_keepsGivenWeightsAndDrawsLayersForTheRest() throws Exception {
        StringBuilder content = new StringBuilder("1,2,0.7\n");
        for (int i = 10; i < 3_010; i++) {
            content.append(i).append(',').append(i + 1).append('\n');
        }
        EdgeList list = EdgeListReader.read(Files.writeString(dir.resolve("ties.csv"), content));

        TrustNetwork net = Networks.fromEdgeList(list, SPEC, new Rng(5));

        Graphs.assertWellFormed(net);
        assertEquals(list.nodeCount(), net.size());
        assertEquals(0.7f, net.weightBetween(list.indexOf(1), list.indexOf(2)));
        long strong = 0;
        long medium = 0;
        for (int e = 1; e < list.edgeCount(); e++) {
            float w = net.weightBetween(list.from(e), list.to(e));
            assertTrue(w == 1.0f || w == 0.5f || w == 0.2f, "a layer weight: " + w);
            strong += w == 1.0f ? 1 : 0;
            medium += w == 0.5f ? 1 : 0;
        }
        assertEquals(0.1, strong / 3_000.0, 0.02);
        assertEquals(0.2, medium / 3_000.0, 0.025);
    }

    @Test
    void fromEdgeList_isDeterministicPerSeedAndLeavesTheListUnchanged() throws Exception {
        EdgeList list = EdgeListReader.read(Files.writeString(dir.resolve("ties.csv"), "1,2\n2,3\n3,4\n4,1\n1,3\n"));

        TrustNetwork a = Networks.fromEdgeList(list, SPEC, new Rng(9));
        TrustNetwork b = Networks.fromEdgeList(list, SPEC, new Rng(9));

        assertTrue(Graphs.sameTies(a, b));
        for (int e = 0; e < list.edgeCount(); e++) {
            assertTrue(Float.isNaN(list.weight(e)), "the shared list keeps its missing weights");
        }
    }

    @Test
    void readCached_egoFacebook_hasTheSnapSize() throws EdgeListException, URISyntaxException {
        // McAuley & Leskovec 2012, SNAP ego-Facebook: 4,039 people, 88,234 ties
        Path path = Path.of(FromEdgeListTest.class.getResource("/networks/ego-facebook.csv").toURI());

        EdgeList list = EdgeListReader.readCached(path);
        TrustNetwork net = Networks.fromEdgeList(list, SPEC, new Rng(1));

        assertEquals(4_039, list.nodeCount());
        assertEquals(88_234, list.edgeCount());
        assertEquals(0, list.selfLoopsDropped());
        assertEquals(0, list.duplicatesMerged());
        assertEquals(4_039, net.size());
        assertEquals(88_234, net.tieCount());
        assertEquals(43.69, net.meanDegree(), 0.01);
        Graphs.assertWellFormed(net);
    }
}
