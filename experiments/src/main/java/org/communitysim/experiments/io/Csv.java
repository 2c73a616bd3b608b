package org.communitysim.experiments.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * The edge where typed rows become CSV files and back (docs/outputs.md, "CSV conventions"): RFC 4180, UTF-8,
 * {@code \n} line ends, a header row, text quoted only when it holds a comma, quote or line break, numbers in
 * {@link #number}'s form. The quoting, separators and parsing are jackson-dataformat-csv's (the Jackson family the
 * project already uses for JSON and YAML); this class only fixes its settings and the number form, so every file
 * of every command is written the same way.
 */
public final class Csv {
    /** Quote text exactly when RFC 4180 needs it; never close the caller's writer. */
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();
    private static final ObjectReader ROWS = MAPPER.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY);
    private static final ObjectReader ROW = MAPPER.readerFor(String[].class);

    private Csv() {
    }

    /** A number in shortest round-trip form; integers without ".0"; NaN as an empty field; infinities as Inf/-Inf. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** The inverse of {@link #number}: empty = NaN, Inf/-Inf, else the decimal it reads. */
    public static double parseNumber(String s) {
        return switch (s) {
            case "" -> Double.NaN;
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    /**
     * Writes the file atomically ({@link AtomicFiles}): the header, then every row in order; returns its shape
     * (column types and row count, for its Parquet copy).
     */
    public static <R> CsvShape write(Path file, CsvTable<R> table, Stream<? extends R> rows) throws IOException {
        CsvShape[] shape = new CsvShape[1];
        AtomicFiles.writeText(file, w -> {
            try (RowWriter<R> out = writer(w, table, true)) {
                Iterator<? extends R> it = rows.iterator();
                while (it.hasNext()) {
                    out.write(it.next());
                }
                shape[0] = out.shape();
            }
        });
        return shape[0];
    }

    /** A writer of rows onto {@code out} (not closed with it), after the header when {@code header}. */
    public static <R> RowWriter<R> writer(Writer out, CsvTable<R> table, boolean header) throws IOException {
        return new RowWriter<>(out, table, header);
    }

    /** One row's line, without its line end: for line-oriented sinks such as Spark's text files. */
    public static <R> LineFormatter<R> lines(CsvTable<R> table) {
        return new LineFormatter<>(table);
    }

    /** The cells of one line. */
    public static String[] parseLine(String line) {
        try {
            String[] cells = ROW.readValue(line);
            return cells != null ? cells : new String[0];
        } catch (IOException e) {
            throw new IllegalArgumentException("not a CSV row: " + line, e);
        }
    }

    /** The rows of a file, each as its cells, the header included (closing the iterator closes {@code in}). */
    public static MappingIterator<String[]> rows(Reader in) throws IOException {
        return ROWS.readValues(in);
    }

    /** Writes rows of one table; {@link #flush} passes them on to the underlying writer. Not thread-safe. */
    public static final class RowWriter<R> implements Closeable, Flushable {
        private final CsvTable<R> table;
        private final JsonGenerator gen;
        private final CsvCells cells;
        private long rows;

        RowWriter(Writer out, CsvTable<R> table, boolean header) throws IOException {
            this.table = table;
            this.gen = MAPPER.getFactory().createGenerator(out);
            this.cells = new CsvCells(gen);
            cells.record(table.columns().size());
            if (header) {
                gen.writeStartArray();
                for (String c : table.columns()) {
                    gen.writeString(c);
                }
                gen.writeEndArray();
            }
        }

        public void write(R row) throws IOException {
            cells.reset();
            gen.writeStartArray();
            table.toCells().write(row, cells);
            if (cells.count() != table.columns().size()) {
                throw new IllegalStateException("a row of " + cells.count() + " cells for " + table.columns().size()
                        + " columns: " + table.columns());
            }
            gen.writeEndArray();
            if (rows++ == 0) {
                cells.stopRecording();
            }
        }

        /** The columns, their types (from the first row; all text before any row) and the rows written so far. */
        public CsvShape shape() {
            CellType[] t = rows > 0 ? cells.types() : null;
            java.util.List<CellType> types = new java.util.ArrayList<>();
            for (int i = 0; i < table.columns().size(); i++) {
                types.add(t != null ? t[i] : CellType.TEXT);
            }
            return new CsvShape(table.columns(), types, rows);
        }

        @Override
        public void flush() throws IOException {
            gen.flush();
        }

        @Override
        public void close() throws IOException {
            gen.close();
        }
    }

    /** Formats rows one line at a time, reusing one generator. Not thread-safe: one per task. */
    public static final class LineFormatter<R> {
        private final StringWriter buffer = new StringWriter(512);
        private final CsvTable<R> table;
        private final RowWriter<R> out;

        LineFormatter(CsvTable<R> table) {
            this.table = table;
            try {
                this.out = new RowWriter<>(buffer, table, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The header line (no line end). */
        public String header() {
            StringWriter w = new StringWriter();
            try {
                new RowWriter<>(w, table, true).close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return chop(w.toString());
        }

        /** The row's line (no line end). */
        public String format(R row) {
            try {
                out.write(row);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String line = chop(buffer.toString());
            buffer.getBuffer().setLength(0);
            return line;
        }

        private static String chop(String line) {
            return line.substring(0, line.length() - 1);
        }
    }
}
