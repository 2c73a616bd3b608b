package org.communitysim.scenario.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One field of the scenario format: its JSON path, its type (taken from the record component) and everything
 * declared about it in the declarations resource (default, range, unit, meaning). A section (a nested record)
 * lists its fields as children. {@link #accepts} is the whole rule set for one value: the file validator and the
 * records' own checks both ask it, so a file and Java code are refused the same values.
 *
 * @param path         JSON path from the root, e.g. {@code group.threshold} ("" for the root)
 * @param key          last segment of the path
 * @param type         kind of JSON value expected
 * @param javaType     the record component's type
 * @param range        allowed numbers (numbers, integers and their lists only, else null)
 * @param text         what a string must look like (strings only, else null)
 * @param choices      allowed values in lower-kebab (enums only, else empty)
 * @param unit         unit of a number, "" when none
 * @param meaning      one line saying what the field (or section) means
 * @param defaultValue the declared default as a JSON value (null for a section)
 * @param children     fields of a section, in record component order (empty for a leaf)
 */
public record SchemaField(
        String path,
        String key,
        Type type,
        Class<?> javaType,
        Range range,
        Text text,
        List<String> choices,
        String unit,
        String meaning,
        JsonNode defaultValue,
        List<SchemaField> children) {

    /** The kinds of value a scenario field can hold. */
    public enum Type {
        SECTION, INTEGER, NUMBER, BOOLEAN, STRING, ENUM, INTEGER_LIST, NUMBER_LIST,
        /** A value with a structure of its own ({@link TreeForm}): a JSON list, read by its type. */
        STRUCTURED;

        /** Integers and numbers, alone or in lists: the types whose values a {@link Range} bounds. */
        public boolean numeric() {
            return this == INTEGER || this == NUMBER || this == INTEGER_LIST || this == NUMBER_LIST;
        }

        public boolean list() {
            return this == INTEGER_LIST || this == NUMBER_LIST;
        }
    }

    /** What a string field must look like (declared as {@code text: name | one-line | path-or-null}). */
    public enum Text {
        ONE_LINE("a one-line string", "one line"),
        NAME("a non-blank one-line string of at most " + SchemaField.MAX_NAME_LENGTH + " characters",
                "non-blank, one line, at most " + SchemaField.MAX_NAME_LENGTH + " characters"),
        PATH_OR_NULL("a file path (a non-blank string) or null", "file path or null");

        final String phrase;
        final String shortForm;

        Text(String phrase, String shortForm) {
            this.phrase = phrase;
            this.shortForm = shortForm;
        }
    }

    /**
     * The longest name: a name labels every row of runs.csv and daily.csv and names the results folder, so a
     * megabyte-long one multiplied the output by its length (255: the longest file name, the default name's source).
     */
    public static final int MAX_NAME_LENGTH = 255;

    public SchemaField {
        choices = List.copyOf(choices);
        children = List.copyOf(children);
    }

    public boolean isSection() {
        return type == Type.SECTION;
    }

    /** A number or an integer (not a list): what a sweep may vary. */
    public boolean isScalarNumber() {
        return type == Type.INTEGER || type == Type.NUMBER;
    }

    public Optional<SchemaField> child(String childKey) {
        for (SchemaField c : children) {  // a plain loop: the validator asks this for every value of every point
            if (c.key.equals(childKey)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public List<String> childKeys() {
        return children.stream().map(SchemaField::key).toList();
    }

    /** Whether a single value is acceptable here: the type, the range, the enum constants, the string rule. */
    public boolean accepts(JsonNode v) {
        return switch (type) {
            case SECTION -> v.isObject();
            case INTEGER -> isInteger(v);
            case NUMBER -> v.isNumber() && range.contains(v.asDouble());
            case INTEGER_LIST -> v.isArray() && every(v, this::isInteger);
            case NUMBER_LIST -> v.isArray() && every(v, e -> e.isNumber() && range.contains(e.asDouble()));
            case BOOLEAN -> v.isBoolean();
            case STRUCTURED -> v.isArray();
            case ENUM -> v.isTextual() && EnumNames.parse(javaType, v.asText()).isPresent();
            case STRING -> switch (text) {
                case ONE_LINE -> v.isTextual() && isOneLine(v.asText());
                case NAME -> v.isTextual() && isOneLine(v.asText()) && !v.asText().isBlank()
                        && v.asText().length() <= MAX_NAME_LENGTH;
                case PATH_OR_NULL -> v.isNull() || (v.isTextual() && !v.asText().isBlank());
            };
        };
    }

    /**
     * Why {@code v} is refused, as "path: expected …, got …"; for a list, the first element it refuses, by index.
     * Call only when {@link #accepts} said no.
     */
    public String refusal(JsonNode v) {
        if (type.list() && v.isArray()) {
            boolean integers = type == Type.INTEGER_LIST;
            for (int i = 0; i < v.size(); i++) {
                JsonNode e = v.get(i);
                boolean ok = integers ? isInteger(e) : e.isNumber() && range.contains(e.asDouble());
                if (!ok) {
                    return path + "[" + i + "]: expected " + range.phrase(integers) + ", got " + Values.describe(e);
                }
            }
        }
        String allowed = type == Type.INTEGER && v.isNumber() && isWhole(v) && !v.canConvertToInt()
                && !range.boundedAbove()
                ? allowed() + " (at most " + Integer.MAX_VALUE + ")" : allowed();
        return path + ": expected " + allowed + ", got " + Values.describe(v);
    }

    /** What a message says is allowed here, e.g. "a number in [0, 1]". */
    public String allowed() {
        return switch (type) {
            case SECTION -> "an object (the " + (path.isEmpty() ? "scenario" : path) + " section)";
            case INTEGER -> range.phrase(true);
            case NUMBER -> range.phrase(false);
            case BOOLEAN -> "true or false";
            case STRUCTURED -> "a list (docs/scenarios.md \"" + key + "\")";
            case STRING -> text.phrase;
            case ENUM -> "one of " + String.join(", ", choices);
            case INTEGER_LIST -> "a list of integers, each " + range.text();
            case NUMBER_LIST -> "a list of numbers, each " + range.text();
        };
    }

    /** The "allowed" column of the docs' field tables. */
    public String allowedShort() {
        return switch (type) {
            case SECTION -> "object";
            case INTEGER, NUMBER -> range.text();
            case BOOLEAN -> "true, false";
            case STRUCTURED -> "list (see \"" + key + "\")";
            case STRING -> text.shortForm;
            case ENUM -> String.join(", ", choices);
            case INTEGER_LIST, NUMBER_LIST -> "list, each " + range.text();
        };
    }

    public String typeName() {
        return switch (type) {
            case SECTION -> "object";
            case INTEGER_LIST -> "integer list";
            case STRUCTURED -> "list";
            case NUMBER_LIST -> "number list";
            default -> type.name().toLowerCase(Locale.ROOT);
        };
    }

    private boolean isInteger(JsonNode v) {
        return v.isNumber() && isWhole(v) && v.canConvertToInt() && range.contains(v.asDouble());
    }

    private static boolean every(JsonNode array, Predicate<JsonNode> ok) {
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
}
