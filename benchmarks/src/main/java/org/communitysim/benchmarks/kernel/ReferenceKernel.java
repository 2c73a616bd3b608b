package org.communitysim.benchmarks.kernel;

import java.util.Arrays;
import org.communitysim.model.DailyMetric;
import org.communitysim.network.TrustNetwork;
import org.communitysim.population.Population;
import org.communitysim.random.Rng;
import org.communitysim.scenario.Ablations;
import org.communitysim.scenario.Behaviour;
import org.communitysim.scenario.Scenario;

/**
 * The engine's daily cycle (docs/model.md §4, steps 4.1–4.9) written as bare loops over primitive arrays: the reference
 * for "as fast as this machine does this work". Same random streams ({@link Rng}), same draws in the same order,
 * same arithmetic in the same order as the engine's phase classes, so from the same state it produces the very
 * same days (checked by {@link KernelCheck}); only the framework is gone:
 * <ul>
 *   <li>no {@code SimState}/{@code Schedule}/{@code Steppable}, no scenario record chains: every parameter is a
 *       final field read once;</li>
 *   <li>a member's own attributes live in dense arrays indexed by the member's slot in the member list
 *       (swap-remove moves them along), so the per-member loops stream through memory; only what other persons
 *       look up (membership, whether a tie is active, applications, weight inside) stays indexed by person;</li>
 *   <li>the three lookups the social-value loop makes per tie (member, lurking, advertiser) are one bit of one
 *       byte per person; reading and social value share one loop, conversion and measurement another
 *       (neither pair draws from a stream the other uses, so the draws stay in order).</li>
 * </ul>
 * Seeding (day 0) is not part of it: it continues from an {@link EngineState}.
 *
 * <p>Frozen: a historical yardstick (docs/performance.md, "The reference kernel"). When an intended change of the
 * model's behaviour makes {@link KernelCheck} fail, remove the kernel with its benchmark instead of updating it.
 */
public final class ReferenceKernel {
    // person flags: history bits as the engine's, plus membership, role and "active tie" (member, not lurking,
    // not an advertiser)
    private static final int REJECTED = 1;
    private static final int LEFT = 2;
    private static final int BANNED = 4;
    private static final int GONE = 8;
    private static final int MEMBER = 16;
    private static final int ADVERTISER = 32;
    private static final int KOL = 64;
    private static final int ACTIVE = 128;
    // slot roles and channels, as the engine's
    private static final byte REGULAR_ROLE = 0;
    private static final byte KOL_ROLE = 1;
    private static final byte ADVERTISER_ROLE = 2;
    private static final byte SEED = 0;
    private static final byte OUTSIDE = 1;
    private static final byte REFERRAL = 2;
    private static final int TIE_TRIES = 4;

    private static final int M_JOINS = DailyMetric.JOINS.ordinal();
    private static final int M_JOINS_SEED = DailyMetric.JOINS_SEED.ordinal();
    private static final int M_JOINS_OUTSIDE = DailyMetric.JOINS_OUTSIDE.ordinal();
    private static final int M_JOINS_REFERRAL = DailyMetric.JOINS_REFERRAL.ordinal();
    private static final int M_LEAVES = DailyMetric.LEAVES.ordinal();

    // the network, as raw CSR arrays
    private final int n;
    private final int[] offsets;
    private final int[] targets;
    private final float[] weights;

    // person-indexed
    private final byte[] flags;
    private final int[] appliedDay;
    private final double[] insideWeight;
    private final boolean[] buyer;
    private final boolean[] rebought;
    private final boolean[] everMember;
    private final int[] windowPosts;
    private final int[] depth;
    private final int[] memberPos;
    private final double[] pAff;
    private final double[] pActivity;
    private final double[] pAttention;
    private final double[] pExpertise;
    private final double[] pIntent;
    private final double[] pIncentive;

    // slot-indexed (slot = position in the member list)
    private final int[] slotPerson;
    private final byte[] sRole;
    private final int[] sRowStart;
    private final int[] sRowEnd;
    private final double[] sAff;
    private final double[] sActivity;
    private final double[] sAttention;
    private final double[] sExpertise;
    private final double[] sIntent;
    private final double[] sIncentive;
    private final double[] sSatisfaction;
    private final boolean[] sLurking;
    private final double[] sEntry;
    private final double[] sAnswer;
    private final int[] sJoinDay;
    private final int[] sReferrer;
    private final int[] sMentioned;
    private final double[] sDayValue;
    private final double[] sPromos;
    private final int[] sEpisode;
    private int memberCount;
    private int kolsInGroup;

    // applicants and bans of the day
    private final int[] applicants;
    private final byte[] applicantChannel;
    private final int[] applicantReferrer;
    private int applicantCount;
    private final int[] banList;

