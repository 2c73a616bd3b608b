package org.communitysim.experiments.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communitysim.scenario.file.InputException;
import org.communitysim.scenario.file.ScenarioFiles;
import org.communitysim.scenario.Scenario;

/**
 * Resolves SCENARIO arguments (a file path, or the name of a shipped scenario in the scenarios folder) and loads
 * them as the commands that compare scenarios do; the Spark jar's commands use the same code.
 */
public final class ScenarioArgs {
    private ScenarioArgs() {
    }

    /** The shipped scenarios folder: {@code $communitysim.home/scenarios} (set by ./community-sim), else ./scenarios. */
    static Path shippedDir() {
        String home = System.getProperty("communitysim.home");
        return home != null ? Path.of(home, "scenarios") : Path.of("scenarios");
    }

    public static Path resolve(String arg) throws InputException {
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

    /**
     * Loads every argument with the {@code --set} overrides, reporting every problem of every file together. With
     * overrides, each description says so (the file's description no longer tells the whole story). Names must
     * differ: they label the output rows.
     */
    public static List<Scenario> loadAll(List<String> args, List<String> sets) throws InputException {
        List<Scenario> scenarios = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String arg : args) {
            try {
                Scenario s = ScenarioFiles.load(resolve(arg), sets);
                if (!sets.isEmpty()) {
                    s = s.named(s.name(), s.description() + " [with --set " + String.join(", ", sets) + "]");
                }
                scenarios.add(s);
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        List<String> names = scenarios.stream().map(Scenario::name).toList();
        if (names.stream().distinct().count() < names.size()) {
            throw new InputException("scenario names must differ (got " + String.join(", ", names)
                    + "); give each file its own \"name\"");
        }
        return scenarios;
    }

    /**
     * Reads every real network the scenarios name (cached, so the runs do not read them again): a malformed edge
     * list is an input error here, before any run, on the Spark driver before any task. Returns the lists read.
     */
    public static List<org.communitysim.network.EdgeList> readEdgeLists(List<Scenario> scenarios)
            throws InputException {
        List<org.communitysim.network.EdgeList> lists = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Scenario s : scenarios) {
            String path = s.network().edgeListPath();
            if (s.network().type() != org.communitysim.scenario.NetworkType.EDGE_LIST || !seen.add(path)) {
                continue;
            }
            try {
                lists.add(org.communitysim.network.EdgeListReader.readCached(Path.of(path)));
            } catch (org.communitysim.network.EdgeListException e) {
                throw new InputException(e.getMessage());
            }
        }
        return lists;
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
