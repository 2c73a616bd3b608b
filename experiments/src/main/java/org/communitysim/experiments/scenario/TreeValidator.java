package org.communitysim.experiments.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the fully merged tree against {@link ScenarioSchema}, field by field, and collects every problem
 * (unknown keys, wrong types, values out of range, bad enum values, a missing edge list) so a user fixes a file
 * in one go. Each problem names the layer that set the value, the JSON path, the value and what is allowed.
 * Cross-field constraints are left to the records (see {@link RecordBinder}).
 */
final class TreeValidator {
    private TreeValidator() {
    }

    static List<String> validate(LayeredTree tree) {
        List<String> problems = new ArrayList<>();
        section(ScenarioSchema.root(), tree.root(), tree, problems);
        edgeList(tree, problems);
        return problems;
    }

    /** Whether a single value is acceptable for a (non-section) field; the whole rule set of the format. */
    static boolean accepts(SchemaField f, JsonNode v) {
        return switch (f.type()) {
            case SECTION -> v.isObject();
            case INTEGER -> isInteger(v, f.range());
            case NUMBER -> v.isNumber() && f.range().contains(v.asDouble());
            case INTEGER_LIST -> v.isArray() && every(v, e -> isInteger(e, f.range()));
            case NUMBER_LIST -> v.isArray() && every(v, e -> e.isNumber() && f.range().contains(e.asDouble()));
            case BOOLEAN -> v.isBoolean();
            case ENUM -> v.isTextual() && EnumNames.parse(f.javaType(), v.asText()).isPresent();
            case STRING -> switch (f.text()) {
                case ONE_LINE -> v.isTextual() && isOneLine(v.asText());
                case NAME -> v.isTextual() && isOneLine(v.asText()) && !v.asText().isBlank();
                case PATH_OR_NULL -> v.isNull() || (v.isTextual() && !v.asText().isBlank());
            };
        };
    }

    private static void section(SchemaField section, JsonNode node, LayeredTree tree, List<String> problems) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String path = section.path().isEmpty() ? e.getKey() : section.path() + "." + e.getKey();
            Optional<SchemaField> field = section.child(e.getKey());
            if (field.isEmpty()) {
                problems.add(tree.sourceOf(path) + ": " + Suggestions.unknownKey(path, validKeys(section)));
            } else if (field.get().isSection() && e.getValue().isObject()) {
                section(field.get(), e.getValue(), tree, problems);
            } else if (!accepts(field.get(), e.getValue())) {
                problems.add(tree.sourceOf(path) + ": " + problem(field.get(), path, e.getValue()));
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

    /** "path: expected …, got …"; for a list, the first element it refuses, by index. */
    private static String problem(SchemaField f, String path, JsonNode v) {
        boolean list = f.type() == SchemaField.Type.INTEGER_LIST || f.type() == SchemaField.Type.NUMBER_LIST;
        if (list && v.isArray()) {
            boolean integers = f.type() == SchemaField.Type.INTEGER_LIST;
            for (int i = 0; i < v.size(); i++) {
                JsonNode e = v.get(i);
                boolean ok = integers ? isInteger(e, f.range()) : e.isNumber() && f.range().contains(e.asDouble());
                if (!ok) {
                    return path + "[" + i + "]: expected " + f.range().phrase(integers) + ", got " + Values.describe(e);
                }
            }
        }
        return path + ": expected " + allowed(f, v) + ", got " + Values.describe(v);
    }

    private static List<String> validKeys(SchemaField section) {
        if (!section.path().isEmpty()) {
            return section.childKeys();
        }
        List<String> keys = new ArrayList<>(List.of(ExtendsChain.EXTENDS));
        keys.addAll(section.childKeys());
        return keys;
    }

    private static String allowed(SchemaField f, JsonNode v) {
        if (f.type() == SchemaField.Type.INTEGER && v.isNumber() && isWhole(v) && !v.canConvertToInt()) {
            return f.allowed() + " (at most " + Integer.MAX_VALUE + ")";
        }
        return f.allowed();
    }

    private static boolean isInteger(JsonNode v, Range range) {
        return v.isNumber() && isWhole(v) && v.canConvertToInt() && range.contains(v.asDouble());
    }

    private static boolean every(JsonNode array, java.util.function.Predicate<JsonNode> ok) {
        for (JsonNode e : array) {
            if (!ok.test(e)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhole(JsonNode v) {
        return v.isIntegralNumber() || v.asDouble() == Math.rint(v.asDouble());
    }

    private static boolean isOneLine(String s) {
        return s.indexOf('\n') < 0 && s.indexOf('\r') < 0;
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