    // episodes (growable, as the engine's)
    private int[] epPerson = new int[256];
    private byte[] epChannel = new byte[256];
    private byte[] epRole = new byte[256];
    private int[] epStart = new int[256];
    private int[] epEnd = new int[256];
    private int[] epDepth = new int[256];
    private int episodes;

    // streams
    private final Rng exposureRng;
    private final Rng referralRng;
    private final Rng screeningRng;
    private final Rng postingRng;
    private final Rng readingRng;
    private final Rng stateRng;
    private final Rng conversionRng;

    // parameters
    private final double outsideExposure;
    private final double theta;
    private final int cap;
    private final double groupModeration;
    private final double banOnRemoval;
    private final double applyMax;
    private final double applyFloor;
    private final double entryCostSens;
    private final double advertiserApply;
    private final double advertiserSizeHalf;
    private final double reapplyFactor;
    private final double rejoinFactor;
    private final double inviteBase;
    private final double inviteTau;
    private final double inviteFloor;
    private final double rewardRateGain;
    private final double rewardSelLoss;
    private final double acceptMax;
    private final double acceptWScale;
    private final double acceptFloor;
    private final double reward;
    /** referral.reward as an amount (the only money the benchmarked scenarios declare) and the cost booked so far. */
    private final double rewardAmount;
    private double cumCost;
    private final double screenNoise;
    private final double commitEntry;
    private final double bystanderHalf;
    private final double bystanderBeta;
    private final double lurkerPostFactor;
    private final double eventPostFactor;
    private final double eventBonus;
    private final double adsPerAdvertiser;
    private final double cadence;
    private final double promoShare;
    private final double contentQuality;
    private final double mentionsPerPost;
    private final int eventEveryDays;
    private final double welcomeBonus;
    private final double kolPostsPerDay;
    private final double kolQuality;
    private final double kolMentionsPerDay;
    private final int kolDepartureDay;
    private final double lurkerReadFactor;
    private final double cs;
    private final double noiseCost;
    private final double adCost;
    private final double promoBase;
    private final double promoIntentGain;
    private final double overloadCost;
    private final double askProbability;
    private final int askDays;
    private final double kolAnswer;
    private final double operatorAnswer;
    private final double memberAnswer;
    private final double answeredValue;
    private final double answeredCommitment;
    private final double unansweredCost;
    private final double bondGain;
    private final double referrerBond;
    private final double outsideOption;
    private final double memberCost;
    private final double lurkerCostFactor;
    private final double rMin;
    private final double priorDays;
    private final double initialSatisfaction;
    private final double lurkLine;
    private final double hysteresis;
    private final double baseHazard;
    private final double maxHazard;
    private final double hazardScale;
    private final double commitTenure;
    private final double commitTau;
    private final double buyRate;
    private final double trustTieGain;
    private final double kolTrust;
    private final double rebuyRate;
    private final double meanPopulationAffinity;
    private final int inequalityWindowStart;
    // ablations
    private final boolean abBystander;
    private final boolean abNoise;
    private final boolean abAdvertisers;
    private final boolean abOverload;
    private final boolean abContentSaturation;
    private final boolean abSocialBonds;
    private final boolean abEntryCommitment;
    private final boolean abTenureCommitment;
    private final boolean abNewcomerAnswers;
    private final boolean abSelectivityLoss;
    private final boolean abAffinityOpportunityCost;
    private final boolean abWelcome;
    private final boolean abEvents;
    private final boolean abModeration;

    // the day
    private int day;
    private final double[] today = new double[DailyMetric.values().length];
    private final double[] lastDay = new double[DailyMetric.values().length];
    private long memberDays;
    private long leavesTotal;
    private int everRegular;
    private int buyers;
    private int rebuyers;
    private long purchasesTotal;
    private final long[] referralDepths;

