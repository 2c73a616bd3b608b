package org.communitysim.benchmarks.kernel;

import org.communitysim.model.CommunityModel;
import org.communitysim.model.GroupView;
import org.communitysim.model.Streams;

/**
 * Copies a running {@link CommunityModel}'s state into an {@link EngineState} for the reference kernel, through the
 * model's public read-only {@link GroupView}; the model's random streams are handed over, so it cannot step again.
 */
final class EngineStates {
    private EngineStates() {
    }

    static EngineState takeOver(CommunityModel m) {
        GroupView v = m.view();
        int n = v.persons();
        EngineState s = new EngineState();
        s.day = v.day();
        s.cost = s.day > 0 ? m.daily().get(org.communitysim.model.DailyMetric.CUM_COST, s.day - 1) : 0;
        s.memberCount = v.memberCount();
        s.memberList = new int[s.memberCount];
        for (int i = 0; i < s.memberCount; i++) {
            s.memberList[i] = v.memberAt(i);
        }
        s.member = new boolean[n];
        s.history = new byte[n];
        s.role = new byte[n];
        s.depth = new int[n];
        s.insideWeight = new double[n];
        s.appliedDay = new int[n];
        s.everMember = new boolean[n];
        s.buyer = new boolean[n];
        s.rebought = new boolean[n];
        s.windowPosts = new int[n];
        s.aff = new double[n];
        // a member's own state is by person in the kernel's EngineState (default values for non-members)
        s.lurking = new boolean[n];
        s.satisfaction = new double[n];
        s.entryCommitment = new double[n];
        s.answerCommitment = new double[n];
        s.joinDay = new int[n];
        s.referrer = new int[n];
        s.mentionedDay = new int[n];
        for (int p = 0; p < n; p++) {
            s.member[p] = v.isMember(p);
            s.history[p] = v.history(p);
            s.role[p] = v.role(p);
            s.depth[p] = v.depth(p);
            s.insideWeight[p] = v.insideWeight(p);
            s.appliedDay[p] = v.appliedDay(p);
            s.everMember[p] = v.everMember(p);
            s.buyer[p] = v.buyer(p);
            s.rebought[p] = v.rebought(p);
            s.windowPosts[p] = v.windowPosts(p);
            s.aff[p] = v.affinity(p);
            if (s.member[p]) {
                s.lurking[p] = v.lurking(p);
                s.satisfaction[p] = v.satisfaction(p);
                s.entryCommitment[p] = v.entryCommitment(p);
                s.answerCommitment[p] = v.answerCommitment(p);
                s.joinDay[p] = v.joinDay(p);
                s.referrer[p] = v.referrer(p);
                s.mentionedDay[p] = v.mentionedDay(p);
            }
        }
        s.meanPopulationAffinity = v.meanPopulationAffinity();
        s.inequalityWindowStart = v.inequalityWindowStart();
        s.memberDays = v.memberDays();
        s.leavesTotal = v.leavesTotal();
        s.everRegular = v.everRegular();
        s.buyers = v.buyers();
        s.rebuyers = v.rebuyers();
        s.purchasesTotal = v.purchasesTotal();
        s.referralDepths = v.referralDepthCounts();
        Streams r = m.handOverStreams();
        s.exposureRng = r.exposure();
        s.referralRng = r.referral();
        s.screeningRng = r.screening();
        s.postingRng = r.posting();
        s.readingRng = r.reading();
        s.stateRng = r.state();
        s.conversionRng = r.conversion();
        return s;
    }
}
