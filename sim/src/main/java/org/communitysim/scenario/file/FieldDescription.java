package org.communitysim.scenario.file;

/**
 * One field of the scenario file format, for documentation and {@code describe}.
 *
 * @param path         JSON path, e.g. {@code group.threshold}
 * @param type         integer, number, boolean, string or enum
 * @param unit         unit of a number ("" when none; "u" = satisfaction units)
 * @param defaultValue the default as written in a file (enums lower-kebab)
 * @param allowed      allowed values, e.g. "[0, 1]", ">= 0", the enum values
 * @param meaning      one line saying what the field means
 */
public record FieldDescription(String path, String type, String unit, String defaultValue, String allowed,
        String meaning) {
}
