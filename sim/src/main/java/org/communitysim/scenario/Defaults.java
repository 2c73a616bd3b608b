package org.communitysim.scenario;

import java.util.ArrayList;
import java.util.List;
import org.communitysim.scenario.schema.RecordTrees;

/**
 * Every default of the model: the reference scenario (docs/model.md §11) bound from the declarations resource
 * {@code reference.yaml}, where each default is written once with its range, unit, meaning and source. The
 * constants are the sections tests and benchmarks start from; any other is {@code scenario().<section>()}.
 */
public final class Defaults {
    private static final Scenario SCENARIO = bind();

    public static final PopulationSpec POPULATION = SCENARIO.population();
    public static final NetworkSpec NETWORK = SCENARIO.network();
    public static final InvitationParams INVITATION = SCENARIO.behaviour().invitation();
    public static final int HORIZON_DAYS = SCENARIO.horizonDays();

    private Defaults() {
    }

    /** The reference scenario (docs/model.md §11): every declared default. */
    public static Scenario scenario() {
        return SCENARIO;
    }

    private static Scenario bind() {
        List<String> refused = new ArrayList<>();
        Scenario s = RecordTrees.bind(Scenario.class, Declarations.schema().defaults(), refused);
        if (s == null) {
            throw new IllegalStateException("reference.yaml: the declared defaults are not a valid scenario: "
                    + String.join("; ", refused));
        }
        return s;
    }
}
