package org.communitysim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.FissionTrigger;
import org.communitysim.scenario.Playbook;
import org.communitysim.scenario.PlaybookAction;
import org.communitysim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The world of many groups (docs/model.md §4.12), run by run: the machinery leaves a single group alone, fission
 * opens groups with the parent's activists in both, turned-away applicants are pointed to the newest group, attention
 * shares add up to one, silent groups are recorded dead, and bad settings are refused.
 */
class ManyGroupsTest {
    private static final Scenario SMALL = Defaults.scenario().withPopulation(Defaults.POPULATION.withSize(3000))
            .withHorizonDays(90);
    private static final long SEED = 91;

    private static CommunityModel started(Scenario s) {
        CommunityModel m = new CommunityModel(s, World.build(s, SEED), SEED);
        m.start();
        return m;
    }

    /**
     * One group through the world's machinery (the morning and evening steps, the pointed-applicants phase, an
     * effort limit that never binds) gives the single-group run bit for bit: the machinery changes nothing until
     * a second group, background groups, a binding effort limit or a fading poster asks it to.
     */
    @Test
    void oneGroup_throughTheWorldMachinery_isBitIdentical() {
        Scenario many = SMALL.with("world.operatorPostsPerDay", 1000.0);
        assertTrue(many.world().many());
        RunResult single = CommunityModel.run(SMALL, SEED);
        RunResult viaWorld = CommunityModel.run(many, SEED);
        assertEquals(single.daily(), viaWorld.daily());
        assertEquals(single.summary(), viaWorld.summary());
        assertEquals(1, viaWorld.groups().size());
    }

    /** The single-group model records its one group: opened on day 0 by nobody, with the run's own series. */
    @Test
    void singleGroup_recordsOneGroup() {
        RunResult r = CommunityModel.run(SMALL, SEED);
        assertEquals(1, r.groups().size());
        GroupRecord g = r.groups().get(0);
        assertEquals(0, g.openDay());
        assertEquals(-1, g.parent());
        assertEquals(r.daily(), g.daily());
        assertEquals(0, g.lostToOthers());
    }

    /**
     * Fission at a cap of 60: when the newest group is full the next opens the following day, seeded by the parent's
     * 10 most active members, who stay in the parent too; the next group's series is zero before it opened.
     */
    @Test
    void fission_atCap_opensGroupsSeededByActivistsInBoth() {
        Scenario s = SMALL.with("group.sizeCap", 60).with("group.seedMembers", 20)
                .with("world.fission.trigger", FissionTrigger.CAP).with("world.fission.maxGroups", 4);
        CommunityModel m = started(s);
        m.runToEnd();
        List<GroupRun> groups = m.groups();
        assertTrue(groups.size() >= 2, "groups opened: " + groups.size());
        assertTrue(groups.size() <= 4);
        RunResult r = m.result();
        for (int k = 1; k < groups.size(); k++) {
            GroupRecord g = r.groups().get(k);
            assertEquals(k - 1, g.parent(), "each group splits from the newest before it");
            for (int d = 0; d < g.openDay(); d++) {
                assertEquals(0.0, g.daily().get(DailyMetric.MEMBERS, d));
            }
            assertEquals(10.0, g.daily().get(DailyMetric.JOINS_SEED, g.openDay()), "10 activists seed group " + k);
            GroupRecord parent = r.groups().get(k - 1);
            assertTrue(parent.daily().get(DailyMetric.TURNED_AWAY, g.openDay() - 1) > 0
                    || parent.daily().get(DailyMetric.MEMBERS, g.openDay() - 1) >= 60, "the parent was full");
        }
        assertEquals(groups.size(), m.result().summary().get(Outcome.GROUPS_OPENED));
    }

