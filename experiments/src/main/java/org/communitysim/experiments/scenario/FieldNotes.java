package org.communitysim.experiments.scenario;

import static org.communitysim.experiments.scenario.Range.FINITE;
import static org.communitysim.experiments.scenario.Range.NON_NEGATIVE;
import static org.communitysim.experiments.scenario.Range.POSITIVE;
import static org.communitysim.experiments.scenario.Range.UNIT;
import static org.communitysim.experiments.scenario.Range.atLeast;

import java.util.List;
import org.communitysim.experiments.scenario.SchemaField.Text;

/**
 * What reflection over the scenario records cannot tell: each field's allowed range, unit and meaning.
 * Ranges copy the checks in the records' compact constructors ({@code SchemaRecordConsistencyTest} keeps the
 * two in step); meanings come from the records' Javadoc and docs/model.md. Cross-field constraints stay in the
 * records. Units: "u" = satisfaction units.
 */
final class FieldNotes {
    private FieldNotes() {
    }

    /**
     * One row of the table.
     *
     * @param range numeric fields only
     * @param text  string fields only
     */
    record FieldNote(String path, Range range, Text text, String unit, String meaning) {
    }

    static final List<FieldNote> ALL = List.of(
            section("", "A scenario: a strategy and the world it runs in"),
            text("name", Text.NAME, "short identifier used in output rows (never in seeding); defaults to the file's base name"),
            text("description", Text.ONE_LINE, "one line saying what the scenario shows; defaults to empty"),
            integer("horizonDays", atLeast(1), "days", "days simulated (day 0 is the seeding day)"),

            section("population", "Who may join: the persons of one run, drawn once per replicate (docs/model.md §2 Person)"),
            integer("population.size", atLeast(1), "persons", "number of persons (potential members); ignored for an edge-list network, whose node count rules"),
            integer("population.topics", atLeast(1), "topics", "number of topics T of the interest vectors"),
            number("population.interestAlpha", POSITIVE, "", "Dirichlet concentration of interest vectors (small: people care about one or two topics)"),
            number("population.activityMean", POSITIVE, "posts/day", "mean posting propensity (log-normal: heavy tail, so 90-9-1 participation emerges)"),
            number("population.activitySigma", NON_NEGATIVE, "log scale", "log-scale sigma of activity"),
            number("population.attentionMean", POSITIVE, "posts/day", "mean of the most posts a person reads per day (log-normal)"),
            number("population.attentionSigma", NON_NEGATIVE, "log scale", "log-scale sigma of attention"),
            number("population.expertiseA", POSITIVE, "", "Beta(a, b) of expertise (the quality of one's on-topic posts), first shape"),
            number("population.expertiseB", POSITIVE, "", "Beta(a, b) of expertise, second shape"),
            number("population.advertiserShare", UNIT, "share", "share of persons who are advertisers"),
            number("population.purchaseIntentA", POSITIVE, "", "Beta(a, b) of purchase intent, first shape"),
            number("population.purchaseIntentB", POSITIVE, "", "Beta(a, b) of purchase intent, second shape"),
            number("population.incentiveShape", POSITIVE, "", "Gamma(shape, scale) of incentive sensitivity (response to a referral reward), shape"),
            number("population.incentiveScale", POSITIVE, "", "Gamma(shape, scale) of incentive sensitivity, scale"),

            section("network", "How persons are tied: trust ties in strong / medium / weak layers (docs/model.md §2 Trust ties)"),
            choice("network.type", "generator of the trust network (edge-list reads edgeListPath)"),
            number("network.meanDegree", POSITIVE, "ties", "target mean number of ties per person"),
            number("network.degreeSigma", NON_NEGATIVE, "log scale", "log-scale sigma of the log-normal tie counts (homophilous small world only)"),
            number("network.ringDistanceMean", POSITIVE, "ring positions", "mean ring distance of local ties (homophilous small world)"),
            number("network.longTieShare", UNIT, "share", "share of ties drawn uniformly at random (homophilous small world)"),
            number("network.rewireProbability", UNIT, "probability", "rewiring probability (Watts-Strogatz)"),
            number("network.strongShare", UNIT, "share", "share of a person's ties in the strong layer (nearest local ties; random for other generators); strongShare + mediumShare <= 1"),
            number("network.mediumShare", UNIT, "share", "share of a person's ties in the medium layer (the next nearest)"),
            number("network.strongWeight", POSITIVE, "tie weight", "weight of a strong tie"),
            number("network.mediumWeight", POSITIVE, "tie weight", "weight of a medium tie"),
            number("network.weakWeight", POSITIVE, "tie weight", "weight of a weak tie"),
            text("network.edgeListPath", Text.PATH_OR_NULL, "CSV edge list (a,b[,weight]) for type edge-list, relative to the scenario file; must exist and be readable"),

            section("group", "The group and its gate (docs/model.md §2 Group; levers size and threshold)"),
            integer("group.topic", atLeast(0), "topic index", "index of the group's topic (its topic vector is that unit vector); must be < population.topics"),
            integer("group.sizeCap", atLeast(1), "members", "maximum number of members; applicants are turned away when full; >= seedMembers + kols.count"),
            number("group.threshold", UNIT, "affinity", "entry threshold: applicants need affinity + screening noise >= threshold; 0 = an open group, no screening"),
            integer("group.seedMembers", atLeast(0), "members", "members on day 0: the operator's own circle"),
            number("group.outsideExposure", NON_NEGATIVE, "persons/day", "people per day who see the group's poster or ad (public traffic)"),
            number("group.moderation", UNIT, "probability", "probability that a posted ad is removed"),
            number("group.banOnRemoval", UNIT, "probability", "probability that an advertiser whose ad was removed is banned"),

            section("content", "What the operator does (docs/model.md §2 Operator; levers output and operation)"),
            number("content.cadence", NON_NEGATIVE, "posts/day", "operator posts per day"),
            number("content.quality", NON_NEGATIVE, "", "quality (value when read on topic) of an operator post"),
            number("content.promoShare", UNIT, "share", "share of operator posts that are promotions"),
            integer("content.eventEveryDays", atLeast(0), "days", "an event every N days (0 = no events)"),
            number("content.welcomeBonus", NON_NEGATIVE, "u", "one-off satisfaction given to each newcomer (ritual)"),
            number("content.mentionsPerPost", NON_NEGATIVE, "members/post", "members mentioned by name per operator post (a mention lifts the bystander effect that day)"),

            section("kols", "Key opinion leaders / experts who are members from day 0 (docs/model.md §2 KOL)"),
            integer("kols.count", atLeast(0), "persons", "number of KOLs (0 = none)"),
            integer("kols.departureDay", atLeast(-1), "day", "day on which all KOLs leave (-1 = they stay); the shock test"),
            number("kols.postsPerDay", NON_NEGATIVE, "posts/day", "posts per day per KOL"),
            number("kols.quality", NON_NEGATIVE, "", "quality of a KOL post"),
            number("kols.mentionsPerDay", NON_NEGATIVE, "members/day", "members each KOL mentions by name per day"),

            section("referral", "The referral policy"),
            number("referral.reward", NON_NEGATIVE, "standard rewards", "reward R for an accepted invitation (0 = none, 1 = standard)"),

            section("join", "Who joins and how: the join rule, day-0 seeds, and whether group mechanisms apply (docs/scenarios.md \"Join rules\")"),
            choice("join.rule", "the rule that turns non-members into applicants: referral (the default, docs/model.md §4.0), bass, fractional-threshold, independent-cascade"),
            flag("join.groupMechanisms", "screening (threshold), the size cap, leaving (churn) and bans apply (false: the textbook model unaltered)"),
            flag("join.memberActivity", "members post, read and update satisfaction (false: a pure diffusion run; needs a classic rule and groupMechanisms false)"),
            choice("join.seeding", "who is in on day 0 besides the KOLs: circle (group.seedMembers around an anchor), random (seedCount persons), ids (seedIds), none"),
            integer("join.seedCount", atLeast(0), "persons", "how many random seeds, for seeding random"),
            integerList("join.seedIds", atLeast(0), "node ids", "the seeds' node ids (0-based, < population size), for seeding ids"),
            section("join.bass", "The bass rule: each day a non-member joins with P = p + q·members/population (mean-field; ties ignored)"),
            number("join.bass.p", UNIT, "per day", "innovation: daily probability of joining with nobody inside (default 0.03/365)"),
            number("join.bass.q", UNIT, "per day", "imitation: added daily probability when everyone else is inside (default 0.38/365); p + q <= 1"),
            section("join.threshold", "The fractional-threshold rule: a person joins once the share (or number) of their ties inside reaches their own threshold"),
            flag("join.threshold.weighted", "weigh ties by their weight (false: every tie counts 1)"),
            choice("join.threshold.unit", "fraction: share of one's ties inside, in [0, 1] (Watts 2002); count: number of ties inside (Granovetter 1978)"),
            choice("join.threshold.distribution", "how thresholds are given: constant (value), uniform (min, max), normal (mean, sd; not truncated), list (values)"),
            number("join.threshold.value", FINITE, "share or ties", "everyone's threshold, for distribution constant"),
            number("join.threshold.min", FINITE, "share or ties", "lower end, for distribution uniform; min <= max"),
            number("join.threshold.max", FINITE, "share or ties", "upper end, for distribution uniform"),
            number("join.threshold.mean", FINITE, "share or ties", "mean, for distribution normal"),
            number("join.threshold.sd", NON_NEGATIVE, "share or ties", "standard deviation, for distribution normal"),
            numberList("join.threshold.values", FINITE, "share or ties", "one threshold per person, by node id, for distribution list (its length must equal the population)"),
            section("join.cascade", "The independent-cascade rule: each newly joined member gets one chance per tie to bring that friend in"),
            number("join.cascade.p", UNIT, "probability", "probability that a newly joined member brings in a given friend (tried the day after joining; seeds on day 0)"),

            section("behaviour", "Behavioural parameters of the daily cycle, one section per step of docs/model.md §4"),
            section("behaviour.exposure", "Step 1, exposure and applications"),
            number("behaviour.exposure.applyMax", UNIT, "probability", "maximum application probability of an exposed person"),
            number("behaviour.exposure.applyFloor", UNIT, "share", "share of applyMax reached at zero affinity"),
            number("behaviour.exposure.entryCostSens", NON_NEGATIVE, "per unit threshold", "how strongly the threshold deters applicants: factor e^(-entryCostSens * threshold)"),
            number("behaviour.exposure.advertiserApply", UNIT, "probability", "maximum application probability of an exposed advertiser"),
            number("behaviour.exposure.advertiserSizeHalf", NON_NEGATIVE, "members", "group size at which advertisers apply at half their maximum"),
            number("behaviour.exposure.reapplyFactor", UNIT, "factor", "factor on applying/accepting for people once rejected"),
            number("behaviour.exposure.rejoinFactor", UNIT, "factor", "factor on applying/accepting for people who left"),

            section("behaviour.invitation", "Step 2, referral invitations"),
            number("behaviour.invitation.inviteBase", NON_NEGATIVE, "ties/member-day", "ties considered per member-day at full enthusiasm"),
            number("behaviour.invitation.inviteTau", POSITIVE, "days", "decay time of a newcomer's enthusiasm to invite"),
            number("behaviour.invitation.inviteFloor", NON_NEGATIVE, "share", "long-run share of the initial inviting rate"),
            number("behaviour.invitation.rewardRateGain", NON_NEGATIVE, "per reward", "how much a unit reward x sensitivity raises the inviting rate"),
            number("behaviour.invitation.rewardSelLoss", NON_NEGATIVE, "per reward", "how much a unit reward x sensitivity lowers the inviter's selectivity"),
            number("behaviour.invitation.acceptMax", UNIT, "probability", "maximum acceptance probability"),
            number("behaviour.invitation.acceptWScale", POSITIVE, "tie weight", "tie weight already inside at which acceptance reaches 63% of its maximum"),
            number("behaviour.invitation.acceptFloor", UNIT, "factor", "acceptance factor at zero affinity (before the selectivity exponent)"),

            section("behaviour.screening", "Step 3, screening"),
            number("behaviour.screening.screenNoise", NON_NEGATIVE, "affinity (sd)", "sd of the screener's error on affinity"),
            number("behaviour.screening.commitEntry", NON_NEGATIVE, "u per unit threshold", "commitment per unit of threshold paid on entry (Aronson & Mills 1959)"),

            section("behaviour.posting", "Step 4, posting"),
            number("behaviour.posting.bystanderHalf", POSITIVE, "members", "group size at which on-topic posting halves (bystander effect)"),
            number("behaviour.posting.bystanderBeta", NON_NEGATIVE, "", "exponent of the bystander effect (Darley & Latané: about 0.63)"),
            number("behaviour.posting.lurkerPostFactor", NON_NEGATIVE, "factor", "factor on a lurker's posting"),
            number("behaviour.posting.eventPostFactor", NON_NEGATIVE, "factor", "factor on on-topic posting on an event day"),
            number("behaviour.posting.eventBonus", FINITE, "u", "satisfaction everyone present gains on an event day"),
            number("behaviour.posting.adsPerAdvertiser", NON_NEGATIVE, "ads/day", "mean ads per advertiser-day"),

            section("behaviour.reading", "Step 5, reading and socialisation"),
            number("behaviour.reading.lurkerReadFactor", NON_NEGATIVE, "factor", "factor on a lurker's attention"),
            number("behaviour.reading.contentSaturation", POSITIVE, "u", "saturation level of a day's content value"),
            number("behaviour.reading.noiseCost", NON_NEGATIVE, "u/post", "cost per off-topic post read (x (0.2 + 0.8 affinity))"),
            number("behaviour.reading.adCost", NON_NEGATIVE, "u/post", "cost per ad read"),
            number("behaviour.reading.promoBase", FINITE, "u/post", "value of a promotion read by someone with no purchase intent"),
            number("behaviour.reading.promoIntentGain", FINITE, "u/post", "extra value of a promotion per unit of purchase intent"),
            number("behaviour.reading.overloadCost", NON_NEGATIVE, "u", "cost when everything is unread (scaled by the unread share)"),
            number("behaviour.reading.askProbability", UNIT, "probability/day", "daily probability that a newcomer asks a question"),
            integer("behaviour.reading.askDays", atLeast(0), "days", "days a member counts as a newcomer who asks"),
            number("behaviour.reading.kolAnswer", NON_NEGATIVE, "", "answering strength per KOL present"),
            number("behaviour.reading.operatorAnswer", NON_NEGATIVE, "", "answering strength of an operator who posts (cadence > 0)"),
            number("behaviour.reading.memberAnswer", NON_NEGATIVE, "", "answering strength per unit of the sum of activity x expertise of members (x bystander)"),
            number("behaviour.reading.answeredValue", FINITE, "u", "value of an answered question"),
            number("behaviour.reading.answeredCommitment", NON_NEGATIVE, "u", "commitment gained per answered question"),
            number("behaviour.reading.unansweredCost", FINITE, "u", "cost of a question left unanswered"),

            section("behaviour.social", "Step 6, social value: bonds to active friends inside, saturating (bondGain·ln(1 + W_active + referrerBond·w_referrer))"),
            number("behaviour.social.bondGain", NON_NEGATIVE, "u", "value per log unit of active tie weight inside"),
            number("behaviour.social.referrerBond", NON_NEGATIVE, "tie weight", "extra weight of the tie to one's referrer while the referrer stays"),

            section("behaviour.state", "Step 7, satisfaction, lurking and leaving"),
            number("behaviour.state.outsideOption", NON_NEGATIVE, "u/day", "opportunity cost per unit affinity"),
            number("behaviour.state.memberCost", NON_NEGATIVE, "u/day", "daily cost of membership (time, attention)"),
            number("behaviour.state.lurkerCostFactor", NON_NEGATIVE, "factor", "factor on memberCost while lurking"),
            number("behaviour.state.rMin", UNIT, "per day", "slowest learning rate of satisfaction"),
            number("behaviour.state.priorDays", NON_NEGATIVE, "days", "weight of the prior expectation"),
            number("behaviour.state.initialSatisfaction", FINITE, "u", "expectation a newcomer arrives with (the welcome bonus comes on top)"),
            number("behaviour.state.lurkLine", FINITE, "u", "satisfaction below which a member lurks"),
            number("behaviour.state.hysteresis", NON_NEGATIVE, "u", "satisfaction above the lurk line needed to return"),
            number("behaviour.state.baseHazard", UNIT, "probability/day", "daily leaving hazard at high satisfaction; baseHazard + maxHazard <= 1"),
            number("behaviour.state.maxHazard", UNIT, "probability/day", "extra daily hazard when satisfaction + commitment <= 0"),
            number("behaviour.state.hazardScale", POSITIVE, "u", "scale of the hazard's decay with satisfaction + commitment"),
            number("behaviour.state.commitTenure", NON_NEGATIVE, "u", "commitment reached with tenure"),
            number("behaviour.state.commitTau", POSITIVE, "days", "time constant of tenure commitment"),

            section("behaviour.conversion", "Step 8, conversion"),
            number("behaviour.conversion.buyRate", UNIT, "probability", "conversion probability per promotion read at affinity 1 and no ties inside"),
            number("behaviour.conversion.trustTieGain", NON_NEGATIVE, "per log tie weight", "gain of conversion per log unit of tie weight inside"),
            number("behaviour.conversion.kolTrust", NON_NEGATIVE, "factor", "factor on conversion while a KOL is a member"),
            number("behaviour.conversion.rebuyRate", UNIT, "probability", "repurchase probability per day a buyer reads a promotion, per unit engagement"),

            section("ablations", "One switch per mechanism: true = it runs (the default), false = it is removed"),
            flag("ablations.bystander", "bystander effect: on-topic posting falls with group size (off: bystander factor 1)"),
            flag("ablations.noise", "members post off-topic chatter (off: no chatter)"),
            flag("ablations.advertisers", "advertisers may apply and be invited (off: they never enter)"),
            flag("ablations.overload", "cost of a pool larger than attention (off: no overload cost)"),
            flag("ablations.contentSaturation", "a day's content value saturates (off: value grows linearly)"),
            flag("ablations.socialBonds", "social value of ties to active members inside, referrer bond included (off: none)"),
            flag("ablations.referrerBond", "extra bond to one's referrer (off: none)"),
            flag("ablations.entryCommitment", "commitment from the entry threshold paid (off: none)"),
            flag("ablations.tenureCommitment", "commitment growing with tenure (off: none)"),
            flag("ablations.newcomerAnswers", "newcomers ask questions that are answered or not (off: no questions)"),
            flag("ablations.referralSelectivityLoss", "a reward makes inviters less selective (off: selectivity unchanged)"),
            flag("ablations.affinityOpportunityCost", "opportunity cost grows with affinity (off: everyone pays the population mean)"),
            flag("ablations.welcome", "newcomers get the welcome bonus (off: none)"),
            flag("ablations.events", "the operator runs events (off: none)"),
            flag("ablations.moderation", "moderation removes ads and bans advertisers (off: none)"),

            section("metrics", "Definitions behind the run summary (docs/model.md §6)"),
            number("metrics.peakFraction", Range.openClosed(0, 1), "fraction", "a peak's day is the first day reaching this fraction of the maximum"),
            integer("metrics.finalWindowDays", atLeast(1), "days", "\"at the horizon\" = mean over this many last days"),
            integer("metrics.cohortDays", atLeast(1), "days", "retention horizon of join cohorts"),
            integer("metrics.inequalityWindowDays", atLeast(1), "days", "window (ending at the horizon) of the participation-inequality measures"),
            number("metrics.deadFloor", NON_NEGATIVE, "members", "a group is dead when its active members stay below this"));

    private static FieldNote section(String path, String meaning) {
        return new FieldNote(path, null, null, "", meaning);
    }

    private static FieldNote integer(String path, Range range, String unit, String meaning) {
        return new FieldNote(path, range, null, unit, meaning);
    }

    private static FieldNote number(String path, Range range, String unit, String meaning) {
        return new FieldNote(path, range, null, unit, meaning);
    }

    private static FieldNote integerList(String path, Range range, String unit, String meaning) {
        return new FieldNote(path, range, null, unit, meaning);
    }

    private static FieldNote numberList(String path, Range range, String unit, String meaning) {
        return new FieldNote(path, range, null, unit, meaning);
    }

    private static FieldNote flag(String path, String meaning) {
        return new FieldNote(path, null, null, "", meaning);
    }

    private static FieldNote choice(String path, String meaning) {
        return new FieldNote(path, null, null, "", meaning);
    }

    private static FieldNote text(String path, Text text, String meaning) {
        return new FieldNote(path, null, text, "", meaning);
    }
}
