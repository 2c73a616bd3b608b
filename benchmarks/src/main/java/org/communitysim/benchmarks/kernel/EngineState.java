package org.communitysim.benchmarks.kernel;

import org.communitysim.random.Rng;

/**
 * A copy of a running engine's state between two days (person-indexed, as the engine keeps it), from which a
 * {@link ReferenceKernel} continues. Filled by {@link EngineStates} from the model's public view; the random streams
 * are the engine's own objects, handed over (the engine must not step again).
 */
public final class EngineState {
    public int day;
    /** Cost booked by the ledger so far (the cum_cost of the last measured day). */
    public double cost;
    public int[] memberList;
    public int memberCount;
    public boolean[] member;
    public byte[] history;
    public byte[] role;
    public boolean[] lurking;
    public double[] satisfaction;
    public double[] entryCommitment;
    public double[] answerCommitment;
    public int[] joinDay;
    public int[] referrer;
    public int[] depth;
    public double[] insideWeight;
    public int[] appliedDay;
    public int[] mentionedDay;
    public boolean[] everMember;
    public boolean[] buyer;
    public boolean[] rebought;
    public int[] windowPosts;
    public double[] aff;
    public double meanPopulationAffinity;
    public int inequalityWindowStart;
    public long memberDays;
    public long leavesTotal;
    public int everRegular;
    public int buyers;
    public int rebuyers;
    public long purchasesTotal;
    public long[] referralDepths;
    public Rng exposureRng;
    public Rng referralRng;
    public Rng screeningRng;
    public Rng postingRng;
    public Rng readingRng;
    public Rng stateRng;
    public Rng conversionRng;
}
