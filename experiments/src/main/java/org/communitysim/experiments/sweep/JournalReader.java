package org.communitysim.experiments.sweep;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.communitysim.scenario.file.InputException;
import org.communitysim.experiments.io.Csv;
import org.communitysim.experiments.io.CsvTable;

/**
 * Reads a sweep's runs.csv back — for --resume and for the final sort — as typed rows, each with the byte offset and
 * number of its line. Lines are found by their line ends (a run row has no text field, so no quoted line break), and
 * each line is parsed by the CSV library into its {@link SweepRunRow}; the header is skipped.
 */
final class JournalReader {
    private JournalReader() {
    }

    /** Told each row in file order. */
    @FunctionalInterface
    interface RowVisitor {
        void accept(SweepRunRow row, long offset, long lineNo) throws InputException;
    }

    /**
     * Visits every complete row (a last line without its line end is left out).
     *
     * @throws InputException if a complete line is not a row of this sweep: the file was edited or belongs to
     *                        another sweep
     */
    static void forEach(Path runs, CsvTable<SweepRunRow> table, RowVisitor visitor) throws IOException, InputException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(runs), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(512);
            long offset = 0;
            long start = 0;
            long lineNo = 0;
            int b;
            while ((b = in.read()) >= 0) {
                offset++;
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                lineNo++;
                if (lineNo > 1) { // line 1 is the header
                    visitor.accept(row(runs, table, line.toString(StandardCharsets.UTF_8), lineNo), start, lineNo);
                }
                line.reset();
                start = offset;
            }
        }
    }

    private static SweepRunRow row(Path runs, CsvTable<SweepRunRow> table, String line, long lineNo)
            throws InputException {
        String[] cells = Csv.parseLine(line);
        if (cells.length != table.columns().size()) {
            throw new InputException(runs + ": line " + lineNo + " has " + cells.length + " fields, expected "
                    + table.columns().size() + "; the file was edited or belongs to another sweep");
        }
        try {
            return table.read(cells);
        } catch (IllegalArgumentException e) {
            throw new InputException(runs + ": line " + lineNo + ": " + e.getMessage() + ": " + line);
        }
    }
}