    /**
     * The live view of the groups (serve's groups table) agrees with the run's records: mid-run only the groups opened
     * so far, each with its members and active members of the last day; at the end the records' open and death days.
     */
    @Test
    void groupsNow_agreesWithTheRecordsDuringAndAfterTheRun() {
        Scenario s = SMALL.with("group.sizeCap", 60).with("group.seedMembers", 20)
                .with("world.fission.trigger", FissionTrigger.CAP).with("world.fission.maxGroups", 4)
                .with("population.activityMean", 0.05).with("horizonDays", 200);
        CommunityModel m = started(s);
        assertEquals(1, m.groupsNow().size());
        assertEquals(20, m.groupsNow().get(0).members(), "day 0: the seeds");
        assertEquals(20.0, m.groupsNow().get(0).active(), "day 0, before any row: the seeds counted as a row counts");
        for (int d = 0; d < 40; d++) {
            m.stepDay();
        }
        List<GroupNow> mid = m.groupsNow();
        assertEquals(m.groupCount(), mid.size());
        for (GroupNow g : mid) {
            GroupRun run = m.groups().get(g.index());
            assertEquals(run.group.memberCount, g.members());
            assertEquals(run.daily.get(DailyMetric.ACTIVE, 39), g.active());
        }
        m.runToEnd();
        RunResult r = m.result();
        List<GroupNow> end = m.groupsNow();
        assertEquals(r.groups().size(), end.size());
        assertTrue(end.size() >= 2, "groups opened: " + end.size());
        int died = 0;
        for (GroupNow g : end) {
            GroupRecord rec = r.groups().get(g.index());
            assertEquals(rec.parent(), g.parent());
            assertEquals(rec.openDay(), g.openDay());
            assertEquals(rec.deadDay(), g.deadDay());
            assertEquals(rec.daily().get(DailyMetric.MEMBERS, s.horizonDays() - 1), g.members());
            died += g.dead() ? 1 : 0;
        }
        assertEquals(1 - r.summary().get(Outcome.GROUPS_ALIVE_FINAL), (double) died / end.size(), 1e-12,
                "the dead share is the share of groups not alive at the end");
    }

    /** After a split, the people the full group turns away apply to the newest group the next day. */
    @Test
    void fission_turnedAwayApplicants_applyToTheNewestGroup() {
        Scenario s = SMALL.with("group.sizeCap", 60).with("group.seedMembers", 20)
                .with("world.fission.trigger", FissionTrigger.CAP).with("world.fission.maxGroups", 2);
        Scenario notPointed = s.with("world.fission.pointTurnedAway", false);
        RunResult pointed = CommunityModel.run(s, SEED);
        RunResult not = CommunityModel.run(notPointed, SEED);
        GroupRecord child = pointed.groups().get(1);
        GroupRecord childNot = not.groups().get(1);
        assertEquals(child.openDay(), childNot.openDay(), "the same world until the first split");
        double applications = Series.sum(child.daily().series(DailyMetric.APPLICATIONS));
        double applicationsNot = Series.sum(childNot.daily().series(DailyMetric.APPLICATIONS));
        assertTrue(applications > applicationsNot, applications + " applications with pointing, " + applicationsNot
                + " without");
    }

    /** Each member's shares over their groups and background groups add up to at most 1, to 1 without background. */
    @Test
    void attention_sharesOverAPersonsGroups_addUpToOne() {
        Scenario s = SMALL.with("world.groups", 3);
        CommunityModel m = started(s);
        for (int d = 0; d < 20; d++) {
            m.stepDay();
        }
        int n = m.world().n;
        double[] sum = new double[n];
        int[] groupsOf = new int[n];
        for (GroupRun g : m.groups()) {
            for (int i = 0; i < g.group.memberCount; i++) {
                sum[g.group.memberList[i]] += g.group.slotShare[i];
                groupsOf[g.group.memberList[i]]++;
            }
        }
        int inTwo = 0;
        for (int p = 0; p < n; p++) {
            if (groupsOf[p] > 0 && sum[p] > 1 + 1e-9) {
                throw new AssertionError("person " + p + " shares sum to " + sum[p]);
            }
            inTwo += groupsOf[p] > 1 ? 1 : 0;
        }
        assertTrue(inTwo > 0, "some persons are in two of the three groups");
    }

    /**
     * The shares of people joined on the same day ... a member of one group and nothing else gets all of their
     * attention; with background groups everyone's share is below 1.
     */
    @Test
    void attention_backgroundGroups_takeAShare() {
        Scenario s = SMALL.with("world.background.perPerson", 4.0);
        CommunityModel m = started(s);
        for (int d = 0; d < 5; d++) {
            m.stepDay();
        }
        GroupState g = m.group();
        double sum = 0;
        for (int i = 0; i < g.memberCount; i++) {
            assertTrue(g.slotShare[i] > 0 && g.slotShare[i] <= 1);
            sum += g.slotShare[i];
        }
        double mean = sum / g.memberCount;
        assertTrue(mean < 0.5, "mean share with 4 background groups on average: " + mean);
    }

