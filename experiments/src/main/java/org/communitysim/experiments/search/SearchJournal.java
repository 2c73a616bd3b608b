package org.communitysim.experiments.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.communitysim.experiments.io.AtomicFiles;
import org.communitysim.experiments.io.TornLines;
import org.communitysim.scenario.file.InputException;

/**
 * The journal of a search's finished evaluations, so that an interrupted {@code optimise} (or {@code calibrate}) can
 * be continued with {@code --resume DIR}. The search is deterministic (a seeded CMA-ES on common random numbers): run
 * again with the same spec and seed it asks for the same candidates in the same order, so a resume re-runs the search
 * and takes every evaluation the journal holds from it instead of simulating it; the ones after the journal's end are
 * simulated and appended. The outputs are therefore the same bytes as an uninterrupted run's.
 *
 * <p>The folder holds {@code SPEC_FILE} (the resolved spec, seed and base scenario included, with its SHA-256, written
 * first and atomically) and {@value #FILE}: a header, then one line per evaluation, flushed as it is written —
 * {@code stage,evaluation,runs}, the candidate's values and the results the search consumed, every number as Java's
 * shortest exact decimal ({@link Double#toString}), so what is read back is the same double, bit for bit. A kill
 * (even {@code kill -9} mid-line) loses at most the evaluation being written: a last line without its line end is cut
 * off on resume. A complete line that does not parse, or a candidate that is not the one the search now asks for, is
 * refused (the file was edited, or written by another version): never silently mixed in.
 */
public final class SearchJournal implements AutoCloseable {
    /** The journal file in a results folder. */
    public static final String FILE = "evaluations.journal.csv";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One finished evaluation: stage ("search", "fresh"...), its number, the runs it took, values and results. */
    public record Entry(String stage, int index, long runs, double[] values, double[] results) {
    }

    private final Path file;
    private final Map<String, Entry> entries;
    private final Map<String, Long> lines;
    private final BufferedWriter out;
    private int reused;

    private SearchJournal(Path file, Map<String, Entry> entries, Map<String, Long> lines, BufferedWriter out) {
        this.file = file;
        this.entries = entries;
        this.lines = lines;
        this.out = out;
    }

    /**
     * Opens the journal of the search in {@code dir}: a new one (writes the spec file, refused when the folder already
     * holds one) or, with {@code resume}, the one there (refused when the spec file is missing, or its seed or hash
     * differs from {@code resolved}'s).
     *
     * @param command   the command's name in messages ("optimise")
     * @param specFile  the spec file's name ("optimise.json")
     * @param resolved  the resolved spec with its {@code seed}; its {@code hash} is added here
     * @param columns   the header after {@code stage,evaluation,runs}: value columns then result columns
     * @param values    how many of {@code columns} are the candidate's values
     */
    public static SearchJournal open(Path dir, boolean resume, String command, String specFile, ObjectNode resolved,
            List<String> columns, int values) throws IOException, InputException {
        ObjectNode spec = resolved.deepCopy();
        spec.remove("hash");
        String hash = sha256(JSON.writeValueAsString(spec));
        spec.put("hash", hash);
        Path specPath = dir.resolve(specFile);
        Path file = dir.resolve(FILE);
        String header = "stage,evaluation,runs," + String.join(",", columns);
        Map<String, Entry> entries = new HashMap<>();
        Map<String, Long> lines = new HashMap<>();
        if (resume) {
            if (!Files.isRegularFile(specPath)) {
                throw new InputException("--resume " + dir + ": no " + specFile + " there; not a folder of "
                        + command + " results");
            }
            JsonNode stored = JSON.readTree(specPath.toFile());
            long storedSeed = stored.path("seed").asLong();
            long seed = spec.path("seed").asLong();
            if (storedSeed != seed) {
                throw new InputException("--resume " + dir + ": the search there was started with seed "
                        + storedSeed + ", not " + seed + "; give --seed " + storedSeed + " to continue it");
            }
            String storedHash = stored.path("hash").asText();
            if (!storedHash.equals(hash) && command.equals("calibrate")) { // its hash covers the observed data too
                throw new InputException("--resume " + dir + ": the spec, its base scenario or the observed data "
                        + "differs from what this calibration was started with (hash " + hash.substring(0, 12) + " vs "
                        + storedHash.substring(0, Math.min(12, storedHash.length()))
                        + "); restore them, or start a new calibration with another --out");
            }
            if (!storedHash.equals(hash)) {
                throw new InputException("--resume " + dir + ": the spec (or its base scenario) differs from the one "
                        + "this search was started with (hash " + hash.substring(0, 12) + " vs "
                        + storedHash.substring(0, Math.min(12, storedHash.length()))
                        + "); restore it, or start a new search with another --out");
            }
            if (Files.exists(file) && Files.size(file) > 0) {
                TornLines.cut(file);
                read(file, header, 3 + columns.size(), values, entries, lines);
            }
        } else {
            if (Files.exists(specPath) || Files.exists(file)) {
                throw new InputException("--out " + dir + " already holds " + command + " results; continue them with "
                        + "--resume " + dir + " or choose another --out");
            }
            AtomicFiles.writeString(specPath, JSON.writeValueAsString(spec) + "\n");
        }
        boolean fresh = !Files.exists(file) || Files.size(file) == 0; // new, or killed before its header was written
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        if (fresh) {
            out.write(header);
            out.write('\n');
            out.flush();
        }
        return new SearchJournal(file, entries, lines, out);
    }

