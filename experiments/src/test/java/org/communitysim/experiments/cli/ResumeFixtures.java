package org.communitysim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.communitysim.experiments.io.ResultsFolder;
import org.communitysim.experiments.search.SearchJournal;

/**
 * What the resume tests of {@code calibrate} and {@code optimise} share: the folder a kill leaves behind, made from
 * an uninterrupted run's, and the comparison of a resumed folder with the uninterrupted one.
 */
final class ResumeFixtures {
    private ResumeFixtures() {
    }

    /**
     * Makes {@code cut} what a process killed after journal line {@code k} leaves: the search's spec file
     * ({@code specFile}, copied from {@code whole}), the journal's header and first {@code k} lines (nothing for
     * k = −1) followed by half of the next line, torn mid-line, unless k is the last, and the dead process's lock file.
     */
    static void killedAfter(Path whole, Path cut, String specFile, List<String> journal, int k) throws IOException {
        Files.createDirectories(cut);
        Files.copy(whole.resolve(specFile), cut.resolve(specFile));
        StringBuilder j = new StringBuilder();
        if (k >= 0) {
            for (String line : journal.subList(0, k + 1)) {
                j.append(line).append('\n');
            }
            if (k < journal.size() - 1) {
                String next = journal.get(k + 1);
                j.append(next, 0, next.length() / 2); // torn mid-line by the kill
            }
        }
        Files.writeString(cut.resolve(SearchJournal.FILE), j.toString());
        Files.writeString(cut.resolve(ResultsFolder.LOCK_FILE), "12345 dead\n"); // the killed process's lock file
    }

    /**
     * Every file of the two folders the same bytes; report.html and manifest.json but for their wall times; the files
     * named in {@code comparedElsewhere} are left to the caller.
     */
    static void assertSameResults(Path whole, Path resumed, String what, Set<String> comparedElsewhere)
            throws IOException {
        List<Path> files = files(whole);
        assertEquals(files, files(resumed), what);
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (comparedElsewhere.contains(name)) {
                continue;
            }
            if (name.equals("report.html") || name.equals("manifest.json")) {
                assertEquals(withoutWallTimes(Files.readString(whole.resolve(f))),
                        withoutWallTimes(Files.readString(resumed.resolve(f))), what + ": " + f);
            } else {
                assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(resumed.resolve(f)),
                        what + ": " + f);
            }
        }
    }

    /** The regular files below {@code dir}, relative to it, sorted. */
    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    private static String withoutWallTimes(String text) {
        return text.replaceAll("\"wall_seconds\" : [0-9.E-]+", "\"wall_seconds\" : W")
                .replaceAll("[0-9]+(\\.[0-9]+)? s\\b", "W s").replaceAll("[0-9]+(\\.[0-9]+)? 秒", "W 秒");
    }
}
