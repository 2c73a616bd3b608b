package org.communitysim.scenario;

import org.communitysim.scenario.schema.RecordTrees;

/**
 * A strategy and the world it runs in: an immutable tree of records. The model reads nothing else.
 * Build one from {@link Defaults#scenario()} and the {@code with...} methods.
 *
 * @param name        short identifier (used in output rows; never in seeding)
 * @param description one line saying what the scenario shows
 * @param descriptionZh the description in Simplified Chinese ("" if the file gives none): reports in Chinese show it
 * @param horizonDays days simulated (day 0 is the seeding day)
 * @param playbook    actions that change the strategy during the run (empty: it holds throughout)
 * @param world       the groups in the world besides this one (default: none; docs/model.md §4.12)
 */
public record Scenario(
        String name,
        String description,
        String descriptionZh,
        int horizonDays,
        PopulationSpec population,
        NetworkSpec network,
        GroupSpec group,
        ContentPlan content,
        KolSpec kols,
        ReferralSpec referral,
        EconomicsSpec economics,
        JoinSpec join,
        Behaviour behaviour,
        Ablations ablations,
        MetricsSpec metrics,
        Playbook playbook,
        WorldSpec world) {

    public Scenario {
        Declarations.check(Scenario.class, name, description, descriptionZh, horizonDays, population, network, group, content, kols,
                referral, economics, join, behaviour, ablations, metrics, playbook, world);
        int seeds = join.fixedSeedCount();
        String seedField = seeds < 0 ? "group.seedMembers" : join.seeding() == SeedingMode.IDS
                ? "the number of join.seedIds" : "join.seedCount";
        seeds = seeds < 0 ? group.seedMembers() : seeds;
        if (join.groupMechanisms() && seeds + kols.count() > group.sizeCap()) {
            throw new IllegalArgumentException(seedField + " + kols.count (" + (seeds + kols.count())
                    + ") must be <= group.sizeCap (" + group.sizeCap() + ")");
        }
        if (network.type() != NetworkType.EDGE_LIST) {
            int size = population.size();
            if (size >= 2 && network.meanDegree() > size - 1) {
                throw new IllegalArgumentException("network.meanDegree (" + network.meanDegree() + ") cannot be reached "
                        + "by population.size (" + size + ") persons: each can have at most " + (size - 1) + " ties");
            }
            if (network.type() == NetworkType.WATTS_STROGATZ) { // the lattice network.WattsStrogatz builds
                long half = network.latticeHalfDegree();
                if (2 * half >= size || size * half > Integer.MAX_VALUE - 8) {
                    throw new IllegalArgumentException("network.meanDegree (" + network.meanDegree() + ") gives a "
                            + "Watts–Strogatz lattice of degree " + 2 * half + " (an even number of ring neighbours), "
                            + "which needs more than " + 2 * half + " persons and fewer than 2^31/" + half
                            + "; population.size is " + size);
                }
            }
            if (seeds + kols.count() > size) {
                throw new IllegalArgumentException(seedField + " + kols.count (" + (seeds + kols.count())
                        + ") exceeds population.size (" + size + ")");
            }
            checkAgainstPopulation(join, size);
        }
        if (group.topic() >= population.topics()) {
            throw new IllegalArgumentException("group.topic must be < population.topics (" + population.topics()
                    + "), got " + group.topic());
        }
        if (!world.groupSettings().isEmpty()) { // each declared group's scenario must be valid as a whole
            Scenario plain = new Scenario(name, description, descriptionZh, horizonDays, population, network, group,
                    content, kols, referral, economics, join, behaviour, ablations, metrics, playbook,
                    new WorldSpec(world.groups(), world.operatorPostsPerDay(), world.outsideHalfLifeDays(),
                            world.deadAfterDays(), world.fission(), world.background(), world.attention(),
                            GroupSettings.NONE));
            for (int k = 1; k <= world.groupSettings().entries().size(); k++) {
                try {
                    world.groupSettings().of(plain, k);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("world.groupSettings[" + (k - 1) + "]: " + e.getMessage(), e);
                }
            }
        }
        if (!playbook.isEmpty()) {
            java.util.List<String> problems = playbook.problems(horizonDays);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(problems.get(0));
            }
        }
    }

    /**
     * The join settings that name persons must fit a population of {@code size} (for an edge-list network the
     * model calls this with the list's node count).
     */
    public static void checkAgainstPopulation(JoinSpec join, int size) {
        if (join.seeding() == SeedingMode.IDS) {
            for (int id : join.seedIds()) {
                if (id >= size) {
                    throw new IllegalArgumentException("join.seedIds: node " + id + " does not exist (the population has "
                            + size + " persons, ids 0 to " + (size - 1) + ")");
                }
            }
        }
        if (join.seeding() == SeedingMode.RANDOM && join.seedCount() > size) {
            throw new IllegalArgumentException("join.seedCount (" + join.seedCount() + ") exceeds the population ("
                    + size + ")");
        }
        ThresholdParams t = join.threshold();
        if (join.rule() == JoinRuleType.FRACTIONAL_THRESHOLD && t.distribution() == ThresholdDistribution.LIST
                && t.values().length != size) {
            throw new IllegalArgumentException("join.threshold.values must have one value per person: the population has "
                    + size + " persons, the list has " + t.values().length);
        }
    }

    /**
     * Whether a run of this scenario is a world of many groups (docs/model.md §4.12): its world section asks for more
     * than the single-group model, or its playbook opens a group.
     */
    public boolean manyGroups() {
        return world.many() || playbook.opensGroups();
    }

    /**
     * A copy with the field at {@code path} (its path in a scenario file, e.g. {@code group.threshold} or
     * {@code behaviour.social.referrerBond}) set to {@code value}: an Integer for an integer field, a Double (or a
     * whole number) for a number, a Boolean, a String, an enum constant, an int[] or a double[]. Every record on the
     * way checks its values as when it is built, so an invalid value throws {@link IllegalArgumentException}.
     */
    public Scenario with(String path, Object value) {
        return RecordTrees.withPath(this, path, value);
    }

    /**
     * A copy with another name and description; the Chinese description is dropped (it would describe the old
     * scenario), so Chinese output shows the new description until one is given with the three-argument form.
     */
    public Scenario named(String newName, String newDescription) {
        return named(newName, newDescription, "");
    }

    /** A copy with another name and descriptions in both languages. */
    public Scenario named(String newName, String newDescription, String newDescriptionZh) {
        return new Scenario(newName, newDescription, newDescriptionZh, horizonDays, population, network, group, content, kols, referral,
                economics, join, behaviour, ablations, metrics, playbook, world);
    }

    public Scenario withHorizonDays(int days) {
        return new Scenario(name, description, descriptionZh, days, population, network, group, content, kols, referral, economics,
                join, behaviour, ablations, metrics, playbook, world);
    }

    public Scenario withPopulation(PopulationSpec p) {
        return new Scenario(name, description, descriptionZh, horizonDays, p, network, group, content, kols, referral, economics,
                join, behaviour, ablations, metrics, playbook, world);
    }

    public Scenario withNetwork(NetworkSpec n) {
        return new Scenario(name, description, descriptionZh, horizonDays, population, n, group, content, kols, referral, economics,
                join, behaviour, ablations, metrics, playbook, world);
    }

    public Scenario withGroup(GroupSpec g) {
        return new Scenario(name, description, descriptionZh, horizonDays, population, network, g, content, kols, referral,
                economics, join, behaviour, ablations, metrics, playbook, world);
    }

    public Scenario withContent(ContentPlan c) {
        return new Scenario(name, description, descriptionZh, horizonDays, population, network, group, c, kols, referral, economics,
                join, behaviour, ablations, metrics, playbook, world);
    }

    public Scenario withKols(KolSpec k) {
        return new Scenario(name, description, descriptionZh, horizonDays, population, network, group, content, k, referral,
                economics, join, behaviour, ablations, metrics, playbook, world);
    }

    public Scenario withBehaviour(Behaviour b) {
        return new Scenario(name, description, descriptionZh, horizonDays, population, network, group, content, kols, referral,
                economics, join, b, ablations, metrics, playbook, world);
    }

    public Scenario withAblations(Ablations a) {
        return new Scenario(name, description, descriptionZh, horizonDays, population, network, group, content, kols, referral,
                economics, join, behaviour, a, metrics, playbook, world);
    }

    public Scenario withJoin(JoinSpec j) {
        return new Scenario(name, description, descriptionZh, horizonDays, population, network, group, content, kols, referral,
                economics, j, behaviour, ablations, metrics, playbook, world);
    }

    public Scenario withWorld(WorldSpec w) {
        return new Scenario(name, description, descriptionZh, horizonDays, population, network, group, content, kols, referral,
                economics, join, behaviour, ablations, metrics, playbook, w);
    }

    public Scenario withPlaybook(Playbook p) {
        return new Scenario(name, description, descriptionZh, horizonDays, population, network, group, content, kols, referral,
                economics, join, behaviour, ablations, metrics, p, world);
    }
}
