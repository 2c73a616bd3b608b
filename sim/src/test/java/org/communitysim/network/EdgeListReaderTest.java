package org.communitysim.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EdgeListReaderTest {
    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("ties.csv"), content);
    }

    @Test
    void read_unweightedFile_mapsIdsInAscendingOrder() throws Exception {
        EdgeList list = EdgeListReader.read(file("30,10\n10,20\n20,30\n"));

        assertEquals(3, list.nodeCount());
        assertEquals(3, list.edgeCount());
        assertArrayEquals(new long[] {10, 20, 30}, list.originalIds());
        assertEquals(2, list.indexOf(30));
        assertEquals(-1, list.indexOf(25));
        for (int e = 0; e < list.edgeCount(); e++) {
            assertTrue(list.from(e) < list.to(e));
            assertTrue(Float.isNaN(list.weight(e)), "no weight in the file");
        }
        assertEquals(0, list.from(0)); // ties sorted by (from, to): 10–20, 10–30, 20–30
        assertEquals(2, list.to(1));
        assertEquals(3, list.linesRead());
        assertFalse(list.headerSkipped());
    }

    @Test
    void read_weightedFileWithHeaderCommentsAndSpaces() throws Exception {
        EdgeList list = EdgeListReader.read(file(
                "source, target, weight\n# a comment\n\n 5 , 7 , 0.75 \n7,9,2\n   \n#5,9\n"));

        assertTrue(list.headerSkipped());
        assertEquals(3, list.nodeCount());
        assertEquals(2, list.edgeCount());
        assertEquals(0.75f, list.weight(0));
        assertEquals(2f, list.weight(1));
        assertEquals(7, list.linesRead());
        assertEquals(4, list.commentOrBlankLines());
    }

    @Test
    void read_headerWithoutWeightAndMixedWeights() throws Exception {
        EdgeList list = EdgeListReader.read(file("\uFEFFa,b\n1,2\n2,3,0.5\n"));

        assertTrue(list.headerSkipped());
        assertEquals(2, list.edgeCount());
        assertTrue(Float.isNaN(list.weight(0)));
        assertEquals(0.5f, list.weight(1));
    }

    @Test
    void read_selfLoopsAndDuplicates_areCountedNotFatal() throws Exception {
        EdgeList list = EdgeListReader.read(file("1,2\n2,1,0.5\n3,3\n1,2,0.25\n2,3\n2,3\n"));

        assertEquals(3, list.nodeCount(), "an id seen only in a self-loop is still a node");
        assertEquals(2, list.edgeCount());
        assertEquals(1, list.selfLoopsDropped());
        assertEquals(3, list.duplicatesMerged());
        assertEquals(0.5f, list.weight(0), "merged ties keep the largest given weight");
        assertTrue(Float.isNaN(list.weight(1)));
        assertTrue(list.toString().contains("1 self-loops dropped, 3 duplicates merged"), list.toString());
    }

    @Test
    void read_largeIds_mapToCompactIndices() throws Exception {
        EdgeList list = EdgeListReader.read(file(Long.MAX_VALUE + ",0\n4000000000,0\n"));

        assertEquals(3, list.nodeCount());
        assertEquals(Long.MAX_VALUE, list.originalId(2));
        assertEquals(4_000_000_000L, list.originalId(1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "wrong field count      | 1,2,3,4         | expected 2 or 3 comma-separated fields, found 4",
        "one field              | 17              | found 1",
        "space-separated        | 1 2             | found 1",
        "non-numeric id         | 1,bob           | id 'bob' is not an integer",
        "decimal id             | 1.5,2           | id '1.5' is not an integer",
        "id beyond long         | 99999999999999999999,2 | is not an integer",
        "negative id            | -1,2            | id -1 is negative",
        "missing id             | ,2              | missing id",
        "non-numeric weight     | 1,2,heavy       | weight 'heavy' is not a number",
        "zero weight            | 1,2,0           | weight 0 is not a positive finite number",
        "negative weight        | 1,2,-0.5        | weight -0.5 is not a positive finite number",
        "infinite weight        | 1,2,Infinity    | weight Infinity is not a positive finite number",
        "NaN weight             | 1,2,NaN         | weight NaN is not a positive finite number",
        "weight beyond float    | 1,2,1e39        | weight 1e39 is not a positive finite number",
        "empty weight           | 1,2,            | missing weight",
    })
    void read_malformedLine_namesFileLineFieldAndWhatIsAllowedButNotTheLine(String why, String bad, String problem)
            throws IOException {
        Path path = file("# ties\n1,2\n" + bad + "\n3,4\n");

        EdgeListException e = assertThrows(EdgeListException.class, () -> EdgeListReader.read(path));

        String message = e.getMessage();
        assertTrue(message.startsWith(path + ":3: "), message);
        assertTrue(message.contains(problem), message);
        // the line itself is not quoted: a file named by mistake (a password file) must not be printed
        assertFalse(message.contains("\"" + bad + "\""), message);
        assertTrue(message.contains("allowed: 'a,b' or 'a,b,weight'"), message);
    }

    @Test
    void read_aPasswordFileByMistake_quotesNoSecret() throws IOException {
        // issue 17 item 8: the error quoted the offending line, so /etc/shadow printed a password hash
        Path path = file("root:$6$saltsalt$c2VjcmV0aGFzaA:19000:0:99999:7:::\n"
                + "daemon:*:19000:0:99999:7:::\n");
        EdgeListException e = assertThrows(EdgeListException.class, () -> EdgeListReader.read(path));
        assertTrue(e.getMessage().startsWith(path + ":1: expected 2 or 3 comma-separated fields"), e.getMessage());
        assertFalse(e.getMessage().contains("c2VjcmV0aGFzaA"), e.getMessage());
        assertFalse(e.getMessage().contains("daemon"), e.getMessage());
        Path ids = file("1,2\n3,s3cr3t$pa55word-with-a-long-tail\n");
        String m = assertThrows(EdgeListException.class, () -> EdgeListReader.read(ids)).getMessage();
        assertTrue(m.contains("id 's3cr3t?pa55word-with...'"), m);
    }

    @Test
    void read_headerIsOnlyAllowedFirst() throws IOException {
        Path path = file("1,2\nsource,target\n");
        EdgeListException e = assertThrows(EdgeListException.class, () -> EdgeListReader.read(path));
        assertTrue(e.getMessage().contains(":2: id 'source' is not an integer"), e.getMessage());
    }

    @Test
    void read_missingFile_saysSo() {
        Path missing = dir.resolve("nowhere.csv");
        EdgeListException e = assertThrows(EdgeListException.class, () -> EdgeListReader.read(missing));
        assertEquals("edge list file not found: " + missing.toAbsolutePath(), e.getMessage());
        EdgeListException cached = assertThrows(EdgeListException.class, () -> EdgeListReader.readCached(missing));
        assertTrue(cached.getMessage().startsWith("edge list file not found: "), cached.getMessage());
    }

    @Test
    void read_directoryOrNonUtf8OrTieless_saysWhatIsWrong() throws IOException {
        assertTrue(assertThrows(EdgeListException.class, () -> EdgeListReader.read(dir)).getMessage()
                .contains("not a regular file"));
        Path binary = Files.write(dir.resolve("binary.csv"), new byte[] {'1', ',', '2', '\n', (byte) 0xC3, '\n'});
        assertTrue(assertThrows(EdgeListException.class, () -> EdgeListReader.read(binary)).getMessage()
                .contains("is not UTF-8 text"));
        Path empty = file("source,target\n# nothing\n");
        assertTrue(assertThrows(EdgeListException.class, () -> EdgeListReader.read(empty)).getMessage()
                .contains("contains no ties"));
    }

    @Test
    void readCached_returnsOneSharedInstanceUntilTheFileChanges() throws Exception {
        EdgeListReader.clearCache();
        Path path = file("1,2\n2,3\n");
        EdgeList first = EdgeListReader.readCached(path);

        assertSame(first, EdgeListReader.readCached(path));
        assertSame(first, EdgeListReader.readCached(dir.resolve(".").resolve("ties.csv")), "same file, other spelling");

        Files.writeString(path, "1,2\n2,3\n3,4\n");
        Files.setLastModifiedTime(path, FileTime.fromMillis(Files.getLastModifiedTime(path).toMillis() + 5_000));
        EdgeList changed = EdgeListReader.readCached(path);

        assertNotSame(first, changed);
        assertEquals(3, changed.edgeCount());
    }

    @Test
    void readCached_concurrentCallers_shareOneParse() throws Exception {
        EdgeListReader.clearCache();
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            content.append(i).append(',').append(i + 1).append('\n');
        }
        Path path = file(content.toString());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<EdgeList>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> EdgeListReader.readCached(path)));
            }
            EdgeList first = results.get(0).get();
            for (Future<EdgeList> r : results) {
                assertSame(first, r.get());
            }
            assertEquals(20_000, first.edgeCount());
        } finally {
            pool.shutdownNow();
        }
    }
}