    public ReferenceKernel(Scenario scenario, Population pop, TrustNetwork net, EngineState s) {
        n = pop.size();
        offsets = new int[n + 1];
        for (int p = 0; p < n; p++) {
            offsets[p] = net.rowStart(p);
        }
        offsets[n] = n == 0 ? 0 : net.rowEnd(n - 1);
        targets = new int[offsets[n]];
        weights = new float[offsets[n]];
        for (int k = 0; k < targets.length; k++) {
            targets[k] = net.target(k);
            weights[k] = net.weight(k);
        }

        Behaviour b = scenario.behaviour();
        Ablations ab = scenario.ablations();
        outsideExposure = scenario.group().outsideExposure();
        theta = scenario.group().threshold();
        cap = scenario.group().sizeCap();
        groupModeration = scenario.group().moderation();
        banOnRemoval = scenario.group().banOnRemoval();
        applyMax = b.exposure().applyMax();
        applyFloor = b.exposure().applyFloor();
        entryCostSens = b.exposure().entryCostSens();
        advertiserApply = b.exposure().advertiserApply();
        advertiserSizeHalf = b.exposure().advertiserSizeHalf();
        reapplyFactor = b.exposure().reapplyFactor();
        rejoinFactor = b.exposure().rejoinFactor();
        inviteBase = b.invitation().inviteBase();
        inviteTau = b.invitation().inviteTau();
        inviteFloor = b.invitation().inviteFloor();
        rewardRateGain = b.invitation().rewardRateGain();
        rewardSelLoss = b.invitation().rewardSelLoss();
        acceptMax = b.invitation().acceptMax();
        acceptWScale = b.invitation().acceptWScale();
        acceptFloor = b.invitation().acceptFloor();
        reward = scenario.economics().response().inRewards(scenario.referral().reward());
        rewardAmount = scenario.referral().reward();
        screenNoise = b.screening().screenNoise();
        commitEntry = b.screening().commitEntry();
        bystanderHalf = b.posting().bystanderHalf();
        bystanderBeta = b.posting().bystanderBeta();
        lurkerPostFactor = b.posting().lurkerPostFactor();
        eventPostFactor = b.posting().eventPostFactor();
        eventBonus = b.posting().eventBonus();
        adsPerAdvertiser = b.posting().adsPerAdvertiser();
        cadence = scenario.content().cadence();
        promoShare = scenario.content().promoShare();
        contentQuality = scenario.content().quality();
        mentionsPerPost = scenario.content().mentionsPerPost();
        eventEveryDays = scenario.content().eventEveryDays();
        welcomeBonus = scenario.content().welcomeBonus();
        kolPostsPerDay = scenario.kols().postsPerDay();
        kolQuality = scenario.kols().quality();
        kolMentionsPerDay = scenario.kols().mentionsPerDay();
        kolDepartureDay = scenario.kols().departureDay();
        lurkerReadFactor = b.reading().lurkerReadFactor();
        cs = b.reading().contentSaturation();
        noiseCost = b.reading().noiseCost();
        adCost = b.reading().adCost();
        promoBase = b.reading().promoBase();
        promoIntentGain = b.reading().promoIntentGain();
        overloadCost = b.reading().overloadCost();
        askProbability = b.reading().askProbability();
        askDays = b.reading().askDays();
        kolAnswer = b.reading().kolAnswer();
        operatorAnswer = b.reading().operatorAnswer();
        memberAnswer = b.reading().memberAnswer();
        answeredValue = b.reading().answeredValue();
        answeredCommitment = b.reading().answeredCommitment();
        unansweredCost = b.reading().unansweredCost();
        bondGain = b.social().bondGain();
        referrerBond = ab.referrerBond() ? b.social().referrerBond() : 0;
        outsideOption = b.state().outsideOption();
        memberCost = b.state().memberCost();
        lurkerCostFactor = b.state().lurkerCostFactor();
        rMin = b.state().rMin();
        priorDays = b.state().priorDays();
        initialSatisfaction = b.state().initialSatisfaction();
        lurkLine = b.state().lurkLine();
        hysteresis = b.state().hysteresis();
        baseHazard = b.state().baseHazard();
        maxHazard = b.state().maxHazard();
        hazardScale = b.state().hazardScale();
        commitTenure = b.state().commitTenure();
        commitTau = b.state().commitTau();
        buyRate = b.conversion().buyRate();
        trustTieGain = b.conversion().trustTieGain();
        kolTrust = b.conversion().kolTrust();
        rebuyRate = b.conversion().rebuyRate();
        abBystander = ab.bystander();
        abNoise = ab.noise();
        abAdvertisers = ab.advertisers();
        abOverload = ab.overload();
        abContentSaturation = ab.contentSaturation();
        abSocialBonds = ab.socialBonds();
        abEntryCommitment = ab.entryCommitment();
        abTenureCommitment = ab.tenureCommitment();
        abNewcomerAnswers = ab.newcomerAnswers();
        abSelectivityLoss = ab.referralSelectivityLoss();
        abAffinityOpportunityCost = ab.affinityOpportunityCost();
        abWelcome = ab.welcome();
        abEvents = ab.events();
        abModeration = ab.moderation();
        meanPopulationAffinity = s.meanPopulationAffinity;
        inequalityWindowStart = s.inequalityWindowStart;

        flags = new byte[n];
        appliedDay = s.appliedDay.clone();
        insideWeight = s.insideWeight.clone();
        buyer = s.buyer.clone();
        rebought = s.rebought.clone();
        everMember = s.everMember.clone();
        windowPosts = s.windowPosts.clone();
        depth = s.depth.clone();
        memberPos = new int[n];
        pAff = s.aff.clone();
        pActivity = new double[n];
        pAttention = new double[n];
        pExpertise = new double[n];
        pIntent = new double[n];
        pIncentive = new double[n];
        for (int p = 0; p < n; p++) {
            pActivity[p] = pop.activity(p);
            pAttention[p] = pop.attention(p);
            pExpertise[p] = pop.expertise(p);
            pIntent[p] = pop.purchaseIntent(p);
            pIncentive[p] = pop.incentiveSensitivity(p);
            int f = s.history[p];
            if (s.member[p]) {
                f |= MEMBER;
            }
            if (s.role[p] == ADVERTISER_ROLE) {
                f |= ADVERTISER;
            } else if (s.role[p] == KOL_ROLE) {
                f |= KOL;
            }
            if (s.member[p] && !s.lurking[p] && s.role[p] != ADVERTISER_ROLE) {
                f |= ACTIVE;
            }
            flags[p] = (byte) f;
        }

        slotPerson = new int[n];
        sRole = new byte[n];
        sRowStart = new int[n];
        sRowEnd = new int[n];
        sAff = new double[n];
        sActivity = new double[n];
        sAttention = new double[n];
        sExpertise = new double[n];
        sIntent = new double[n];
        sIncentive = new double[n];
        sSatisfaction = new double[n];
        sLurking = new boolean[n];
        sEntry = new double[n];
        sAnswer = new double[n];
        sJoinDay = new int[n];
        sReferrer = new int[n];
        sMentioned = new int[n];
        sDayValue = new double[n];
        sPromos = new double[n];
        sEpisode = new int[n];
        memberCount = s.memberCount;
        for (int i = 0; i < memberCount; i++) {
            int p = s.memberList[i];
            memberPos[p] = i;
            fillTraits(i, p);
            sSatisfaction[i] = s.satisfaction[p];
            sLurking[i] = s.lurking[p];
            sEntry[i] = s.entryCommitment[p];
            sAnswer[i] = s.answerCommitment[p];
            sJoinDay[i] = s.joinDay[p];
            sReferrer[i] = s.referrer[p];
            sMentioned[i] = s.mentionedDay[p];
            sEpisode[i] = addEpisode(p, (byte) 0, s.joinDay[p], sRole[i], s.depth[p]);
            if (sRole[i] == KOL_ROLE) {
                kolsInGroup++;
            }
        }
        applicants = new int[n];
        applicantChannel = new byte[n];
        applicantReferrer = new int[n];
        banList = new int[n];

        exposureRng = s.exposureRng;
        referralRng = s.referralRng;
        screeningRng = s.screeningRng;
        postingRng = s.postingRng;
        readingRng = s.readingRng;
        stateRng = s.stateRng;
        conversionRng = s.conversionRng;

        day = s.day;
        cumCost = s.cost;
        memberDays = s.memberDays;
        leavesTotal = s.leavesTotal;
        everRegular = s.everRegular;
        buyers = s.buyers;
        rebuyers = s.rebuyers;
        purchasesTotal = s.purchasesTotal;
        referralDepths = s.referralDepths.clone();
    }

