package org.communitysim.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The strategies of docs/model.md §10, built in code from {@link Defaults}. Scenario files (JSON) replace these as
 * the user-facing form; the presets stay as the tested reference.
 */
public final class Presets {
    private Presets() {
    }

    /** Big open group: cap 500, no threshold. */
    public static Scenario bigOpenGroup() {
        Scenario s = Defaults.scenario();
        return s.withGroup(s.group().withSizeCap(500).withThreshold(0))
                .named("big-open-group", "Big open group: cap 500, no entry threshold");
    }

    /** Small curated group: cap 100, screened at θ = 0.5. */
    public static Scenario smallCuratedGroup() {
        Scenario s = Defaults.scenario();
        return s.withGroup(s.group().withSizeCap(100).withThreshold(0.5))
                .named("small-curated-group", "Small curated group: cap 100, applicants screened at threshold 0.5");
    }

    /** The reference group with one KOL who stays. */
    public static Scenario kolLedGroup() {
        Scenario s = Defaults.scenario();
        return s.withKols(s.kols().withCount(1))
                .named("kol-led-group", "Reference group led by one KOL (expert) who posts and answers newcomers");
    }

    /** The KOL-led group whose KOL leaves on day 60. */
    public static Scenario kolLeavesDay60() {
        Scenario s = kolLedGroup();
        return s.withKols(s.kols().withDepartureDay(60))
                .named("kol-leaves-day-60", "KOL-led group whose KOL leaves on day 60 (shock test)");
    }

    /** The reference group with a standard referral reward. */
    public static Scenario referralReward() {
        return Defaults.scenario().withReferral(new ReferralSpec(1))
                .named("referral-reward", "Reference group paying a standard reward for each accepted invitation");
    }

    /** The classic failure: 80% of the operator's posts are promotions. */
    public static Scenario promotionHeavyFeed() {
        Scenario s = Defaults.scenario();
        return s.withContent(s.content().withPromoShare(0.8))
                .named("promotion-heavy-feed", "Reference group whose operator posts mostly promotions (80%)");
    }

    /** One operator post every two days and no events: an operator who barely runs the group. */
    public static Scenario lowCadence() {
        Scenario s = Defaults.scenario();
        return s.withContent(s.content().withCadence(0.5).withEventEveryDays(0))
                .named("low-cadence", "Reference group whose operator posts once every two days and runs no events");
    }

    /** Steady cadence of 4 posts a day (near the measured optimum) with weekly events. */
    public static Scenario steadyCadenceWeeklyEvents() {
        Scenario s = Defaults.scenario();
        return s.withContent(s.content().withCadence(4).withEventEveryDays(7))
                .named("steady-weekly-events", "Steady cadence (4 posts a day) with an event every week");
    }

    /** All presets by name, in a stable order. */
    public static Map<String, Supplier<Scenario>> all() {
        Map<String, Supplier<Scenario>> m = new LinkedHashMap<>();
        m.put("reference", Defaults::scenario);
        m.put("big-open-group", Presets::bigOpenGroup);
        m.put("small-curated-group", Presets::smallCuratedGroup);
        m.put("kol-led-group", Presets::kolLedGroup);
        m.put("kol-leaves-day-60", Presets::kolLeavesDay60);
        m.put("referral-reward", Presets::referralReward);
        m.put("promotion-heavy-feed", Presets::promotionHeavyFeed);
        m.put("low-cadence", Presets::lowCadence);
        m.put("steady-weekly-events", Presets::steadyCadenceWeeklyEvents);
        return m;
    }
}
