package org.communitysim.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.communitysim.experiments.io.AtomicFiles;
import org.communitysim.experiments.io.Csv;
import org.communitysim.experiments.io.CsvTable;
import org.communitysim.experiments.io.ResultsFolder;
import org.communitysim.scenario.file.InputException;

/**
 * The results location: a local folder or any Hadoop file system URI (hdfs://, s3a://, file:…). Executors write the
 * per-run part files there through Spark; the driver writes the small files (sweep.json, points.csv,
 * sensitivity.csv, report.html, charts, manifest.json) with the same code as the local runner into a local folder —
 * the location itself when it is local, else a staging folder that {@link #publish} copies up — and reads the part
 * files back as streams of typed rows ({@link #rows}).
 *
 * <p>A local location is claimed and locked as the local commands claim theirs ({@link ResultsFolder}): of two
 * invocations given one folder, one writes and the other is refused (exit 2); a failed new run leaves no folder. A
 * remote file system (HDFS, S3) has no such lock: there the location is only checked to be empty.
 */
final class Output implements AutoCloseable {
    static final String RUNS = "runs";

    private final Path root;
    private final FileSystem fs;
    private final boolean local;
    private final java.nio.file.Path localDir;
    /** The claim on a local location while this invocation writes into it; null for a remote one. */
    private ResultsFolder folder;

    Output(String uri, Configuration conf) throws IOException {
        Path p = new Path(uri);
        this.fs = p.getFileSystem(conf);
        this.root = fs.makeQualified(p);
        this.local = fs instanceof LocalFileSystem;
        this.localDir = local ? java.nio.file.Path.of(root.toUri()) : Files.createTempDirectory("community-sim-spark-");
    }

    /** The location, fully qualified (e.g. file:/home/me/results/x, hdfs://nn:8020/user/me/x). */
    String uri() {
        return root.toString();
    }

    /** A file or folder in the location, as Spark's saveAsTextFile wants it. */
    String uri(String name) {
        return new Path(root, name).toString();
    }

    /** Where the driver writes its files; the location itself when it is local. */
    java.nio.file.Path localDir() throws IOException {
        Files.createDirectories(localDir);
        return localDir;
    }

    boolean exists(String name) throws IOException {
        return fs.exists(new Path(root, name));
    }

    /**
     * Claims the location for new results: a local folder new or empty, created and locked; a remote one (no lock
     * there) only checked to hold nothing.
     *
     * @param notEmpty the refusal when the location holds something
     */
    void claimNew(String notEmpty) throws IOException, InputException {
        if (isFile()) {
            throw new InputException("--out " + uri() + ": exists and is not a folder");
        }
        if (!local) {
            if (nonEmpty()) {
                throw new InputException(notEmpty);
            }
            return;
        }
        try {
            folder = ResultsFolder.claimNew(localDir);
        } catch (ResultsFolder.FolderInUseException e) {
            throw new InputException("--out " + e.getMessage());
        } catch (ResultsFolder.FolderNotEmptyException e) {
            throw new InputException(notEmpty);
        } catch (ResultsFolder.NotAFolderException e) {
            throw new InputException("--out " + e.getMessage());
        }
    }

    /** Locks a local location that holds a sweep to continue (a missing one is left to the caller's checks). */
    void claimExisting() throws IOException, InputException {
        if (!local || !Files.isDirectory(localDir)) {
            return;
        }
        try {
            folder = ResultsFolder.openExisting(localDir);
        } catch (ResultsFolder.FolderInUseException | ResultsFolder.NotAFolderException e) {
            throw new InputException("--out " + e.getMessage());
        }
    }

    /** The location holds results to keep, even if the invocation fails later (see {@link ResultsFolder#keep}). */
    void keep() {
        if (folder != null) {
            folder.keep();
        }
    }

    /** Whether the location holds anything. */
    boolean nonEmpty() throws IOException {
        return fs.exists(root) && (!fs.getFileStatus(root).isDirectory() || fs.listStatus(root).length > 0);
    }

    boolean isFile() throws IOException {
        return fs.exists(root) && !fs.getFileStatus(root).isDirectory();
    }

    void delete(String name) throws IOException {
        fs.delete(new Path(root, name), true);
    }

    String read(String name) throws IOException {
        try (InputStream in = fs.open(new Path(root, name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Writes a small file: atomically on a local location, else by the file system's create (overwrite). */
    void write(String name, String text) throws IOException {
        if (local) {
            java.nio.file.Path file = localDir().resolve(name);
            Files.createDirectories(file.getParent());
            AtomicFiles.writeString(file, text);
            return;
        }
        fs.mkdirs(root);
        try (OutputStream out = fs.create(new Path(root, name), true)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The part files of a folder in part order (part-00000.csv, part-00001.csv, …; compressed ones too). */
    List<Path> partFiles(String folder) throws IOException {
        FileStatus[] st = fs.globStatus(new Path(new Path(root, folder), "part-*"));
        List<Path> parts = new ArrayList<>();
        if (st != null) {
            for (FileStatus s : st) {
                parts.add(s.getPath());
            }
        }
        parts.sort(Comparator.comparingLong(Output::partNumber));
        return parts;
    }

    static long partNumber(Path p) {
        String n = p.getName().substring("part-".length());
        int end = 0;
        while (end < n.length() && Character.isDigit(n.charAt(end))) {
            end++;
        }
        return Long.parseLong(n.substring(0, end));
    }

    /** The lines of one part file, decompressed by its extension (.gz, .bz2, …). */
    Stream<String> lines(Path part) throws IOException {
        CompressionCodec codec = new CompressionCodecFactory(fs.getConf()).getCodec(part);
        InputStream in = fs.open(part);
        if (codec != null) {
            in = codec.createInputStream(in);
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        return r.lines().onClose(() -> {
            try {
                r.close();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /**
     * The rows of one part file, parsed by the CSV library into the table's typed rows; the first line must be the
     * table's header (a part file holds its header, then its rows).
     */
    <R> Stream<R> rows(Path part, CsvTable<R> table, String header) throws IOException {
        Stream<String> lines = lines(part);
        Iterator<String> it = lines.iterator();
        if (it.hasNext()) {
            String h = it.next();
            if (!h.equals(header)) {
                lines.close();
                throw new IllegalStateException(part + ": unexpected header " + h);
            }
        }
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
                .map(line -> {
                    try {
                        return table.read(Csv.parseLine(line));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException(part + ": not a row of " + Output.RUNS + ": " + line, e);
                    }
                })
                .onClose(lines::close);
    }

    /** Copies the staged files up to a non-local location (nothing to do for a local one). */
    void publish() throws IOException {
        if (local) {
            return;
        }
        fs.mkdirs(root);
        try (Stream<java.nio.file.Path> entries = Files.list(localDir)) {
            for (java.nio.file.Path e : entries.toList()) {
                fs.copyFromLocalFile(false, true, new Path(e.toUri()), new Path(root, e.getFileName().toString()));
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (folder != null) {
            folder.close();
        }
        if (!local && Files.exists(localDir)) {
            try (Stream<java.nio.file.Path> walk = Files.walk(localDir)) {
                for (java.nio.file.Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