    public int day() {
        return day;
    }

    public int memberCount() {
        return memberCount;
    }

    public long memberDays() {
        return memberDays;
    }

    /** The metrics of the last day run, in {@link DailyMetric} order (a live view). */
    public double[] lastDay() {
        return lastDay;
    }

    /** Runs one day: steps 4.1–4.9 of docs/model.md §4. */
    public void step() {
        exposure();
        referral();
        screening();
        // posting, reading with social value, satisfaction, conversion with measurement
        dayAfterScreening();
        day++;
    }

    // ---- step 1 ----

    private void exposure() {
        applicantCount = 0;
        Rng rng = exposureRng;
        double expected = outsideExposure;
        int exposures = (int) expected;
        if (rng.nextDouble() < expected - exposures) {
            exposures++;
        }
        double deterrence = Math.exp(-entryCostSens * theta);
        double advertiserPull = advertiserApply * memberCount / (memberCount + advertiserSizeHalf);
        int blocked = blockMask();
        for (int i = 0; i < exposures; i++) {
            int person = rng.nextInt(n);
            double u = rng.nextDouble();
            int f = flags[person];
            if ((f & blocked) != 0 || appliedDay[person] == day) {
                continue;
            }
            double apply;
            if ((f & ADVERTISER) != 0) {
                apply = advertiserPull * deterrence;
            } else {
                apply = applyMax * (applyFloor + (1 - applyFloor) * pAff[person]) * deterrence;
            }
            if (u < apply * historyFactor(f)) {
                addApplicant(person, OUTSIDE, -1);
            }
        }
    }

    private int blockMask() {
        return MEMBER | BANNED | GONE | (abAdvertisers ? 0 : ADVERTISER);
    }

    private double historyFactor(int f) {
        double h = 1;
        if ((f & REJECTED) != 0) {
            h *= reapplyFactor;
        }
        if ((f & LEFT) != 0) {
            h *= rejoinFactor;
        }
        return h;
    }

    private void addApplicant(int p, byte ch, int ref) {
        appliedDay[p] = day;
        applicants[applicantCount] = p;
        applicantChannel[applicantCount] = ch;
        applicantReferrer[applicantCount] = ref;
        applicantCount++;
    }

    // ---- step 2 ----

