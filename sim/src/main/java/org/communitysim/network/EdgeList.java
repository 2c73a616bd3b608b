package org.communitysim.network;

import java.util.Arrays;

/**
 * A parsed edge-list file (see {@link EdgeListReader}): nodes renumbered 0..n−1 in ascending order of their
 * ids in the file, distinct ties sorted by (from, to) with from &lt; to, and what the reader dropped or
 * merged. Immutable, so one instance can be shared by concurrent runs.
 */
public final class EdgeList {
    private final String source;
    private final long[] originalIds;
    private final int[] from;
    private final int[] to;
    private final float[] weight;
    private final long linesRead;
    private final long commentOrBlankLines;
    private final boolean headerSkipped;
    private final long selfLoopsDropped;
    private final long duplicatesMerged;

    EdgeList(String source, long[] originalIds, int[] from, int[] to, float[] weight, long linesRead,
            long commentOrBlankLines, boolean headerSkipped, long selfLoopsDropped, long duplicatesMerged) {
        this.source = source;
        this.originalIds = originalIds;
        this.from = from;
        this.to = to;
        this.weight = weight;
        this.linesRead = linesRead;
        this.commentOrBlankLines = commentOrBlankLines;
        this.headerSkipped = headerSkipped;
        this.selfLoopsDropped = selfLoopsDropped;
        this.duplicatesMerged = duplicatesMerged;
    }

    /** The file the list was read from. */
    public String source() {
        return source;
    }

    /** Distinct ids in the file, including ids seen only in a dropped self-loop. */
    public int nodeCount() {
        return originalIds.length;
    }

    /** Distinct ties kept. */
    public int edgeCount() {
        return from.length;
    }

    /** Smaller node index of tie {@code e}. */
    public int from(int e) {
        return from[e];
    }

    /** Larger node index of tie {@code e}. */
    public int to(int e) {
        return to[e];
    }

    /** Weight of tie {@code e} as given in the file (the largest, if merged), or NaN when the file gave none. */
    public float weight(int e) {
        return weight[e];
    }

    /** The id in the file of node {@code index}. */
    public long originalId(int index) {
        return originalIds[index];
    }

    /** The node index of a file id, or −1 if the file does not mention it. */
    public int indexOf(long originalId) {
        int i = Arrays.binarySearch(originalIds, originalId);
        return i >= 0 ? i : -1;
    }

    /** A copy of the index → file id mapping. */
    public long[] originalIds() {
        return originalIds.clone();
    }

    /** All lines of the file, including blank lines, comments and the header. */
    public long linesRead() {
        return linesRead;
    }

    public long commentOrBlankLines() {
        return commentOrBlankLines;
    }

    public boolean headerSkipped() {
        return headerSkipped;
    }

    /** Lines tying a node to itself, dropped. */
    public long selfLoopsDropped() {
        return selfLoopsDropped;
    }

    /** Lines repeating a tie already read (either direction), merged into it keeping the largest weight. */
    public long duplicatesMerged() {
        return duplicatesMerged;
    }

    @Override
    public String toString() {
        return source + ": " + nodeCount() + " nodes, " + edgeCount() + " ties (" + selfLoopsDropped
                + " self-loops dropped, " + duplicatesMerged + " duplicates merged)";
    }
}
