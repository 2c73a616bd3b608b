package org.communitysim.scenario;

/**
 * The operator's fission policy (裂变, docs/model.md §4.12): when the newest group meets the trigger, a new group is
 * opened under the same operator with the same settings, seeded by the newest group's most active members (活跃分子)
 * and, optionally, its KOLs; the outside poster points to it from then on, and applicants a full group turns away are
 * pointed to it. Chains of fission make a matrix (矩阵).
 *
 * @param trigger        when a group is opened: never (the default), cap, size or schedule
 * @param size           with trigger size: the newest group's members that open the next group
 * @param everyDays      with trigger schedule: days between openings
 * @param seedActivists  the newest group's most active members who also join the new group
 * @param seedKols       whether the newest group's KOLs also join the new group
 * @param pointTurnedAway whether applicants a full group turns away apply to the newest group the next day
 * @param maxGroups      the most groups the operator runs in all (declared ones included)
 */
public record FissionSpec(FissionTrigger trigger, int size, int everyDays, int seedActivists, boolean seedKols,
        boolean pointTurnedAway, int maxGroups) {
    public FissionSpec {
        Declarations.check(FissionSpec.class, trigger, size, everyDays, seedActivists, seedKols, pointTurnedAway,
                maxGroups);
        if (trigger == FissionTrigger.SIZE && size < 1) {
            throw new IllegalArgumentException("world.fission.size must be >= 1 when world.fission.trigger is size, got "
                    + size);
        }
    }

    public boolean on() {
        return trigger != FissionTrigger.NEVER;
    }
}
