package org.communitysim.experiments.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.communitysim.experiments.montecarlo.RunRow;
import org.communitysim.model.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTest {
    private record Named(String name, double value) {
    }

    private static final CsvTable<Named> NAMED = CsvTable.readable(List.of("name", "value"),
            (row, out) -> out.text(row.name()).number(row.value()),
            in -> new Named(in.text(0), in.number(1)));

    @Test
    void write_textWithCommaQuoteOrLineBreak_isQuotedAndNothingElseIs(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.csv");
        Csv.write(file, NAMED, Stream.of(new Named("Big open group, 3 mechanisms off", 1),
                new Named("say \"hi\"", 0.5), new Named("two\nlines", Double.NaN),
                new Named("大型开放群 #1 (plain text; spaces)", Double.POSITIVE_INFINITY)));
        assertEquals("name,value\n"
                + "\"Big open group, 3 mechanisms off\",1\n"
                + "\"say \"\"hi\"\"\",0.5\n"
                + "\"two\nlines\",\n"
                + "大型开放群 #1 (plain text; spaces),Inf\n", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void number_everyKindOfValue_hasTheTidyForm() {
        assertEquals("3", Csv.number(3.0));
        assertEquals("-2", Csv.number(-2.0));
        assertEquals("0", Csv.number(-0.0));
        assertEquals("0.1", Csv.number(0.1));
        assertEquals("1.0E-5", Csv.number(1e-5));
        assertEquals("1.0E15", Csv.number(1e15));
        assertEquals("", Csv.number(Double.NaN));
        assertEquals("Inf", Csv.number(Double.POSITIVE_INFINITY));
        assertEquals("-Inf", Csv.number(Double.NEGATIVE_INFINITY));
    }

    @Test
    void lines_runRowFormattedAndReadBack_isTheSameRow() {
        double[] outcomes = new double[Outcome.values().length];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = switch (i % 6) {
                case 0 -> Double.NaN;
                case 1 -> Double.NEGATIVE_INFINITY;
                case 2 -> 1.0 / 3;
                case 3 -> 1e20;
                case 4 -> 4.9e-324;
                default -> i;
            };
        }
        RunRow row = new RunRow("a, \"quoted\" name", 7, Long.MIN_VALUE, outcomes);
        Csv.LineFormatter<RunRow> lines = Csv.lines(RunRow.TABLE);
        String line = lines.format(row);
        RunRow back = RunRow.TABLE.read(Csv.parseLine(line));
        assertEquals(row.scenario(), back.scenario());
        assertEquals(row.replicate(), back.replicate());
        assertEquals(row.seed(), back.seed());
        assertArrayEquals(row.outcomes(), back.outcomes());
        assertEquals(line, lines.format(back), "formatting the row read back gives the same line");
        assertEquals(String.join(",", RunRow.TABLE.columns()), lines.header());
    }

    @Test
    void write_rowWithTooFewCells_fails() throws Exception {
        CsvTable<Named> broken = CsvTable.of(List.of("name", "value"), (row, out) -> out.text(row.name()));
        try (Csv.RowWriter<Named> w = Csv.writer(new StringWriter(), broken, true)) {
            assertThrows(IllegalStateException.class, () -> w.write(new Named("x", 1)));
        }
    }

    @Test
    void read_wrongNumberOfFieldsOrBadNumber_failsNamingTheField() {
        assertThrows(IllegalArgumentException.class, () -> NAMED.read(Csv.parseLine("a,1,2")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NAMED.read(Csv.parseLine("a,x1")));
        assertEquals("field 2 is not a number: 'x1'", e.getMessage());
    }
}
