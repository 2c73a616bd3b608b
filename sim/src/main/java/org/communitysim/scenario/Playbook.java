package org.communitysim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitysim.scenario.schema.TreeForm;

/**
 * The operator's playbook (docs/scenarios.md "playbook"): actions that change the strategy during a run, each a
 * {@link PlaybookAction.Trigger} and a {@link PlaybookAction.Effect} ("open with a KOL for 30 days, then hand over
 * to activists", "a 14-day referral campaign at launch", "purge lurkers every month"). Empty by default: a
 * scenario without a playbook runs exactly as before it existed.
 *
 * <p>A lever an action sets is any scenario field but those that describe the world and the day-0 set-up
 * ({@link #fixedAtStart}); its value is checked by the same declarations as in a file or {@code --set}.
 *
 * @param actions the actions, in file order; an action's index is how outputs and messages name it
 */
public record Playbook(List<PlaybookAction> actions) implements TreeForm {
    public static final Playbook NONE = new Playbook(List.of());

    /**
     * Fields a playbook may not set, with why: they make the world (persons, ties, the topic), the join process
     * and the day-0 seeding, the structure of the day (which phases run) or the measurement.
     */
    private static final Map<String, String> FIXED = Map.ofEntries(
            Map.entry("name", "names the scenario"),
            Map.entry("description", "describes the scenario"),
            Map.entry("horizonDays", "is the length of the run"),
            Map.entry("population", "draws the persons before day 0"),
            Map.entry("network", "draws the trust ties before day 0"),
            Map.entry("join", "chooses the join rule and the day-0 seeds"),
            Map.entry("group.topic", "is what the persons' affinity is measured against"),
            Map.entry("group.seedMembers", "is the day-0 seeding"),
            Map.entry("kols.count", "is the day-0 seeding (a kolsLeave action removes the KOLs)"),
            Map.entry("kols.departureDay", "is a schedule of its own (a kolsLeave action does the same)"),
            Map.entry("ablations.socialBonds", "decides whether the social-value phase runs at all"),
            Map.entry("metrics", "defines the measurement"),
            Map.entry("playbook", "is the playbook itself"),
            Map.entry("world", "makes the world of groups the run starts with"));

    public Playbook {
        actions = List.copyOf(actions);
    }

    public boolean isEmpty() {
        return actions.isEmpty();
    }

    /** Whether an action opens a group (then the run is a world of many groups, docs/model.md §4.12). */
    public boolean opensGroups() {
        return actions.stream().anyMatch(a -> a.effect() instanceof PlaybookAction.OpenGroup);
    }

    /**
     * Why the field at {@code path} cannot be set by a playbook ("population.size draws the persons before day 0"),
     * or empty when it can.
     */
    public static Optional<String> fixedAtStart(String path) {
        for (String p = path; !p.isEmpty(); p = p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : "") {
            String why = FIXED.get(p);
            if (why != null) {
                return Optional.of(p + " " + why);
            }
        }
        return Optional.empty();
    }

    /** The paths a playbook may not set (the sections and fields of {@link #fixedAtStart}), sorted. */
    public static List<String> fixedPaths() {
        List<String> paths = new ArrayList<>(FIXED.keySet());
        paths.sort(null);
        return paths;
    }

    /**
     * Every problem that needs the horizon: a day beyond it, campaigns on one lever that overlap, an
     * {@code endCampaign} that names no campaign. Empty for a valid playbook. Each names the action's index and
     * field, e.g. {@code playbook[2].trigger.day: 200 is beyond the horizon (...)}.
     */
    public List<String> problems(int horizonDays) {
        return PlaybookChecks.problems(this, horizonDays);
    }

    /**
     * Every lever value the records refuse in combination with the rest of {@code base} (e.g. a size cap below
     * the day-0 seeds), one message per action and lever: {@code playbook[1].effect.set: group.sizeCap ...}.
     */
    public List<String> leverProblems(Scenario base) {
        List<String> problems = new ArrayList<>();
        Scenario plain = base.withPlaybook(NONE);
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).effect() instanceof PlaybookAction.SetLevers set) {
                for (Map.Entry<String, Object> e : set.levers().entrySet()) {
                    try {
                        plain.with(e.getKey(), e.getValue());
                    } catch (IllegalArgumentException refused) {
                        problems.add("playbook[" + i + "].effect.set: " + refused.getMessage());
                    }
                }
            }
        }
        return problems;
    }

    /** The largest value an integer lever takes during the run: {@code initial} or one an action sets. */
    public int largest(String path, int initial) {
        int max = initial;
        for (PlaybookAction a : actions) {
            if (a.effect() instanceof PlaybookAction.SetLevers set && set.levers().get(path) instanceof Integer v) {
                max = Math.max(max, v);
            }
        }
        return max;
    }

    @Override
    public JsonNode toTree() {
        return PlaybookJson.write(this);
    }

    /**
     * The playbook written in {@code node} (a JSON list of actions), checked for everything but what needs the rest
     * of the scenario; metric names are the model's to check.
     *
     * @throws IllegalArgumentException naming the first problem
     */
    public static Playbook fromTree(JsonNode node) {
        List<String> problems = new ArrayList<>();
        Playbook p = PlaybookJson.read(node, PlaybookJson.Checks.STRUCTURE, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0));
        }
        return p;
    }
}