    /** A group nobody posts in (members' activity 0) is dead after world.deadAfterDays days: its first silent day is recorded. */
    @Test
    void death_recordedAfterDeadAfterDaysOfSilence() {
        Scenario s = SMALL.with("population.activityMean", 1e-9).with("kols.count", 0).with("world.deadAfterDays", 5);
        RunResult r = CommunityModel.run(s, SEED);
        GroupRecord g = r.groups().get(0);
        assertEquals(0, g.deadDay(), "silent from day 0");
        assertEquals(0.0, r.summary().get(Outcome.GROUPS_ALIVE_FINAL));
        assertEquals(0.0, r.summary().get(Outcome.GROUP_LIFESPAN_MEAN));
    }

    /**
     * A playbook's openGroup on day 30 opens a group that day, split from the first, with world.fission's 10
     * activists; the action is recorded with the group's seeds, and a second one past maxGroups opens nothing.
     */
    @Test
    void playbookOpenGroup_opensAGroupThatDay() {
        Scenario s = SMALL.with("world.fission.maxGroups", 2).withPlaybook(new Playbook(List.of(
                new PlaybookAction("split", new PlaybookAction.OnDay(30), 0, new PlaybookAction.OpenGroup()),
                new PlaybookAction("again", new PlaybookAction.OnDay(40), 0, new PlaybookAction.OpenGroup()))));
        RunResult r = CommunityModel.run(s, SEED);
        assertEquals(2, r.groups().size());
        GroupRecord child = r.groups().get(1);
        assertEquals(30, child.openDay());
        assertEquals(0, child.parent());
        assertEquals(10.0, child.daily().get(DailyMetric.JOINS_SEED, 30));
        List<FiredAction> opened = r.fired().stream().filter(f -> f.kind() == FiredAction.Kind.OPEN_GROUP).toList();
        assertEquals(2, opened.size());
        assertEquals(10, opened.get(0).affected());
        assertEquals(0, opened.get(1).affected(), "maxGroups 2: the second opens nothing");
        // until day 30 the first group runs as without the playbook
        RunResult plain = CommunityModel.run(SMALL, SEED);
        for (int d = 0; d < 30; d++) {
            assertEquals(plain.daily().get(DailyMetric.ACTIVE, d), r.daily().get(DailyMetric.ACTIVE, d), "day " + d);
        }
    }

    /**
     * A playbook's openGroup without a fission trigger makes the operator one who splits: from the opening on, the
     * poster points to the newest group only (the first gets no outside joins), and applicants the full first group
     * turns away are pointed to the newest (world.fission.pointTurnedAway). Before the fix the opened group got the
     * whole poster as well (the exposure doubled) and the turned-away list was never emptied, so a full group that kept
     * turning people away overflowed it (ArrayIndexOutOfBoundsException).
     */
    @Test
    void playbookOpenGroupWithoutTrigger_posterAndTurnedAwayGoToTheNewestGroup() {
        Scenario s = SMALL.with("group.sizeCap", 60).with("world.fission.maxGroups", 2).with("horizonDays", 200)
                .withPlaybook(new Playbook(List.of(
                        new PlaybookAction("split", new PlaybookAction.OnDay(30), 0, new PlaybookAction.OpenGroup()))));
        assertFalse(s.world().fission().on(), "no trigger: only the playbook opens a group");
        RunResult r = CommunityModel.run(s, SEED);
        assertEquals(2, r.groups().size());
        GroupRecord first = r.groups().get(0);
        GroupRecord child = r.groups().get(1);
        double firstOutside = 0;
        double childOutside = 0;
        for (int d = 31; d < s.horizonDays(); d++) {
            firstOutside += first.daily().get(DailyMetric.JOINS_OUTSIDE, d);
            childOutside += child.daily().get(DailyMetric.JOINS_OUTSIDE, d);
        }
        assertEquals(0.0, firstOutside, "the poster points to the newest group only");
        assertTrue(childOutside > 0, "the opened group gets the poster");
    }