    private void referral() {
        if (inviteBase == 0) {
            return;
        }
        Rng rng = referralRng;
        int blocked = blockMask() | ADVERTISER; // advertisers are never invited
        int count = memberCount;
        for (int i = 0; i < count; i++) {
            if (sRole[i] == ADVERTISER_ROLE) {
                continue;
            }
            int rowStart = sRowStart[i];
            int degree = sRowEnd[i] - rowStart;
            if (degree == 0) {
                continue;
            }
            double incentive = reward * sIncentive[i];
            int tenure = day - sJoinDay[i];
            double rate = inviteBase * engagement(sSatisfaction[i])
                    * (Math.exp(-tenure / inviteTau) + inviteFloor) * (1 + rewardRateGain * incentive);
            int considered = rng.poisson(rate);
            if (considered == 0) {
                continue;
            }
            double s = abSelectivityLoss ? 1.0 / (1.0 + rewardSelLoss * incentive) : 1.0;
            for (int c = 0; c < considered; c++) {
                int k = -1;
                for (int t = 0; t < TIE_TRIES; t++) {
                    int cand = rowStart + rng.nextInt(degree);
                    int friend = targets[cand];
                    if ((flags[friend] & blocked) == 0 && appliedDay[friend] != day) {
                        k = cand;
                        break;
                    }
                }
                if (k < 0) {
                    continue;
                }
                int invitee = targets[k];
                double inviteP = Math.pow(weights[k] * pAff[invitee], s);
                if (rng.nextDouble() >= inviteP) {
                    continue;
                }
                today[DailyMetric.INVITATIONS_SENT.ordinal()]++;
                double accept = acceptMax * (1 - Math.exp(-insideWeight[invitee] / acceptWScale))
                        * Math.pow(acceptFloor + (1 - acceptFloor) * pAff[invitee], s)
                        * historyFactor(flags[invitee]);
                if (rng.nextDouble() < accept) {
                    today[DailyMetric.INVITATIONS_ACCEPTED.ordinal()]++;
                    addApplicant(invitee, REFERRAL, slotPerson[i]);
                }
            }
        }
        // the reward amount per accepted invitation, booked once for the day as the engine's ledger books it
        double paid = today[DailyMetric.INVITATIONS_ACCEPTED.ordinal()] * rewardAmount;
        if (paid != 0) {
            today[DailyMetric.COST.ordinal()] += paid;
            cumCost += paid;
        }
    }

    private static double engagement(double s) {
        return 2.0 / (1.0 + Math.exp(-s));
    }

    // ---- step 3 ----

    private void screening() {
        Rng rng = screeningRng;
        int count = applicantCount;
        for (int i = count - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = applicants[i];
            applicants[i] = applicants[j];
            applicants[j] = t;
            byte c = applicantChannel[i];
            applicantChannel[i] = applicantChannel[j];
            applicantChannel[j] = c;
            t = applicantReferrer[i];
            applicantReferrer[i] = applicantReferrer[j];
            applicantReferrer[j] = t;
        }
        for (int i = 0; i < count; i++) {
            int p = applicants[i];
            double judged = pAff[p] + (screenNoise > 0 ? screenNoise * rng.nextGaussian() : 0);
            today[DailyMetric.APPLICATIONS.ordinal()]++;
            if (memberCount >= cap) {
                today[DailyMetric.TURNED_AWAY.ordinal()]++;
            } else if (theta == 0 || judged >= theta) {
                join(p, applicantChannel[i], applicantReferrer[i]);
            } else {
                flags[p] |= REJECTED;
                today[DailyMetric.REJECTIONS.ordinal()]++;
            }
        }
        applicantCount = 0;
    }

    private void fillTraits(int i, int p) {
        slotPerson[i] = p;
        int f = flags[p];
        sRole[i] = (f & ADVERTISER) != 0 ? ADVERTISER_ROLE : (f & KOL) != 0 ? KOL_ROLE : REGULAR_ROLE;
        sRowStart[i] = offsets[p];
        sRowEnd[i] = offsets[p + 1];
        sAff[i] = pAff[p];
        sActivity[i] = pActivity[p];
        sAttention[i] = pAttention[p];
        sExpertise[i] = pExpertise[p];
        sIntent[i] = pIntent[p];
        sIncentive[i] = pIncentive[p];
    }

