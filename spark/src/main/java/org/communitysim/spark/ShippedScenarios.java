package org.communitysim.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.communitysim.scenario.file.InputException;
import org.communitysim.scenario.file.ScenarioFiles;
import org.communitysim.scenario.Scenario;

/**
 * Scenarios travel to executors as their fully resolved JSON ({@link ScenarioFiles#toJson}): executors on a cluster
 * cannot read the driver's scenario files, and the scenario records are not {@link java.io.Serializable}. On the
 * executor the JSON is written once per JVM to a temporary file and loaded with the same {@link ScenarioFiles#load}
 * as everywhere else (with the point's overrides for a sweep), so the scenario is the one the driver validated.
 */
final class ShippedScenarios {
    private static final ConcurrentHashMap<String, Path> FILES = new ConcurrentHashMap<>();

    private ShippedScenarios() {
    }

    /**
     * The scenario of {@code json} with {@code overrides} applied, or the input error, its messages naming
     * {@code shownAs} instead of this JVM's temporary copy.
     */
    static Scenario loadChecked(String json, List<String> overrides, String shownAs) throws InputException {
        Path file = FILES.computeIfAbsent(sha256(json), h -> write(h, json));
        try {
            return ScenarioFiles.load(file, overrides);
        } catch (InputException e) {
            throw new InputException(e.problems().stream().map(m -> m.replace(file.toString(), shownAs)).toList());
        }
    }

    /** The scenario of {@code json} with {@code overrides} applied. */
    static Scenario load(String json, List<String> overrides) {
        try {
            return loadChecked(json, overrides, "shipped scenario");
        } catch (InputException e) {
            // the driver validated every scenario before submitting the job: this is a bug, not an input error
            throw new IllegalStateException("a shipped scenario no longer loads: " + String.join("; ", e.problems()), e);
        }
    }

    private static Path write(String hash, String json) {
        try {
            Path f = Files.createTempFile("community-sim-scenario-" + hash.substring(0, 12) + "-", ".json");
            f.toFile().deleteOnExit();
            return Files.writeString(f, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
