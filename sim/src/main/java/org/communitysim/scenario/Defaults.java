package org.communitysim.scenario;

/**
 * Every default of the model, in one place. The numbers are the design's reference defaults (docs/model.md §11) (a prototype of
 * the specification met its behavioural expectations with them); docs/model.md lists each with its unit
 * and source, and records any change with the measurement that motivated it.
 */
public final class Defaults {
    private Defaults() {
    }

    /** 10,000 persons, 8 topics (docs/model.md §11 (population)). */
    public static final PopulationSpec POPULATION = new PopulationSpec(
            10_000, // size
            8,      // topics
            0.3,    // Dirichlet alpha: most people care about one or two topics
            0.10,   // activity mean, posts/day (log-normal, heavy tail → 90-9-1 emerges)
            1.9,    // activity log-sigma
            30,     // attention mean, posts/day
            0.5,    // attention log-sigma
            2, 3,   // expertise Beta(2, 3)
            0.03,   // advertisers 3%
            1, 9,   // purchase intent Beta(1, 9): mostly low
            2, 0.5  // incentive sensitivity Gamma(2, 1/2): mean 1
    );

    /** Homophilous small world, mean degree ≈ 49, layers 10% strong / 20% medium / 70% weak. */
    public static final NetworkSpec NETWORK = new NetworkSpec(
            NetworkType.HOMOPHILOUS_SMALL_WORLD,
            49,    // mean degree (Dunbar-style 5/15/50/150 layering)
            0.5,   // log-normal sigma of tie counts
            150,   // mean ring distance of local ties
            0.2,   // 20% uniform long ties
            0.1,   // Watts–Strogatz rewiring probability
            0.1, 0.2,        // strong / medium shares
            1.0, 0.5, 0.2,   // strong / medium / weak weights
            null);

    /** The reference group: cap 300, θ 0.2. */
    public static final GroupSpec GROUP = new GroupSpec(
            0,     // topic
            300,   // size cap
            0.2,   // threshold
            15,    // seed members (the operator's circle)
            60,    // outside exposures per day
            0.5,   // moderation: P(ad removed)
            0.5);  // P(ban | ad removed)

    /** 2 posts/day, 20% promotions, an event every 7 days, welcome bonus 0.5. */
    public static final ContentPlan CONTENT = new ContentPlan(2, 1.0, 0.2, 7, 0.5, 3);

    /** No KOL by default; a KOL posts 6/day at quality 0.9 and mentions 10 members/day. */
    public static final KolSpec KOLS = new KolSpec(0, -1, 6, 0.9, 10);

    public static final ReferralSpec REFERRAL = new ReferralSpec(0);

    /**
     * the design's join process (docs/model.md §4.0): the referral rule, the operator's circle, every group mechanism on. The classic
     * rules' parameters are set so that switching {@code join.rule} alone runs a sensible textbook model: Bass
     * p = 0.03/yr and q = 0.38/yr (Sultan, Farley &amp; Lehmann 1990) per day; threshold φ = 0.18 for everyone
     * (Watts 2002's example); cascade p = 0.05.
     */
    public static final JoinSpec JOIN = new JoinSpec(
            JoinRuleType.REFERRAL,
            true,  // group mechanisms: screening, cap, churn, bans
            true,  // member activity
            SeedingMode.CIRCLE,
            10,    // seedCount, for seeding random
            new int[0],
            new BassParams(0.03 / 365, 0.38 / 365),
            new ThresholdParams(false, ThresholdUnit.FRACTION, ThresholdDistribution.CONSTANT, 0.18, 0, 1, 0.18, 0.05,
                    new double[0]),
            new CascadeParams(0.05));

    public static final ExposureParams EXPOSURE = new ExposureParams(0.5, 0.35, 2, 0.8, 200, 0.1, 0.05);

    public static final InvitationParams INVITATION = new InvitationParams(0.3, 3, 0.1, 1.5, 5, 0.6, 0.2, 0.5);

    public static final ScreeningParams SCREENING = new ScreeningParams(0.15, 1);

    public static final PostingParams POSTING = new PostingParams(150, 0.6, 0.1, 2, 0.3, 2);

    public static final ReadingParams READING = new ReadingParams(
            0.25,  // lurkers read ×0.25
            3,     // content saturation, units
            0.15,  // noise cost per post
            0.3,   // ad cost per post
            -0.6, 3, // promotion value −0.6 + 3·intent
            5,     // overload cost at 100% unread
            0.5, 7, // newcomers ask with P 0.5/day for 7 days
            2, 0.3, 0.15, // answer strengths: KOL, operator, members
            2, 0.2, 0.5); // answered +2 u and +0.2 commitment; unanswered −0.5 u

    public static final SocialParams SOCIAL = new SocialParams(0.4, 1.0);

    public static final StateParams STATE = new StateParams(
            1.0,    // outside option × aff
            0.15,   // member cost
            0.25,   // × when lurking
            0.1,    // rMin
            6,      // prior days
            1.7,    // S0 (the welcome bonus comes on top)
            0,      // lurk line
            0.3,    // hysteresis
            0.0005, // h0
            0.03,   // h_max
            0.35,   // s
            0.6,    // commit tenure
            30);    // commit tau, days

    public static final ConversionParams CONVERSION = new ConversionParams(0.01, 0.3, 1.5, 0.05);

    public static final Behaviour BEHAVIOUR = new Behaviour(EXPOSURE, INVITATION, SCREENING, POSTING, READING, SOCIAL,
            STATE, CONVERSION);

    public static final MetricsSpec METRICS = new MetricsSpec(0.95, 7, 30, 84, 5);

    public static final int HORIZON_DAYS = 180;

    /** The reference scenario (docs/model.md §11). */
    public static Scenario scenario() {
        return new Scenario("reference", "Reference group: cap 300, threshold 0.2, 2 posts/day, weekly events",
                HORIZON_DAYS, POPULATION, NETWORK, GROUP, CONTENT, KOLS, REFERRAL, JOIN, BEHAVIOUR, Ablations.ALL_ON,
                METRICS);
    }
}
