package org.communitysim.experiments.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.communitysim.experiments.io.Csv;
import org.communitysim.experiments.io.CsvShape;
import org.communitysim.experiments.io.CsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetStoreTest {
    record Row(String name, long seed, int n, double x) {
    }

    static final CsvTable<Row> TABLE = CsvTable.of(List.of("name", "seed", "group.size", "x"),
            (r, out) -> out.text(r.name()).integer(r.seed()).integer(r.n()).number(r.x()));

    static Stream<Row> rows() {
        return Stream.of(new Row("plain", Long.MIN_VALUE, 0, 0.1), new Row("a, \"quoted\" name", Long.MAX_VALUE, 7,
                Double.NaN), new Row("中文", -3, 2, Double.POSITIVE_INFINITY), new Row("x", 1, 3,
                Double.NEGATIVE_INFINITY), new Row("y", 2, 4, 1e-300), new Row("z", 3, 5, 12345678.000000002));
    }

    @Test
    void besideCsv_textIntegersNumbersNanAndInfinities_sameRowsAndTypes(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("t.csv");
        CsvShape shape = Csv.write(csv, TABLE, rows());
        assertEquals(6, shape.rows());
        Path parquet = ParquetStore.besideCsv(csv, shape);
        assertEquals(dir.resolve("t.parquet"), parquet);
        assertEquals(6, ParquetAssert.sameAsCsv(csv));
        List<String[]> schema = ParquetAssert.schema(parquet);
        assertEquals(List.of("VARCHAR", "BIGINT", "BIGINT", "DOUBLE"), schema.stream().map(c -> c[1]).toList());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("t.csv", "t.parquet"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary or spill files left");
        }
    }

    @Test
    void besideCsv_sameCsvTwice_identicalBytes(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a/t.csv");
        Path b = dir.resolve("b/t.csv");
        ParquetStore.besideCsv(a, Csv.write(a, TABLE, rows()));
        ParquetStore.besideCsv(b, Csv.write(b, TABLE, rows()));
        assertArrayEquals(Files.readAllBytes(ParquetStore.parquetOf(a)), Files.readAllBytes(ParquetStore.parquetOf(b)));
    }

    @Test
    void write_noRows_emptyTableWithItsColumns(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("empty.parquet");
        ParquetStore.write(p, TABLE, Stream.empty());
        assertEquals(List.of("name", "seed", "group.size", "x"),
                ParquetAssert.schema(p).stream().map(c -> c[0]).toList());
    }

    @Test
    void convert_moreRowsThanAPart_folderOfPartsInOrder_sortedAndDeduplicated(@TempDir Path dir) throws Exception {
        // a journal: rows out of order, one duplicated (a run repeated after a kill)
        List<Row> journal = new java.util.ArrayList<>(IntStream.range(0, 5000)
                .mapToObj(i -> new Row("r" + (4999 - i), 4999 - i, i % 7, i * 0.5)).toList());
        journal.add(journal.get(10));
        Path csv = dir.resolve("j.csv");
        CsvShape shape = Csv.write(csv, TABLE, journal.stream());
        Path target = dir.resolve("series.parquet");
        ParquetStore.convert(csv, shape, target, new ParquetStore.Sort(List.of("seed")), 2048);
        assertTrue(Files.isDirectory(target));
        try (Stream<Path> parts = Files.list(target)) {
            assertEquals(3, parts.count(), "5,000 rows in parts of 2,048 (DuckDB row groups are multiples of 2,048)");
        }
        Path sorted = dir.resolve("sorted.csv");
        Csv.write(sorted, TABLE, IntStream.range(0, 5000).mapToObj(s -> new Row("r" + s, s, (4999 - s) % 7,
                (4999 - s) * 0.5)));
        assertEquals(5000, ParquetAssert.sameAs(sorted, target));
    }
}
