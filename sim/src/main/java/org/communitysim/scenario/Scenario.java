package org.communitysim.scenario;

/**
 * A strategy and the world it runs in: an immutable tree of records. The model reads nothing else.
 * Build one from {@link Defaults#scenario()} and the {@code with...} methods.
 *
 * @param name        short identifier (used in output rows; never in seeding)
 * @param description one line saying what the scenario shows
 * @param horizonDays days simulated (day 0 is the seeding day)
 */
public record Scenario(
        String name,
        String description,
        int horizonDays,
        PopulationSpec population,
        NetworkSpec network,
        GroupSpec group,
        ContentPlan content,
        KolSpec kols,
        ReferralSpec referral,
        Behaviour behaviour,
        Ablations ablations,
        MetricsSpec metrics) {

    public Scenario {
        Check.notNull("name", name);
        Check.notNull("description", description);
        Check.atLeast("horizonDays", horizonDays, 1);
        Check.notNull("population", population);
        Check.notNull("network", network);
        Check.notNull("group", group);
        Check.notNull("content", content);
        Check.notNull("kols", kols);
        Check.notNull("referral", referral);
        Check.notNull("behaviour", behaviour);
        Check.notNull("ablations", ablations);
        Check.notNull("metrics", metrics);
        if (group.seedMembers() + kols.count() > group.sizeCap()) {
            throw new IllegalArgumentException("group.seedMembers + kols.count (" + (group.seedMembers() + kols.count())
                    + ") must be <= group.sizeCap (" + group.sizeCap() + ")");
        }
        if (group.topic() >= population.topics()) {
            throw new IllegalArgumentException("group.topic must be < population.topics (" + population.topics()
                    + "), got " + group.topic());
        }
    }

    public Scenario named(String newName, String newDescription) {
        return new Scenario(newName, newDescription, horizonDays, population, network, group, content, kols, referral,
                behaviour, ablations, metrics);
    }

    public Scenario withHorizonDays(int days) {
        return new Scenario(name, description, days, population, network, group, content, kols, referral, behaviour,
                ablations, metrics);
    }

    public Scenario withPopulation(PopulationSpec p) {
        return new Scenario(name, description, horizonDays, p, network, group, content, kols, referral, behaviour,
                ablations, metrics);
    }

    public Scenario withNetwork(NetworkSpec n) {
        return new Scenario(name, description, horizonDays, population, n, group, content, kols, referral, behaviour,
                ablations, metrics);
    }

    public Scenario withGroup(GroupSpec g) {
        return new Scenario(name, description, horizonDays, population, network, g, content, kols, referral, behaviour,
                ablations, metrics);
    }

    public Scenario withContent(ContentPlan c) {
        return new Scenario(name, description, horizonDays, population, network, group, c, kols, referral, behaviour,
                ablations, metrics);
    }

    public Scenario withKols(KolSpec k) {
        return new Scenario(name, description, horizonDays, population, network, group, content, k, referral, behaviour,
                ablations, metrics);
    }

    public Scenario withReferral(ReferralSpec r) {
        return new Scenario(name, description, horizonDays, population, network, group, content, kols, r, behaviour,
                ablations, metrics);
    }

    public Scenario withBehaviour(Behaviour b) {
        return new Scenario(name, description, horizonDays, population, network, group, content, kols, referral, b,
                ablations, metrics);
    }

    public Scenario withAblations(Ablations a) {
        return new Scenario(name, description, horizonDays, population, network, group, content, kols, referral,
                behaviour, a, metrics);
    }

    public Scenario withMetrics(MetricsSpec m) {
        return new Scenario(name, description, horizonDays, population, network, group, content, kols, referral,
                behaviour, ablations, m);
    }
}
