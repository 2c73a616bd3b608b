package org.communitysim.experiments.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One field of the scenario file format: its JSON path, its type (taken from the record component) and what
 * it allows (taken from {@link FieldNotes}). A section (a nested record) lists its fields as children.
 *
 * @param path      JSON path from the root, e.g. {@code group.threshold} ("" for the root)
 * @param key       last segment of the path
 * @param type      kind of JSON value expected
 * @param javaType  the record component's type
 * @param range     allowed numbers (numbers and integers only, else null)
 * @param text      what a string must look like (strings only, else null)
 * @param choices   allowed values in lower-kebab (enums only, else empty)
 * @param unit      unit of a number, "" when none
 * @param meaning   one line saying what the field means
 * @param children  fields of a section, in record component order (empty for a leaf)
 */
record SchemaField(
        String path,
        String key,
        Type type,
        Class<?> javaType,
        Range range,
        Text text,
        List<String> choices,
        String unit,
        String meaning,
        List<SchemaField> children) {

    enum Type {
        SECTION, INTEGER, NUMBER, BOOLEAN, STRING, ENUM, INTEGER_LIST, NUMBER_LIST;

        /** Integers and numbers, alone or in lists: the types whose values a {@link Range} bounds. */
        boolean numeric() {
            return this == INTEGER || this == NUMBER || this == INTEGER_LIST || this == NUMBER_LIST;
        }
    }

    /** What a string field must look like. */
    enum Text {
        ONE_LINE("a one-line string", "one line"),
        NAME("a non-blank one-line string", "non-blank, one line"),
        PATH_OR_NULL("a file path (a non-blank string) or null", "file path or null");

        final String phrase;
        final String shortForm;

        Text(String phrase, String shortForm) {
            this.phrase = phrase;
            this.shortForm = shortForm;
        }
    }

    SchemaField {
        choices = List.copyOf(choices);
        children = List.copyOf(children);
    }

    boolean isSection() {
        return type == Type.SECTION;
    }

    Optional<SchemaField> child(String childKey) {
        return children.stream().filter(c -> c.key.equals(childKey)).findFirst();
    }

    List<String> childKeys() {
        return children.stream().map(SchemaField::key).toList();
    }

    /** What a message says is allowed here, e.g. "a number in [0, 1]". */
    String allowed() {
        return switch (type) {
            case SECTION -> "an object (the " + (path.isEmpty() ? "scenario" : path) + " section)";
            case INTEGER -> range.phrase(true);
            case NUMBER -> range.phrase(false);
            case BOOLEAN -> "true or false";
            case STRING -> text.phrase;
            case ENUM -> "one of " + String.join(", ", choices);
            case INTEGER_LIST -> "a list of integers, each " + range.text();
            case NUMBER_LIST -> "a list of numbers, each " + range.text();
        };
    }

    /** The "allowed" column of the docs' field tables. */
    String allowedShort() {
        return switch (type) {
            case SECTION -> "object";
            case INTEGER, NUMBER -> range.text();
            case BOOLEAN -> "true, false";
            case STRING -> text.shortForm;
            case ENUM -> String.join(", ", choices);
            case INTEGER_LIST, NUMBER_LIST -> "list, each " + range.text();
        };
    }

    String typeName() {
        return switch (type) {
            case SECTION -> "object";
            case INTEGER_LIST -> "integer list";
            case NUMBER_LIST -> "number list";
            default -> type.name().toLowerCase(Locale.ROOT);
        };
    }
}