    /** A full group turning away more applicants than there are persons before a playbook opens a group: no overflow. */
    @Test
    void playbookOpenGroupWithoutTrigger_aFullGroupTurningManyAway_runsToTheEnd() {
        Scenario s = SMALL.with("group.sizeCap", 20).with("world.fission.maxGroups", 2).with("horizonDays", 500)
                .withPlaybook(new Playbook(List.of(
                        new PlaybookAction("late", new PlaybookAction.OnDay(490), 0, new PlaybookAction.OpenGroup()))));
        RunResult r = CommunityModel.run(s, SEED);
        double turnedAway = 0;
        for (int d = 0; d < 490; d++) {
            turnedAway += r.groups().get(0).daily().get(DailyMetric.TURNED_AWAY, d);
        }
        assertTrue(turnedAway > s.population().size(), "more turned away than persons: " + turnedAway);
        assertEquals(2, r.groups().size());
        // the same with two declared groups of an operator who never splits (no playbook, no trigger)
        Scenario declared = SMALL.with("group.sizeCap", 20).with("world.groups", 2).with("horizonDays", 500);
        RunResult d = CommunityModel.run(declared, SEED);
        double away = 0;
        for (GroupRecord g : d.groups()) {
            away += Series.sum(g.daily().series(DailyMetric.TURNED_AWAY));
        }
        assertTrue(away > declared.population().size(), "more turned away than persons: " + away);
    }

    /**
     * Declared groups with their own settings: group 2 has a cap of 40 and another topic, group 3 the file's; group 2
     * never holds more than 40 members, and its members' affinity is to its own topic (higher for it than for the
     * first group's topic, which only shares the persons).
     */
    @Test
    void groupSettings_giveADeclaredGroupItsOwnCapAndTopic() {
        Scenario s = SMALL.with("world.groups", 3).withWorld(new org.communitysim.scenario.WorldSpec(3, 0, 0, 7,
                SMALL.world().fission(), SMALL.world().background(), SMALL.world().attention(),
                new org.communitysim.scenario.GroupSettings(List.of(
                        java.util.Map.of("group.sizeCap", 40, "group.topic", 3)))));
        CommunityModel m = started(s);
        m.runToEnd();
        List<GroupRun> groups = m.groups();
        assertEquals(3, groups.size());
        assertEquals(40, groups.get(1).strategy().group().sizeCap());
        assertEquals(3, groups.get(1).strategy().group().topic());
        assertEquals(SMALL.group().sizeCap(), groups.get(2).strategy().group().sizeCap());
        double peak = Series.max(groups.get(1).daily.series(DailyMetric.MEMBERS));
        assertTrue(peak <= 40 && peak >= 20, "group 2's peak " + peak);
        GroupState g2 = groups.get(1).group;
        double ownTopic = 0;
        double firstTopic = 0;
        for (int i = 0; i < g2.memberCount; i++) {
            ownTopic += groups.get(1).world.aff[g2.memberList[i]];
            firstTopic += m.world().aff[g2.memberList[i]];
        }
        assertTrue(ownTopic > firstTopic, "members' affinity to topic 3 " + ownTopic + " vs topic 0 " + firstTopic);
    }

    @Test
    void settings_invalid_areRefusedWithTheField() {
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> SMALL.with("world.fission.trigger", FissionTrigger.SIZE));
        assertTrue(size.getMessage().contains("world.fission.size"), size.getMessage());
        IllegalArgumentException max = assertThrows(IllegalArgumentException.class,
                () -> SMALL.with("world.groups", 5).with("world.fission.trigger", FissionTrigger.CAP).with("world.fission.maxGroups", 3));
        assertTrue(max.getMessage().contains("world.fission.maxGroups"), max.getMessage());
    }

    @Test
    void manyGroups_sameSeed_sameBytes() {
        Scenario s = SMALL.with("world.groups", 3).with("world.background.perPerson", 2.0)
                .with("world.background.newPerDay", 0.05).with("world.background.quitRate", 0.02)
                .with("world.outsideHalfLifeDays", 20.0);
        RunResult a = CommunityModel.run(s, SEED);
        RunResult b = CommunityModel.run(s, SEED);
        assertEquals(a.summary(), b.summary());
        for (int k = 0; k < 3; k++) {
            assertEquals(a.groups().get(k).daily(), b.groups().get(k).daily());
        }
    }
}
