package org.communitysim.experiments.serve;

/**
 * What one server lets its sessions use, so a class of browsers cannot exhaust the machine: live sessions at once
 * (the least recently used is closed beyond it), persons per world, days per run, replicates of a background fan
 * and of an export, and the size of an uploaded file.
 */
public record ServeLimits(int sessions, int persons, int horizonDays, int fanReplicates, int exportReplicates,
        int uploadBytes) {

    /** The defaults of {@code community-sim serve}: a world of the reference size runs at live speed. */
    public static final ServeLimits DEFAULT = new ServeLimits(4, 20_000, 3_650, 200, 1_000, 1 << 20);

    public ServeLimits {
        if (sessions < 1 || persons < 1 || horizonDays < 1 || fanReplicates < 1 || exportReplicates < 1
                || uploadBytes < 1) {
            throw new IllegalArgumentException("every limit must be >= 1");
        }
    }
}
