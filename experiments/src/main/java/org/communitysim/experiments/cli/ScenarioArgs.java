package org.communitysim.experiments.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communitysim.experiments.InputException;

/** Resolves a SCENARIO argument: a file path, or the name of a shipped scenario in the scenarios folder. */
final class ScenarioArgs {
    private ScenarioArgs() {
    }

    /** The shipped scenarios folder: {@code $communitysim.home/scenarios} (set by ./community-sim), else ./scenarios. */
    static Path shippedDir() {
        String home = System.getProperty("communitysim.home");
        return home != null ? Path.of(home, "scenarios") : Path.of("scenarios");
    }

    static Path resolve(String arg) throws InputException {
        Path p = Path.of(arg);
        if (Files.isRegularFile(p)) {
            return p;
        }
        if (!arg.contains("/") && !arg.contains("\\")) {
            for (String ext : new String[] {".json", ".yaml", ".yml", ""}) {
                Path shipped = shippedDir().resolve(arg + ext);
                if (Files.isRegularFile(shipped)) {
                    return shipped;
                }
            }
        }
        List<String> names = shippedNames();
        throw new InputException("scenario '" + arg + "': no such file"
                + (names.isEmpty() ? "" : ", and no shipped scenario of that name (shipped: " + String.join(", ", names) + ")"));
    }

    static List<String> shippedNames() {
        List<String> names = new ArrayList<>();
        Path dir = shippedDir();
        if (!Files.isDirectory(dir)) {
            return names;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.{json,yaml,yml}")) {
            for (Path f : ds) {
                String n = f.getFileName().toString();
                names.add(n.substring(0, n.lastIndexOf('.')));
            }
        } catch (IOException e) {
            return names;
        }
        names.sort(null);
        return names;
    }
}