    private void join(int p, byte ch, int ref) {
        int i = memberCount++;
        memberPos[p] = i;
        fillTraits(i, p);
        byte role = sRole[i];
        flags[p] |= (byte) (role == ADVERTISER_ROLE ? MEMBER : MEMBER | ACTIVE);
        sJoinDay[i] = day;
        sReferrer[i] = ref;
        depth[p] = ch == REFERRAL ? depth[ref] + 1 : 0;
        sLurking[i] = false;
        sSatisfaction[i] = initialSatisfaction + (abWelcome ? welcomeBonus : 0);
        sEntry[i] = ch != SEED && abEntryCommitment ? commitEntry * theta : 0;
        sAnswer[i] = 0;
        sMentioned[i] = -1;
        windowPosts[p] = 0;
        for (int k = sRowStart[i], end = sRowEnd[i]; k < end; k++) {
            insideWeight[targets[k]] += weights[k];
        }
        sEpisode[i] = addEpisode(p, ch, day, role, depth[p]);
        if (role == KOL_ROLE) {
            kolsInGroup++;
        }
        if (!everMember[p]) {
            everMember[p] = true;
            if (role == REGULAR_ROLE) {
                everRegular++;
            }
        }
        today[M_JOINS]++;
        switch (ch) {
            case SEED -> today[M_JOINS_SEED]++;
            case OUTSIDE -> today[M_JOINS_OUTSIDE]++;
            default -> {
                today[M_JOINS_REFERRAL]++;
                int d = Math.min(depth[p], referralDepths.length) - 1;
                referralDepths[d]++;
            }
        }
    }

    private int addEpisode(int p, byte ch, int start, byte role, int invitationDepth) {
        if (episodes == epPerson.length) {
            int newCap = episodes * 2;
            epPerson = Arrays.copyOf(epPerson, newCap);
            epChannel = Arrays.copyOf(epChannel, newCap);
            epRole = Arrays.copyOf(epRole, newCap);
            epStart = Arrays.copyOf(epStart, newCap);
            epEnd = Arrays.copyOf(epEnd, newCap);
            epDepth = Arrays.copyOf(epDepth, newCap);
        }
        epPerson[episodes] = p;
        epChannel[episodes] = ch;
        epRole[episodes] = role;
        epStart[episodes] = start;
        epEnd[episodes] = -1;
        epDepth[episodes] = invitationDepth;
        return episodes++;
    }

    /** Removes the member in slot i; the last slot moves into it. */
    private void leave(int i, int why) {
        int p = slotPerson[i];
        flags[p] = (byte) ((flags[p] & ~(MEMBER | ACTIVE)) | why);
        epEnd[sEpisode[i]] = day;
        if (sRole[i] == KOL_ROLE) {
            kolsInGroup--;
        }
        for (int k = sRowStart[i], end = sRowEnd[i]; k < end; k++) {
            insideWeight[targets[k]] -= weights[k];
        }
        int last = --memberCount;
        if (i != last) {
            int q = slotPerson[last];
            memberPos[q] = i;
            slotPerson[i] = q;
            sRole[i] = sRole[last];
            sRowStart[i] = sRowStart[last];
            sRowEnd[i] = sRowEnd[last];
            sAff[i] = sAff[last];
            sActivity[i] = sActivity[last];
            sAttention[i] = sAttention[last];
            sExpertise[i] = sExpertise[last];
            sIntent[i] = sIntent[last];
            sIncentive[i] = sIncentive[last];
            sSatisfaction[i] = sSatisfaction[last];
            sLurking[i] = sLurking[last];
            sEntry[i] = sEntry[last];
            sAnswer[i] = sAnswer[last];
            sJoinDay[i] = sJoinDay[last];
            sReferrer[i] = sReferrer[last];
            sMentioned[i] = sMentioned[last];
            sDayValue[i] = sDayValue[last];
            sPromos[i] = sPromos[last];
            sEpisode[i] = sEpisode[last];
        }
        today[M_LEAVES]++;
        leavesTotal++;
    }

    // ---- steps 4–9 ----

