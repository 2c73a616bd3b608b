package org.communitysim.spark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.InputException;
import org.communitysim.scenario.file.ScenarioDraft;
import org.communitysim.scenario.file.ScenarioFiles;

/**
 * Scenarios travel to executors as their fully resolved JSON ({@link ScenarioFiles#toJson}): executors on a cluster
 * cannot read the driver's scenario files, and the scenario records are not {@link java.io.Serializable}. On the
 * executor the JSON is resolved, validated and bound by the loader's own steps ({@link ScenarioDraft#fromJson}),
 * so the scenario is the one the driver validated, and no temporary file is written.
 */
final class ScenarioJson {
    private ScenarioJson() {
    }

    /** The resolved draft of {@code json}; {@code shownAs} names it in messages (e.g. the base file's path). */
    static ScenarioDraft draft(String json, String shownAs) {
        try {
            return ScenarioDraft.fromJson(json, shownAs);
        } catch (InputException e) {
            // the driver wrote this JSON from a validated scenario: not an input error but a bug
            throw new IllegalStateException("a shipped scenario is not valid JSON: " + String.join("; ", e.problems()), e);
        }
    }

    /** The scenario of {@code json}. */
    static Scenario load(String json) {
        try {
            return draft(json, "shipped scenario").bind();
        } catch (InputException e) {
            // the driver validated every scenario before submitting the job: this is a bug, not an input error
            throw new IllegalStateException("a shipped scenario no longer loads: " + String.join("; ", e.problems()), e);
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
