package org.communitysim.scenario.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the test inputs are: test resources, the repository's shipped folders, and scratch files. */
final class TestFiles {
    private TestFiles() {
    }

    /** A file under src/test/resources/scenarios. */
    static Path resource(String name) {
        try {
            return Path.of(TestFiles.class.getResource("/scenarios/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource scenarios/" + name, e);
        }
    }

    /** The repository root: the folder holding scenarios/ and docs/ (tests run in the module folder). */
    static Path repoRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("scenarios/reference.json"))) {
                return p;
            }
        }
        throw new IllegalStateException("no scenarios/reference.json above " + Path.of("").toAbsolutePath());
    }

    static Path write(Path dir, String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
