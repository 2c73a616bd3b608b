package org.communitysim.scenario;

import java.util.ArrayList;
import java.util.List;
import org.communitysim.scenario.schema.RecordTrees;

/**
 * Every default of the model: the reference scenario (docs/model.md §11) bound from the declarations resource
 * {@code reference.yaml}, where each default is written once with its range, unit, meaning and source. The
 * constants are its sections, for code that starts from one of them.
 */
public final class Defaults {
    private static final Scenario SCENARIO = bind();

    public static final PopulationSpec POPULATION = SCENARIO.population();
    public static final NetworkSpec NETWORK = SCENARIO.network();
    public static final GroupSpec GROUP = SCENARIO.group();
    public static final ContentPlan CONTENT = SCENARIO.content();
    public static final KolSpec KOLS = SCENARIO.kols();
    public static final ReferralSpec REFERRAL = SCENARIO.referral();
    public static final JoinSpec JOIN = SCENARIO.join();
    public static final Behaviour BEHAVIOUR = SCENARIO.behaviour();
    public static final ExposureParams EXPOSURE = BEHAVIOUR.exposure();
    public static final InvitationParams INVITATION = BEHAVIOUR.invitation();
    public static final ScreeningParams SCREENING = BEHAVIOUR.screening();
    public static final PostingParams POSTING = BEHAVIOUR.posting();
    public static final ReadingParams READING = BEHAVIOUR.reading();
    public static final SocialParams SOCIAL = BEHAVIOUR.social();
    public static final StateParams STATE = BEHAVIOUR.state();
    public static final ConversionParams CONVERSION = BEHAVIOUR.conversion();
    public static final MetricsSpec METRICS = SCENARIO.metrics();
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
