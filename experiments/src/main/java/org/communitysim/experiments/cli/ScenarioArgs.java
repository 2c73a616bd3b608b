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
                    String with = " [with --set " + String.join(", ", sets) + "]";
                    s = s.named(s.name(), s.description() + with,
                            s.descriptionZh().isBlank() ? "" : s.descriptionZh() + " [--set " + String.join(", ", sets) + "]");
                }
                scenarios.add(s);
            } catch (InputException e) {
                problems.addAll(sets.isEmpty() ? e.problems() : blamingTheSets(e.problems(), resolve(arg), sets));
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

    /**
     * The problems of a file that is valid on its own but not with the {@code --set} overrides: each one that names the
     * file names the overrides too ({@code FILE with --set group.sizeCap=1: ...}), so the user is not sent to a file
     * that has nothing wrong with it.
     */
    private static List<String> blamingTheSets(List<String> problems, Path file, List<String> sets) {
        try {
            ScenarioFiles.load(file);
        } catch (InputException alone) {
            return problems; // the file's own problems: they are the file's
        }
        List<String> out = new ArrayList<>();
        String with = " with --set " + String.join(", ", sets) + ": ";
        for (String p : problems) {
            String named = null;
            for (String prefix : List.of(file.toString(), file.toAbsolutePath().normalize().toString())) {
                if (named == null && p.startsWith(prefix + ": ")) {
                    named = prefix + with + p.substring(prefix.length() + 2);
                }
            }
            out.add(named != null ? named : p);
        }
        return out;
    }

    /** Where a {@code --vary} value holds a second change: a comma followed by {@code path=}. */
    private static final java.util.regex.Pattern NEXT_CHANGE =
            java.util.regex.Pattern.compile(",(?=\\s*[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*\\s*=)");

    /**
     * The changes of one {@code --vary} value: {@code path=value}, or several joined by commas
     * ({@code group.threshold=0.4,referral.reward=1}). A comma starts a new change only when {@code path=} follows
     * it, so a list value such as {@code join.seedIds=[1,2,3]} stays whole.
     */
    public static List<String> changes(String vary) {
        List<String> out = new ArrayList<>();
        for (String part : NEXT_CHANGE.split(vary.trim())) {
            out.add(part.trim());
        }
        return out;
    }

    /**
     * A what-if: the baseline, then one variant per {@code --vary} value, each the baseline with its changes (after
     * the {@code --set} overrides, which apply to all). A variant is named after its changes
     * ({@code group.threshold=0.4}); its description says what changed. Changes are validated like {@code --set}:
     * every problem of every variant is reported together, labelled with {@code --vary}.
     */
    public static List<Scenario> loadWhatIf(String baseline, List<String> sets, List<String> varies)
            throws InputException {
        List<Scenario> scenarios = new ArrayList<>(loadAll(List.of(baseline), sets));
        Scenario base = scenarios.get(0);
        Path file = resolve(baseline);
        List<String> problems = new ArrayList<>();
        for (String vary : varies) {
            List<String> changes = changes(vary);
            String name = String.join(",", changes).replaceAll("\\s*=\\s*", "=");
            try {
                Scenario v = org.communitysim.scenario.file.ScenarioDraft.resolve(file).override(sets)
                        .override(changes, "--vary").bind();
                scenarios.add(v.named(name, base.description() + " [" + name + "]",
                        base.descriptionZh().isBlank() ? "" : base.descriptionZh() + " [" + name + "]"));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        List<String> names = scenarios.stream().map(Scenario::name).toList();
        for (int i = 1; i < names.size(); i++) {
            if (names.indexOf(names.get(i)) != i || names.get(i).equals(names.get(0))) {
                throw new InputException("--vary " + names.get(i) + ": given twice; each variant must differ");
            }
        }
        return scenarios;
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
