package org.communitysim.scenario.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.Outcome;
import org.communitysim.scenario.Declarations;
import org.communitysim.scenario.OutcomeDefinitions;
import org.communitysim.scenario.OutcomeDefinitionsJson;
import org.communitysim.scenario.GroupSettings;
import org.communitysim.scenario.Playbook;
import org.communitysim.scenario.PlaybookJson;
import org.communitysim.scenario.schema.SchemaField;

/**
 * Checks the fully merged tree against the declarations ({@link Declarations#schema()}), field by field, and
 * collects every problem (unknown keys, wrong types, values out of range, bad enum values, a missing edge list) so
 * a user fixes a file in one go. Each problem names the layer that set the value, the JSON path, the value and
 * what is allowed. Whether one value is allowed is {@link SchemaField#accepts}, the rule the records' own checks
 * use too; cross-field constraints are left to the records (checked when the tree is bound).
 */
final class TreeValidator {
    private TreeValidator() {
    }

    static List<String> validate(LayeredTree tree) {
        List<String> problems = new ArrayList<>();
        section(Declarations.schema().root(), tree.root(), tree, problems);
        edgeList(tree, problems);
        return problems;
    }

    private static void section(SchemaField section, JsonNode node, LayeredTree tree, List<String> problems) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String path = section.path().isEmpty() ? e.getKey() : section.path() + "." + e.getKey();
            Optional<SchemaField> field = section.child(e.getKey());
            if (field.isEmpty()) {
                problems.add(tree.sourceOf(path) + ": " + Suggestions.unknownKey(path, validKeys(section)));
            } else if (field.get().isSection() && e.getValue().isObject()) {
                section(field.get(), e.getValue(), tree, problems);
            } else if (!field.get().accepts(e.getValue())) {
                problems.add(tree.sourceOf(path) + ": " + field.get().refusal(e.getValue()));
            } else if (field.get().javaType() == Playbook.class) {
                playbook(e.getValue(), tree, problems);
            } else if (field.get().javaType() == OutcomeDefinitions.class) {
                outcomes(e.getValue(), tree, problems);
            } else if (field.get().javaType() == GroupSettings.class) {
                List<String> found = new ArrayList<>();
                GroupSettings.read(e.getValue(), found);
                String source = tree.sourceOf(path);
                found.forEach(p -> problems.add(source + ": " + p));
            }
        }
        // Only possible when a file replaced a whole section by something else and a later layer restored part.
        for (SchemaField child : section.children()) {
            if (!node.has(child.key())) {
                problems.add(tree.sourceOf(section.path()) + ": " + child.path() + ": missing; expected "
                        + child.allowed());
            }
        }
    }

    /**
     * Every problem of the playbook, each naming the action's index and field: its structure, lever paths and
     * values checked as {@code --set} checks them, metric names against the model's daily metrics, days against
     * the horizon (when the horizon itself is valid), overlapping campaigns.
     */
    private static void playbook(JsonNode node, LayeredTree tree, List<String> problems) {
        JsonNode h = tree.root().path("horizonDays");
        int horizon = h.canConvertToInt() && h.asDouble() == h.asInt() && h.asInt() >= 1 ? h.asInt() : 0;
        PlaybookJson.Checks checks = new PlaybookJson.Checks(horizon,
                name -> Arrays.stream(DailyMetric.values()).anyMatch(m -> m.column().equals(name)),
                Arrays.stream(DailyMetric.values()).map(DailyMetric::column).collect(Collectors.joining(", ")),
                Overrides::unknownPath);
        List<String> found = new ArrayList<>();
        PlaybookJson.read(node, checks, found);
        String source = tree.sourceOf("playbook");
        found.forEach(p -> problems.add(source + ": " + p));
    }

    /**
     * Every problem of the custom outcomes, each naming the outcome's index and field: metric names against the
     * model's daily metrics, names against the built-in outcomes, days against the horizon (when it is valid).
     */
    private static void outcomes(JsonNode node, LayeredTree tree, List<String> problems) {
        JsonNode h = tree.root().path("horizonDays");
        int horizon = h.canConvertToInt() && h.asDouble() == h.asInt() && h.asInt() >= 1 ? h.asInt() : 0;
        OutcomeDefinitionsJson.Checks checks = new OutcomeDefinitionsJson.Checks(horizon,
                name -> Arrays.stream(DailyMetric.values()).anyMatch(m -> m.column().equals(name)),
                Arrays.stream(DailyMetric.values()).map(DailyMetric::column).collect(Collectors.joining(", ")),
                name -> Arrays.stream(Outcome.values()).anyMatch(o -> o.column().equals(name)));
        List<String> found = new ArrayList<>();
        OutcomeDefinitionsJson.read(node, checks, found);
        String source = tree.sourceOf(OutcomeDefinitionsJson.PATH);
        found.forEach(p -> problems.add(source + ": " + p));
    }

    private static List<String> validKeys(SchemaField section) {
        if (!section.path().isEmpty()) {
            return section.childKeys();
        }
        List<String> keys = new ArrayList<>(List.of(ExtendsChain.EXTENDS));
        keys.addAll(section.childKeys());
        return keys;
    }

    /** The model reads the edge list only when a run starts; a wrong path should fail now, naming the file. */
    private static void edgeList(LayeredTree tree, List<String> problems) {
        JsonNode p = tree.root().path("network").path("edgeListPath");
        if (!p.isTextual() || p.asText().isBlank()) {
            return;
        }
        String where = tree.sourceOf("network.edgeListPath") + ": network.edgeListPath: ";
        Path file;
        try {
            file = Path.of(p.asText());
        } catch (InvalidPathException e) {
            problems.add(where + "not a valid path: " + p);
            return;
        }
        if (!Files.exists(file)) {
            problems.add(where + "edge list file not found: " + file);
        } else if (!Files.isRegularFile(file)) {
            problems.add(where + "edge list path is not a regular file: " + file);
        } else if (!Files.isReadable(file)) {
            problems.add(where + "edge list file is not readable: " + file);
        }
    }
}
