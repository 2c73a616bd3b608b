package org.communitysim.experiments.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that it either appears whole or not at all: the content goes to a temporary file in the
 * same directory, is flushed to disk, then renamed over the target. An interrupted run never leaves a
 * truncated file that looks complete.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Something that writes text. */
    @FunctionalInterface
    public interface TextBody {
        void writeTo(Writer out) throws IOException;
    }

    /** Something that writes bytes. */
    @FunctionalInterface
    public interface ByteBody {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void writeText(Path target, TextBody body) throws IOException {
        writeBytes(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            body.writeTo(w);
            w.flush();
        });
    }

    public static void writeString(Path target, String text) throws IOException {
        writeText(target, w -> w.write(text));
    }

    /**
     * Writes {@code target} whole or not at all. A failure that Java reports without a path (a full disk says only
     * "No space left on device") is rethrown as a {@link FileSystemException} naming the target.
     */
    public static void writeBytes(Path target, ByteBody body) throws IOException {
        try {
            writeAtomically(target, body);
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException e) {
            FileSystemException named = new FileSystemException(target.toString(), null, e.getMessage());
            named.initCause(e);
            throw named;
        }
    }

    /**
     * Deletes the temporary files {@link #writeBytes} leaves in {@code dir} when the process is killed between
     * creating and renaming one. Call only while holding the folder ({@link ResultsFolder}): nobody else writes there.
     */
    public static void deleteOrphans(Path dir) throws IOException {
        try (var entries = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path p : entries) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void writeAtomically(Path target, ByteBody body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            readableByAll(tmp);
            try (var channel = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Temporary files are created owner-only; a result file should be as readable as any other (rw-r--r--). */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