    private void dayAfterScreening() {
        double[] t = today;
        // step 4: posting
        Rng rng = postingRng;
        boolean eventToday = abEvents && eventEveryDays > 0 && day > 0 && day % eventEveryDays == 0;
        double groupSize = memberCount;
        double bystanderToday = abBystander ? 1.0 / (1.0 + Math.pow(groupSize / bystanderHalf, bystanderBeta)) : 1.0;
        int operatorPosts = (int) cadence;
        if (rng.nextDouble() < cadence - operatorPosts) {
            operatorPosts++;
        }
        int promos = rng.binomial(operatorPosts, promoShare);
        int poolOperator = operatorPosts - promos;
        int poolPromo = promos;
        double poolQuality = poolOperator * contentQuality;
        int kolsPresent = kolsInGroup;
        if (memberCount > 0) {
            int mentions = rng.poisson(operatorPosts * mentionsPerPost + kolsPresent * kolMentionsPerDay);
            for (int k = 0; k < mentions; k++) {
                sMentioned[rng.nextInt(memberCount)] = day;
            }
        }
        int onTopic = 0;
        int noise = 0;
        int ads = 0;
        int adsRemoved = 0;
        int kolPosts = 0;
        double quality = 0;
        double answerCapacity = 0;
        double eventFactor = eventToday ? eventPostFactor : 1.0;
        double moderation = abModeration ? groupModeration : 0;
        boolean inWindow = day >= inequalityWindowStart;
        int banned = 0;
        for (int i = 0; i < memberCount; i++) {
            byte role = sRole[i];
            if (role == ADVERTISER_ROLE) {
                int posted = rng.poisson(adsPerAdvertiser);
                boolean banNow = false;
                for (int a = 0; a < posted; a++) {
                    if (rng.nextDouble() < moderation) {
                        adsRemoved++;
                        if (rng.nextDouble() < banOnRemoval) {
                            banNow = true;
                        }
                    } else {
                        ads++;
                    }
                }
                if (banNow) {
                    banList[banned++] = slotPerson[i];
                }
                continue;
            }
            if (role == KOL_ROLE) {
                int posted = rng.poisson(kolPostsPerDay);
                kolPosts += posted;
                quality += posted * kolQuality;
                continue;
            }
            double activity = sActivity[i];
            double a = activity * engagement(sSatisfaction[i]);
            if (sLurking[i]) {
                a *= lurkerPostFactor;
            } else {
                answerCapacity += activity * sExpertise[i];
            }
            double bystander = sMentioned[i] == day ? 1.0 : bystanderToday;
            double affinity = sAff[i];
            int on = rng.poisson(a * affinity * bystander * eventFactor);
            int off = abNoise ? rng.poisson(a * (1 - affinity)) : 0;
            onTopic += on;
            noise += off;
            quality += on * sExpertise[i];
            if (inWindow) {
                windowPosts[slotPerson[i]] += on + off;
            }
        }
        for (int b = 0; b < banned; b++) {
            leave(memberPos[banList[b]], BANNED);
        }
        t[DailyMetric.BANS.ordinal()] += banned;
        poolQuality += quality;
        t[DailyMetric.POSTS_ON_TOPIC.ordinal()] = onTopic;
        t[DailyMetric.POSTS_NOISE.ordinal()] = noise;
        t[DailyMetric.POSTS_ADS.ordinal()] = ads;
        t[DailyMetric.ADS_REMOVED.ordinal()] = adsRemoved;
        t[DailyMetric.POSTS_OPERATOR.ordinal()] = poolOperator;
        t[DailyMetric.POSTS_KOL.ordinal()] = kolPosts;
        t[DailyMetric.POSTS_PROMO.ordinal()] = promos;
        t[DailyMetric.EVENT.ordinal()] = eventToday ? 1 : 0;

        // steps 5 and 6: reading (with newcomers' questions) and social value, one pass
        rng = readingRng;
        int pool = onTopic + noise + ads + poolOperator + kolPosts + poolPromo;
        double onTopicQuality = poolQuality;
        double todaysEventBonus = eventToday ? eventBonus : 0;
        double answerRate = kolAnswer * kolsPresent + (cadence > 0 ? operatorAnswer : 0)
                + memberAnswer * bystanderToday * answerCapacity;
        double answerP = 1 - Math.exp(-answerRate);
        int asked = 0;
        int answered = 0;
        for (int i = 0; i < memberCount; i++) {
            if (sRole[i] != REGULAR_ROLE) {
                continue;
            }
            double affinity = sAff[i];
            double attention = sAttention[i] * (sLurking[i] ? lurkerReadFactor : 1.0);
            double readShare = pool > 0 ? Math.min(1.0, attention / pool) : 0;
            double g = affinity * readShare * onTopicQuality;
            double value = abContentSaturation ? cs * (1 - Math.exp(-g / cs)) : g;
            value -= noiseCost * (0.2 + 0.8 * affinity) * readShare * noise;
            value -= adCost * readShare * ads;
            double promosRead = readShare * poolPromo;
            value += promosRead * (promoBase + promoIntentGain * sIntent[i]);
            if (abOverload && pool > attention) {
                value -= overloadCost * (1 - attention / pool);
            }
            value += todaysEventBonus;
            if (abNewcomerAnswers && day - sJoinDay[i] < askDays && rng.nextDouble() < askProbability) {
                asked++;
                if (rng.nextDouble() < answerP) {
                    answered++;
                    value += answeredValue;
                    sAnswer[i] += answeredCommitment;
                } else {
                    value -= unansweredCost;
                }
            }
            sPromos[i] = promosRead;
            if (abSocialBonds) {
                double active = 0;
                for (int k = sRowStart[i], end = sRowEnd[i]; k < end; k++) {
                    if ((flags[targets[k]] & ACTIVE) != 0) {
                        active += weights[k];
                    }
                }
                int ref = sReferrer[i];
                if (referrerBond > 0 && ref >= 0 && (flags[ref] & MEMBER) != 0) {
                    active += referrerBond * weightBetween(slotPerson[i], ref);
                }
                value += bondGain * Math.log(1 + active);
            }
            sDayValue[i] = value;
        }
        t[DailyMetric.QUESTIONS_ASKED.ordinal()] = asked;
        t[DailyMetric.QUESTIONS_ANSWERED.ordinal()] = answered;

        // step 7: satisfaction, lurking and leaving; backwards, so a leaver's slot gets a member already done
        rng = stateRng;
        double returnLine = lurkLine + hysteresis;
        for (int i = memberCount - 1; i >= 0; i--) {
            if (sRole[i] != REGULAR_ROLE) {
                continue;
            }
            int tenure = day - sJoinDay[i];
            boolean lurking = sLurking[i];
            double opportunity = outsideOption * (abAffinityOpportunityCost ? sAff[i] : meanPopulationAffinity);
            double cost = memberCost * (lurking ? lurkerCostFactor : 1.0);
            double net = sDayValue[i] - opportunity - cost;
            double rate = Math.max(rMin, 1.0 / (tenure + 1 + priorDays));
            double s = sSatisfaction[i] + rate * (net - sSatisfaction[i]);
            sSatisfaction[i] = s;
            if (!lurking && s < lurkLine) {
                sLurking[i] = true;
                flags[slotPerson[i]] &= (byte) ~ACTIVE;
            } else if (lurking && s > returnLine) {
                sLurking[i] = false;
                flags[slotPerson[i]] |= (byte) ACTIVE;
            }
            double commitment = sEntry[i] + sAnswer[i]
                    + (abTenureCommitment ? commitTenure * (1 - Math.exp(-tenure / commitTau)) : 0);
            double hazard = baseHazard + maxHazard * Math.exp(-Math.max(0, s + commitment) / hazardScale);
            if (rng.nextDouble() < hazard) {
                leave(i, LEFT);
            }
        }
        if (day == kolDepartureDay) {
            for (int i = memberCount - 1; i >= 0; i--) {
                if (sRole[i] == KOL_ROLE) {
                    leave(i, GONE);
                }
            }
        }

        // steps 8 and 9: conversion and measurement, one pass
        rng = conversionRng;
        boolean promoDay = poolPromo != 0;
        double trust = kolsPresent > 0 ? kolTrust : 1.0;
        int purchases = 0;
        int repurchases = 0;
        int active = 0;
        int lurkers = 0;
        int advertisers = 0;
        double satisfaction = 0;
        double affinity = 0;
        int regular = 0;
        for (int i = 0; i < memberCount; i++) {
            affinity += sAff[i];
            byte role = sRole[i];
            if (role == ADVERTISER_ROLE) {
                advertisers++;
                continue;
            }
            if (role == KOL_ROLE) {
                active++;
                continue;
            }
            regular++;
            satisfaction += sSatisfaction[i];
            if (sLurking[i]) {
                lurkers++;
            } else {
                active++;
            }
            double promosRead = sPromos[i];
            if (!promoDay || promosRead <= 0) {
                continue;
            }
            int who = slotPerson[i];
            double u = rng.nextDouble();
            if (!buyer[who]) {
                double perPromo = Math.min(1, buyRate * sAff[i]
                        * (1 + trustTieGain * Math.log(1 + insideWeight[who])) * trust);
                double buyToday = 1 - Math.pow(1 - perPromo, promosRead);
                if (u < buyToday) {
                    buyer[who] = true;
                    buyers++;
                    purchases++;
                }
            } else {
                double again = rebuyRate * engagement(sSatisfaction[i]) * Math.min(1, promosRead);
                if (u < again) {
                    if (!rebought[who]) {
                        rebought[who] = true;
                        rebuyers++;
                    }
                    repurchases++;
                }
            }
        }
        if (promoDay) {
            purchasesTotal += purchases + repurchases;
            t[DailyMetric.PURCHASES.ordinal()] = purchases;
            t[DailyMetric.REPURCHASES.ordinal()] = repurchases;
        }
        t[DailyMetric.MEMBERS.ordinal()] = memberCount;
        t[DailyMetric.CUM_COST.ordinal()] = cumCost;
        t[DailyMetric.CUM_PROFIT.ordinal()] = 0.0 - cumCost;
        t[DailyMetric.ACTIVE.ordinal()] = active;
        t[DailyMetric.LURKERS.ordinal()] = lurkers;
        t[DailyMetric.ADVERTISERS.ordinal()] = advertisers;
        t[DailyMetric.MEAN_POST_VALUE.ordinal()] = pool > 0 ? poolQuality / pool : 0;
        t[DailyMetric.MEAN_SATISFACTION.ordinal()] = regular > 0 ? satisfaction / regular : 0;
        t[DailyMetric.MEAN_AFFINITY.ordinal()] = memberCount > 0 ? affinity / memberCount : 0;
        memberDays += memberCount;
        System.arraycopy(t, 0, lastDay, 0, t.length);
        Arrays.fill(t, 0);
    }

    private float weightBetween(int a, int b) {
        int lo = offsets[a];
        int hi = offsets[a + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int t = targets[mid];
            if (t < b) {
                lo = mid + 1;
            } else if (t > b) {
                hi = mid - 1;
            } else {
                return weights[mid];
            }
        }
        return 0f;
    }
}
