package org.communitysim.experiments.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void writeString_createsFileWithContentAndNoLeftovers(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("sub/out.csv");
        AtomicFiles.writeString(f, "a,b\n1,2\n");
        assertEquals("a,b\n1,2\n", Files.readString(f));
        try (Stream<Path> files = Files.list(f.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void writeText_failureMidWrite_leavesPreviousFileIntact(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("runs.csv");
        AtomicFiles.writeString(f, "complete\n");
        assertThrows(IOException.class, () -> AtomicFiles.writeText(f, w -> {
            w.write("half a fi");
            throw new IOException("disk full");
        }));
        assertEquals("complete\n", Files.readString(f), "the old file is untouched");
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.allMatch(p -> p.getFileName().toString().equals("runs.csv")), "temp file removed");
        }
    }
}