    /** Reads every complete line of a journal into {@code entries}; a line that is not one is an input error. */
    private static void read(Path file, String header, int cells, int values, Map<String, Entry> entries,
            Map<String, Long> lines) throws IOException, InputException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (!header.equals(first)) {
                throw new InputException(file + ": line 1 is not this search's header (expected " + header
                        + "); the file was edited or belongs to another search");
            }
            long lineNo = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                String[] c = line.split(",", -1);
                if (c.length != cells) {
                    throw new InputException(file + ": line " + lineNo + " has " + c.length + " fields, expected "
                            + cells + "; the file was edited or belongs to another search");
                }
                try {
                    double[] v = new double[values];
                    double[] r = new double[cells - 3 - values];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = Double.parseDouble(c[3 + i]);
                    }
                    for (int i = 0; i < r.length; i++) {
                        r[i] = Double.parseDouble(c[3 + values + i]);
                    }
                    Entry e = new Entry(c[0], Integer.parseInt(c[1]), Long.parseLong(c[2]), v, r);
                    if (entries.putIfAbsent(key(e.stage(), e.index()), e) != null) {
                        throw new InputException(file + ": line " + lineNo + ": " + e.stage() + " evaluation "
                                + e.index() + " is there twice; the file was edited");
                    }
                    lines.put(key(e.stage(), e.index()), lineNo);
                } catch (NumberFormatException e) {
                    throw new InputException(file + ": line " + lineNo + ": not a number (" + e.getMessage()
                            + "); the file was edited or belongs to another search");
                }
            }
        }
    }

    /**
     * The journal's entry for evaluation {@code index} of {@code stage}, or null when it holds none (the evaluation is
     * to be run and {@link #append}ed).
     *
     * @throws InputException when the entry is for other values than {@code values}: the search took another path
     *                        than the one that wrote the journal
     */
    public synchronized Entry take(String stage, int index, double[] values) throws InputException {
        String key = key(stage, index);
        Entry e = entries.get(key);
        if (e == null) {
            return null;
        }
        for (int i = 0; i < values.length; i++) {
            if (Double.doubleToLongBits(values[i]) != Double.doubleToLongBits(e.values()[i])) {
                throw new InputException(file + ": line " + lines.get(key) + ": " + stage + " evaluation " + index
                        + " was of " + java.util.Arrays.toString(e.values()) + ", but the search now asks for "
                        + java.util.Arrays.toString(values) + "; the journal was written by another version or "
                        + "edited; start a new search with another --out");
            }
        }
        reused++;
        return e;
    }

    /**
     * The journal's entry for step {@code index} of {@code stage} whatever its values, or null: for a step whose
     * values are its result (a bootstrap refit's estimate), not its question.
     */
    public synchronized Entry result(String stage, int index) {
        Entry e = entries.get(key(stage, index));
        if (e != null) {
            reused++;
        }
        return e;
    }

    /** Appends one finished evaluation and flushes it (whole lines, also from several threads). */
    public synchronized void append(Entry e) throws IOException {
        StringBuilder sb = new StringBuilder(e.stage()).append(',').append(e.index()).append(',').append(e.runs());
        for (double v : e.values()) {
            sb.append(',').append(v);
        }
        for (double v : e.results()) {
            sb.append(',').append(v);
        }
        out.write(sb.append('\n').toString());
        out.flush();
    }

    /** Entries taken from the journal so far. */
    public synchronized int reused() {
        return reused;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private static String key(String stage, int index) {
        return stage + ":" + index;
    }

    /** The SHA-256 of a text, as 64 hex digits. */
    public static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A journal's checked failure (an input error: the journal disagrees with the search; or an I/O error) carried
     * out of the function CMA-ES calls, which may not throw checked exceptions; {@code throw f.rethrown()} after it.
     */
    public static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Failure(Exception cause) {
            super(cause);
        }

        /** Throws the input error, or returns the I/O error to be thrown. */
        public IOException rethrown() throws org.communitysim.scenario.file.InputException {
            if (getCause() instanceof org.communitysim.scenario.file.InputException e) {
                throw e;
            }
            return (IOException) getCause();
        }
    }
}
