package org.communitysim.model;

import java.util.Arrays;
import org.communitysim.benchmarks.kernel.EngineState;

/**
 * Reads a {@link CommunityModel}'s package-private state for the reference kernel. It lives in the model's
 * package (in the benchmarks module, so the model itself exposes nothing for benchmarking) and only copies.
 */
public final class EngineSnapshot {
    private EngineSnapshot() {
    }

    /** The model's state between days; its random streams are handed over, so {@code m} must not step again. */
    public static EngineState takeOver(CommunityModel m) {
        EngineState s = new EngineState();
        s.day = m.day;
        s.memberList = Arrays.copyOf(m.memberList, m.memberCount);
        s.memberCount = m.memberCount;
        s.member = m.member.clone();
        // per-member state is kept by slot in the model: the kernel's EngineState wants it by person
        int n = m.member.length;
        s.lurking = new boolean[n];
        s.satisfaction = new double[n];
        s.entryCommitment = new double[n];
        s.answerCommitment = new double[n];
        s.joinDay = new int[n];
        s.referrer = new int[n];
        s.mentionedDay = new int[n];
        for (int i = 0; i < m.memberCount; i++) {
            int p = m.memberList[i];
            s.lurking[p] = m.lurking[i];
            s.satisfaction[p] = m.satisfaction[i];
            s.entryCommitment[p] = m.entryCommitment[i];
            s.answerCommitment[p] = m.answerCommitment[i];
            s.joinDay[p] = m.joinDay[i];
            s.referrer[p] = m.referrer[i];
            s.mentionedDay[p] = m.mentionedDay[i];
        }
        s.history = m.history.clone();
        s.role = m.role.clone();
        s.depth = m.depth.clone();
        s.insideWeight = m.insideWeight.clone();
        s.appliedDay = m.appliedDay.clone();
        s.everMember = m.everMember.clone();
        s.buyer = m.buyer.clone();
        s.rebought = m.rebought.clone();
        s.windowPosts = m.windowPosts.clone();
        s.aff = m.aff.clone();
        s.meanPopulationAffinity = m.meanPopulationAffinity;
        s.inequalityWindowStart = m.inequalityWindowStart;
        s.memberDays = m.memberDays;
        s.leavesTotal = m.leavesTotal;
        s.everRegular = m.everRegular;
        s.buyers = m.buyers;
        s.rebuyers = m.rebuyers;
        s.purchasesTotal = m.purchasesTotal;
        s.referralDepths = m.referralDepths.clone();
        s.exposureRng = m.exposureRng;
        s.referralRng = m.referralRng;
        s.screeningRng = m.screeningRng;
        s.postingRng = m.postingRng;
        s.readingRng = m.readingRng;
        s.stateRng = m.stateRng;
        s.conversionRng = m.conversionRng;
        return s;
    }
}
