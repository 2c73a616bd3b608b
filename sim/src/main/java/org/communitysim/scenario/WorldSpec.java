package org.communitysim.scenario;

/**
 * Many groups in one world (docs/model.md §4.12): the groups the operator runs from day 0 (a matrix, 矩阵), the
 * operator's finite effort, an outside poster that fades, when a silent group counts as dead, fission (裂变), the
 * background groups that compete for attention and how attention is shared. With the defaults the world holds one
 * group, nobody is in any other group, and a run is exactly the single-group model.
 *
 * @param groups              groups the operator runs from day 0, each with the scenario's group settings and its
 *                            own seed circle
 * @param operatorPostsPerDay the operator's effort: posts a day across all their live groups (0: no limit)
 * @param outsideHalfLifeDays the outside poster fades with this half-life (0: constant outside exposure)
 * @param deadAfterDays       a group with no member post for this many days in a row is dead
 * @param groupSettings       the declared groups' own settings, for the groups after the first
 */
public record WorldSpec(int groups, double operatorPostsPerDay, double outsideHalfLifeDays, int deadAfterDays,
        FissionSpec fission, BackgroundSpec background, AttentionSpec attention, GroupSettings groupSettings) {
    public WorldSpec {
        Declarations.check(WorldSpec.class, groups, operatorPostsPerDay, outsideHalfLifeDays, deadAfterDays, fission,
                background, attention, groupSettings);
        if (groupSettings.entries().size() > groups - 1) {
            throw new IllegalArgumentException("world.groupSettings has " + groupSettings.entries().size()
                    + " entries, one per declared group after the first: at most world.groups - 1 = " + (groups - 1));
        }
        if (fission.on() && fission.maxGroups() < groups) {
            throw new IllegalArgumentException("world.fission.maxGroups (" + fission.maxGroups()
                    + ") must be >= world.groups (" + groups + ")");
        }
    }

    /**
     * Whether the run needs the world of many groups: more than one group, fission, background groups, a limit on the
     * operator's effort or a fading poster. Otherwise the single-group model runs exactly as before.
     */
    public boolean many() {
        return groups > 1 || fission.on() || background.on() || operatorPostsPerDay > 0 || outsideHalfLifeDays > 0;
    }
}
