package org.communitysim.experiments.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small sweep specs for tests: a tiny base scenario (2,000 persons, 60 days) and a spec around it. */
final class SweepFixtures {
    private SweepFixtures() {
    }

    static Path base(Path dir, int population, int days) {
        Path shipped = Path.of("..", "scenarios", "big-open-group.json").toAbsolutePath().normalize();
        return write(dir, "base.json", "{\"extends\": \"" + shipped.toString().replace("\\", "\\\\")
                + "\", \"population\": {\"size\": " + population + "}, \"horizonDays\": " + days + "}");
    }

    static Path spec(Path dir, String name, String body) {
        base(dir, 2000, 60);
        return write(dir, name + ".json", body);
    }

    static Path write(Path dir, String name, String text) {
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
