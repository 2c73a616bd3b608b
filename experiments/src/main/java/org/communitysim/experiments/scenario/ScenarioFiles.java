package org.communitysim.experiments.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.communitysim.experiments.InputException;
import org.communitysim.network.EdgeListException;
import org.communitysim.network.EdgeListReader;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.JoinSpec;
import org.communitysim.scenario.NetworkType;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.SeedingMode;
import org.communitysim.scenario.ThresholdDistribution;

/**
 * Scenario files: the user-facing form of a {@link Scenario}. A file gives only what differs from the defaults
 * (or from the file it {@code extends}); {@code --set path=value} overrides come last; the result is validated
 * once, every problem reported together. The format is documented in docs/scenarios.md.
 *
 * <p>Loading goes: extends chain merged over the defaults ({@link ExtendsChain}) → name and description
 * defaults → overrides ({@link Overrides}) → per-field checks ({@link TreeValidator}) → the records' own checks
 * ({@link RecordBinder}).
 */
public final class ScenarioFiles {
    private ScenarioFiles() {
    }

    private static final ObjectWriter PRETTY = JsonMapper.builder().build().writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    /** Loads a scenario file with no overrides. */
    public static Scenario load(Path file) throws InputException {
        return load(file, List.of());
    }

    /**
     * Loads a scenario file (JSON; YAML when the name ends in .yaml or .yml).
     *
     * @param file      the scenario file
     * @param overrides {@code path=value} strings, e.g. {@code group.threshold=0.4}, applied in order
     * @throws InputException listing every problem found: unreadable or malformed files, bad extends, unknown
     *                        keys, wrong types, values out of range, violated cross-field constraints
     */
    public static Scenario load(Path file, List<String> overrides) throws InputException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(overrides, "overrides");
        LayeredTree tree = ExtendsChain.resolve(file, defaultsTree());
        nameAndDescriptionDefaults(tree, file);
        List<String> problems = new ArrayList<>(Overrides.apply(overrides, tree));
        problems.addAll(TreeValidator.validate(tree));
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        List<String> refused = new ArrayList<>();
        Scenario scenario = RecordBinder.bind(Scenario.class, tree.root(), refused);
        if (scenario == null) {
            throw new InputException(refused.stream().map(m -> file + ": " + m).toList());
        }
        joinFitsEdgeList(scenario, file);
        return scenario;
    }

    /**
     * Seed ids, random seeds and threshold lists must fit the population; with an edge-list network only the list
     * knows how many persons there are, so a misfit is caught here, naming the field, rather than when a run starts.
     */
    private static void joinFitsEdgeList(Scenario scenario, Path file) throws InputException {
        if (scenario.network().type() != NetworkType.EDGE_LIST) {
            return;
        }
        JoinSpec join = scenario.join();
        boolean namesPersons = join.seeding() == SeedingMode.IDS || join.seeding() == SeedingMode.RANDOM
                || join.threshold().distribution() == ThresholdDistribution.LIST;
        if (!namesPersons) {
            return;
        }
        try {
            int nodes = EdgeListReader.readCached(Path.of(scenario.network().edgeListPath())).nodeCount();
            Scenario.checkAgainstPopulation(join, nodes);
        } catch (EdgeListException e) {
            throw new InputException(List.of(file + ": network.edgeListPath: " + e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new InputException(List.of(file + ": " + e.getMessage()));
        }
    }

    /**
     * The fully resolved scenario as pretty-printed JSON: every field, in record component order, enums in
     * lower-kebab. Loading it back gives an equal scenario.
     */
    public static String toJson(Scenario scenario) {
        try {
            return PRETTY.writeValueAsString(toTree(scenario)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);  // a tree of plain values always serializes
        }
    }

    /** The fully resolved scenario as a JSON tree, for embedding (e.g. in a run manifest). */
    public static ObjectNode toTree(Scenario scenario) {
        return ScenarioTree.of(scenario);
    }

    /** Every field a scenario file can set, in file order, with its type, unit, default, range and meaning. */
    public static List<FieldDescription> describeFields() {
        ObjectNode defaults = ScenarioTree.of(Defaults.scenario());
        List<FieldDescription> rows = new ArrayList<>();
        for (SchemaField f : ScenarioSchema.leaves()) {
            String defaultValue = switch (f.path()) {
                case "name" -> "(base name of the file)";
                case "description" -> "\"\"";
                default -> at(defaults, f.path()).toString();
            };
            rows.add(new FieldDescription(f.path(), f.typeName(), f.unit(), defaultValue, f.allowedShort(),
                    f.meaning()));
        }
        return rows;
    }

    /** The defaults as a file would give them; name and description belong to each file, never inherited. */
    private static ObjectNode defaultsTree() {
        ObjectNode tree = ScenarioTree.of(Defaults.scenario());
        tree.remove(List.of("name", "description"));
        return tree;
    }

    private static void nameAndDescriptionDefaults(LayeredTree tree, Path file) {
        if (!tree.root().has("name")) {
            tree.set("name", TextNode.valueOf(baseName(file)), file.toString());
        }
        if (!tree.root().has("description")) {
            tree.set("description", TextNode.valueOf(""), file.toString());
        }
    }

    /** "kol-leaves-day-60.json" → "kol-leaves-day-60". */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String key : path.split("\\.")) {
            node = node.path(key);
        }
        return node;
    }
}
