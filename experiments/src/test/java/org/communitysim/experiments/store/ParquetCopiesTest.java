package org.communitysim.experiments.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.communitysim.experiments.io.Csv;
import org.communitysim.experiments.io.CsvShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetCopiesTest {

    @Test
    void besideCsv_severalFilesOnOneConnection_sameBytesAsOneConnectionEach(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("together/t.csv");
        Path b = dir.resolve("together/u.csv");
        CsvShape shapeA = Csv.write(a, ParquetStoreTest.TABLE, ParquetStoreTest.rows());
        CsvShape shapeB = Csv.write(b, ParquetStoreTest.TABLE, ParquetStoreTest.rows().limit(2));
        try (ParquetCopies copies = new ParquetCopies(dir.resolve("together"))) {
            assertEquals(ParquetStore.parquetOf(a), copies.besideCsv(a, shapeA));
            assertEquals(ParquetStore.parquetOf(b), copies.besideCsv(b, shapeB));
            copies.finish();
        }
        Path c = dir.resolve("alone/t.csv");
        Path d = dir.resolve("alone/u.csv");
        ParquetStore.besideCsv(c, Csv.write(c, ParquetStoreTest.TABLE, ParquetStoreTest.rows()));
        ParquetStore.besideCsv(d, Csv.write(d, ParquetStoreTest.TABLE, ParquetStoreTest.rows().limit(2)));
        assertArrayEquals(Files.readAllBytes(ParquetStore.parquetOf(c)), Files.readAllBytes(ParquetStore.parquetOf(a)));
        assertArrayEquals(Files.readAllBytes(ParquetStore.parquetOf(d)), Files.readAllBytes(ParquetStore.parquetOf(b)));
        assertEquals(6, ParquetAssert.sameAsCsv(a));
        assertEquals(2, ParquetAssert.sameAsCsv(b));
        try (Stream<Path> left = Files.list(dir.resolve("together"))) {
            assertEquals(List.of("t.csv", "t.parquet", "u.csv", "u.parquet"),
                    left.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary or spill files left");
        }
    }

    @Test
    void finish_aCopyFails_rethrowsNamingTheFileAndLeavesNoParquet(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "name,seed,group.size,x\nx,not-a-number,1,0.5\n");
        CsvShape shape = Csv.write(dir.resolve("good.csv"), ParquetStoreTest.TABLE, ParquetStoreTest.rows());
        ParquetCopies copies = new ParquetCopies(dir);
        copies.besideCsv(bad, shape);
        IOException e = assertThrows(IOException.class, copies::finish);
        assertTrue(e.getMessage().contains("bad.csv"), e.getMessage());
        copies.close();
        assertTrue(Files.notExists(dir.resolve("bad.parquet")));
        assertTrue(Files.notExists(dir.resolve(".duckdb-spill")));
    }
}
