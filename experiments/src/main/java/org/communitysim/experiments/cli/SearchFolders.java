package org.communitysim.experiments.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.communitysim.scenario.file.InputException;

/**
 * The results folders of {@code calibrate} and {@code optimise}, claimed as {@code run} and {@code compare} claim
 * theirs: a folder given by --out must be new or empty; the default is {@code results/<name>-<timestamp>}, created
 * atomically so two invocations in the same second never share it.
 */
final class SearchFolders {
    private SearchFolders() {
    }

    static Path claim(Path out, String name) throws InputException, IOException {
        return out != null ? claimGiven(out) : createDefault(name);
    }

    private static Path claimGiven(Path out) throws InputException, IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputException("--out " + out + ": exists and is not a folder");
        }
        if (Files.isDirectory(out)) {
            try (var entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new InputException("--out " + out + ": the folder is not empty; choose a new folder so "
                            + "earlier results are not mixed with these");
                }
            }
        }
        Files.createDirectories(out);
        return out;
    }

    private static Path createDefault(String name) throws IOException {
        String stem = name.replaceAll("[^A-Za-z0-9_.-]", "_");
        if (stem.length() > 80) {
            stem = stem.substring(0, 80);
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Files.createDirectories(Path.of("results"));
        for (int i = 1; ; i++) {
            Path p = Path.of("results", stem + "-" + stamp + (i == 1 ? "" : "-" + i));
            try {
                Files.createDirectory(p);
                return p;
            } catch (FileAlreadyExistsException e) {
                // taken this second: try the next suffix
            }
        }
    }

    /** An argument as a shell reads it back. */
    static String quote(String s) {
        return s.matches("[A-Za-z0-9_./=:+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
