package org.communitysim.scenario;

import org.communitysim.scenario.schema.Schema;

/**
 * The declarations of every scenario field (the resource {@code reference.yaml} beside this class: default,
 * range, unit and meaning of each, and the reference scenario's values), bound to the {@link Scenario} records.
 * The records' compact constructors check their values here, so Java code is refused what a file is refused;
 * {@link Defaults#scenario()} binds the declared defaults; the file loader, {@code describe}, the docs tables and
 * sweep ranges read {@link #schema()}.
 */
public final class Declarations {
    private static final Schema SCHEMA = Schema.load(Scenario.class, Declarations.class.getResource("reference.yaml"));

    private Declarations() {
    }

    /** Every scenario field with its declaration. */
    public static Schema schema() {
        return SCHEMA;
    }

    /** Checks one record's component values, in component order, against their declarations. */
    static void check(Class<? extends Record> type, Object... values) {
        SCHEMA.check(type, values);
    }
}
