package org.communitysim.scenario.file;

import java.nio.file.Files;
import java.nio.file.Path;
import org.communitysim.scenario.Scenario;

/**
 * The scenarios shipped in the repository's {@code scenarios/} folder, by name, for code that runs from a
 * checkout (tests, benchmarks): the files are the only definition of a shipped scenario, so Java code loads
 * them rather than rebuilding them.
 */
public final class ShippedScenarios {
    private ShippedScenarios() {
    }

    /**
     * The shipped folder: {@code $communitysim.home/scenarios} when that property is set, else the nearest
     * {@code scenarios/} holding {@code reference.json} at or above the working directory (tests run in a module
     * folder, benchmarks at the root).
     *
     * @throws IllegalStateException when there is none
     */
    public static Path folder() {
        String home = System.getProperty("communitysim.home");
        if (home != null) {
            return Path.of(home, "scenarios");
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("scenarios/reference.json"))) {
                return p.resolve("scenarios");
            }
        }
        throw new IllegalStateException("no scenarios/reference.json at or above " + Path.of("").toAbsolutePath()
                + "; run from the repository or set -Dcommunitysim.home");
    }

    /** The file of a shipped scenario, e.g. {@code big-open-group} → scenarios/big-open-group.json. */
    public static Path file(String name) {
        return folder().resolve(name + ".json");
    }

    /**
     * The shipped scenario {@code name}, loaded as the CLI loads it.
     *
     * @throws IllegalStateException when it does not load: a shipped file is valid (ShippedScenariosTest)
     */
    public static Scenario load(String name) {
        try {
            return ScenarioFiles.load(file(name));
        } catch (InputException e) {
            throw new IllegalStateException("shipped scenario " + name + " does not load: " + e.getMessage(), e);
        }
    }
}
