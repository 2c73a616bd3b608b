package org.communitysim.scenario.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communitysim.scenario.Declarations;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.schema.RecordTrees;
import org.communitysim.scenario.schema.SchemaField;

/**
 * Scenario files: the user-facing form of a {@link Scenario}. A file gives only what differs from the defaults
 * (or from the file it {@code extends}); {@code --set path=value} overrides come last; the result is validated
 * once, every problem reported together. The format is documented in docs/scenarios.md.
 *
 * <p>Loading is {@link ScenarioDraft}'s steps: extends chain merged over the defaults ({@link ExtendsChain}) →
 * name and description defaults → overrides ({@link Overrides}) → per-field checks ({@link TreeValidator}) → the
 * records, with their cross-field checks ({@link RecordTrees#bind}).
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
        return ScenarioDraft.resolve(file).override(overrides).bind();
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
        return RecordTrees.toTree(scenario);
    }

    /**
     * Every field a scenario file can set, in file order, with its type, unit, default, range and meaning: the
     * declarations (reference.yaml), the default as the bound record holds it.
     */
    public static List<FieldDescription> describeFields() {
        ObjectNode defaults = toTree(Defaults.scenario());
        List<FieldDescription> rows = new ArrayList<>();
        for (SchemaField f : Declarations.schema().leaves()) {
            String defaultValue = switch (f.path()) {
                case "name" -> "(base name of the file)";
                case "description", "descriptionZh" -> "\"\"";
                default -> at(defaults, f.path()).toString();
            };
            rows.add(new FieldDescription(f.path(), f.typeName(), f.unit(), defaultValue, f.allowedShort(),
                    f.meaning()));
        }
        return rows;
    }

    /** The defaults as a file would give them; name and description belong to each file, never inherited. */
    static ObjectNode defaultsTree() {
        ObjectNode tree = toTree(Defaults.scenario());
        tree.remove(List.of("name", "description", "descriptionZh"));
        return tree;
    }

    /** "kol-leaves-day-60.json" → "kol-leaves-day-60". */
    public static String baseName(Path file) {
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
