package org.communitysim.experiments.report;

import java.util.Locale;

/**
 * A text of the reports, named in code by an enum constant so that a misspelt key does not compile: its key in the
 * bundles is {@code <group>.<constant in lower case>} ({@code report.section_answer}, {@code lesson.title}).
 */
interface MessageKey {
    /** The enum constant's name. */
    String name();

    /** The first part of the key: the page the text belongs to ({@code report}, {@code sweep}, {@code lesson}). */
    String group();

    default String key() {
        return group() + "." + name().toLowerCase(Locale.ROOT);
    }
}
