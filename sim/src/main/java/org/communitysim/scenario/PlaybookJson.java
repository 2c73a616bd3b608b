package org.communitysim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.communitysim.scenario.PlaybookAction.Comparison;
import org.communitysim.scenario.PlaybookAction.Effect;
import org.communitysim.scenario.PlaybookAction.EndCampaign;
import org.communitysim.scenario.PlaybookAction.Every;
import org.communitysim.scenario.PlaybookAction.KolsLeave;
import org.communitysim.scenario.PlaybookAction.OnDay;
import org.communitysim.scenario.PlaybookAction.PurgeLurkers;
import org.communitysim.scenario.PlaybookAction.OpenGroup;
import org.communitysim.scenario.PlaybookAction.RunEvent;
import org.communitysim.scenario.PlaybookAction.SetLevers;
import org.communitysim.scenario.PlaybookAction.Trigger;
import org.communitysim.scenario.PlaybookAction.WhenInactive;
import org.communitysim.scenario.PlaybookAction.WhenMetric;
import org.communitysim.scenario.schema.RecordTrees;
import org.communitysim.scenario.schema.SchemaField;
import org.communitysim.scenario.schema.Values;

/**
 * The playbook's file form (docs/scenarios.md "playbook"), read with every problem collected, each naming the
 * action's index and field ({@code playbook[2].trigger.metric: ...}), and written back in the same form.
 *
 * <pre>
 * {"label": "referral campaign", "trigger": {"day": 0, "duration": 14}, "effect": {"set": {"referral.reward": 1}}}
 * {"trigger": {"every": 30}, "effect": {"purgeLurkers": {"silentDays": 30}}}
 * {"trigger": {"metric": "active/members", "below": 0.3}, "effect": {"event": {}}}
 * </pre>
 */
public final class PlaybookJson {
    private PlaybookJson() {
    }

    /** The effects a file may name. */
    static final List<String> EFFECTS = List.of("set", "endCampaign", "kolsLeave", "purgeLurkers", "event",
            "openGroup");
    private static final List<String> ACTION_KEYS = List.of("label", "trigger", "effect");
    /** The keys of an action whose values are whole numbers (days, counts); every other number may be fractional. */
    public static final List<String> INTEGER_KEYS = List.of("day", "every", "from", "until", "duration",
            "inactiveDays", "activists", "silentDays");
    private static final List<String> TRIGGER_KEYS = List.of("day", "every", "from", "until", "metric", "atLeast",
            "atMost", "above", "below", "inactiveDays", "repeat", "duration");

    /**
     * What the reader checks beyond the structure.
     *
     * @param horizonDays    the scenario's horizon (0: unknown, days and overlaps not checked)
     * @param isMetric       whether a name is a daily metric's column (null: not checked)
     * @param metricNames    the allowed names, for the message
     * @param unknownPath    the message for a lever path that is no field, as {@code --set} words it
     */
    public record Checks(int horizonDays, Predicate<String> isMetric, String metricNames,
            Function<String, String> unknownPath) {
        /** The structure only, as a record's binding needs. */
        public static final Checks STRUCTURE = new Checks(0, null, "", path -> path + ": not a scenario field");
    }

    /**
     * The playbook in {@code node}, or null with every problem added to {@code problems} (a partial playbook is
     * never returned).
     */
    public static Playbook read(JsonNode node, Checks checks, List<String> problems) {
        int before = problems.size();
        if (node == null || !node.isArray()) {
            problems.add("playbook: expected a list of actions, got " + Values.describe(node));
            return null;
        }
        List<PlaybookAction> actions = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            PlaybookAction a = action(node.get(i), "playbook[" + i + "]", checks, problems);
            if (a != null) {
                actions.add(a);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        Playbook p = new Playbook(actions);
        if (checks.horizonDays() > 0) {
            problems.addAll(p.problems(checks.horizonDays()));
        } else {
            problems.addAll(PlaybookChecks.references(p));
        }
        return problems.size() > before ? null : p;
    }

    private static PlaybookAction action(JsonNode a, String at, Checks checks, List<String> problems) {
        if (!a.isObject()) {
            problems.add(at + ": expected an action, an object with a trigger and an effect, got " + Values.describe(a));
            return null;
        }
        int before = problems.size();
        unknownKeys(a, at, ACTION_KEYS, problems);
        String label = "";
        JsonNode l = a.get("label");
        if (l != null) {
            if (!l.isTextual() || l.asText().contains("\n")) {
                problems.add(at + ".label: expected a one-line string, got " + Values.describe(l));
            } else {
                label = l.asText().strip();
            }
        }
        Trigger trigger = null;
        int duration = 0;
        JsonNode t = a.get("trigger");
        if (t == null || !t.isObject()) {
            problems.add(at + ".trigger: expected an object (one of day, every, metric, inactiveDays), got "
                    + Values.describe(t));
        } else {
            trigger = trigger(t, at + ".trigger", checks, problems);
            JsonNode d = t.get("duration");
            if (d != null) {
                duration = integer(d, at + ".trigger.duration", 1, problems);
            }
        }
        Effect effect = null;
        JsonNode e = a.get("effect");
        if (e == null || !e.isObject() || e.size() != 1) {
            problems.add(at + ".effect: expected an object with exactly one of " + String.join(", ", EFFECTS)
                    + ", got " + Values.describe(e));
        } else {
            effect = effect(e, at + ".effect", checks, problems);
        }
        if (duration > 0 && effect != null && !(effect instanceof SetLevers)) {
            problems.add(at + ".trigger.duration: only an effect that sets levers lasts a duration (a campaign); "
                    + effect.key() + " happens once");
        }
        return problems.size() > before ? null : new PlaybookAction(label, trigger, duration, effect);
    }

    private static Trigger trigger(JsonNode t, String at, Checks checks, List<String> problems) {
        unknownKeys(t, at, TRIGGER_KEYS, problems);
        List<String> kinds = new ArrayList<>();
        for (String k : List.of("day", "every", "metric", "inactiveDays")) {
            if (t.has(k)) {
                kinds.add(k);
            }
        }
        if (kinds.size() != 1) {
            problems.add(at + ": expected exactly one of day, every, metric, inactiveDays, got "
                    + (kinds.isEmpty() ? "none" : String.join(" and ", kinds)));
            return null;
        }
        String kind = kinds.get(0);
        onlyWith(t, at, List.of("from", "until"), "every", kind, problems);
        onlyWith(t, at, List.of("atLeast", "atMost", "above", "below"), "metric", kind, problems);
        if (t.has("repeat") && !kind.equals("metric") && !kind.equals("inactiveDays")) {
            problems.add(at + ".repeat: only a metric or inactiveDays trigger repeats (day fires once, every repeats"
                    + " by itself)");
        }
        boolean repeat = false;
        if (t.has("repeat")) {
            if (t.get("repeat").isBoolean()) {
                repeat = t.get("repeat").asBoolean();
            } else {
                problems.add(at + ".repeat: expected true or false, got " + Values.describe(t.get("repeat")));
            }
        }
        int before = problems.size();
        Trigger trigger = switch (kind) {
            case "day" -> new OnDay(integer(t.get("day"), at + ".day", 0, problems));
            case "every" -> {
                int every = integer(t.get("every"), at + ".every", 1, problems);
                int from = t.has("from") ? integer(t.get("from"), at + ".from", 0, problems) : every;
                int until = t.has("until") ? integer(t.get("until"), at + ".until", 0, problems) : -1;
                if (until >= 0 && until < from) {
                    problems.add(at + ".until: " + until + " is before from (" + from + ")");
                }
                yield new Every(every, from, until);
            }
            case "metric" -> metric(t, at, checks, repeat, problems);
            default -> new WhenInactive(integer(t.get("inactiveDays"), at + ".inactiveDays", 1, problems), repeat);
        };
        return problems.size() > before ? null : trigger;
    }

    private static Trigger metric(JsonNode t, String at, Checks checks, boolean repeat, List<String> problems) {
        JsonNode m = t.get("metric");
        String metric = null;
        String per = null;
        if (!m.isTextual() || m.asText().isBlank()) {
            problems.add(at + ".metric: expected a daily metric's column name (or a ratio such as active/members),"
                    + " got " + Values.describe(m));
        } else {
            String[] parts = m.asText().strip().split("/", -1);
            if (parts.length > 2) {
                problems.add(at + ".metric: " + m + " is not a daily metric; a ratio divides one metric by one other,"
                        + " e.g. active/members");
            } else {
                metric = parts[0].strip();
                per = parts.length == 2 ? parts[1].strip() : null;
                for (String name : parts.length == 2 ? List.of(metric, per) : List.of(metric)) {
                    if (checks.isMetric() != null && !checks.isMetric().test(name)) {
                        problems.add(at + ".metric: \"" + name + "\" is not a daily metric; "
                                + Nearest.didYouMean(name, List.of(checks.metricNames().split(", "))) + "allowed: "
                                + checks.metricNames() + " (or a ratio of two, e.g. active/members)");
                    }
                }
            }
        }
        List<Comparison> given = new ArrayList<>();
        for (Comparison c : Comparison.values()) {
            if (t.has(c.key)) {
                given.add(c);
            }
        }
        if (given.size() != 1) {
            problems.add(at + ": a metric trigger needs exactly one of atLeast, atMost, above, below, got "
                    + (given.isEmpty() ? "none" : given.stream().map(c -> c.key).toList()));
            return null;
        }
        Comparison c = given.get(0);
        JsonNode v = t.get(c.key);
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            problems.add(at + "." + c.key + ": expected a finite number, got " + Values.describe(v));
            return null;
        }
        return metric == null ? null : new WhenMetric(metric, per, c, v.asDouble(), repeat);
    }

    private static Effect effect(JsonNode e, String at, Checks checks, List<String> problems) {
        String key = e.fieldNames().next();
        JsonNode body = e.get(key);
        String here = at + "." + key;
        switch (key) {
            case "set" -> {
                return set(body, here, checks, problems);
            }
            case "endCampaign" -> {
                return new EndCampaign(integer(body, here, 0, problems));
            }
            case "kolsLeave" -> {
                if (!body.isObject()) {
                    problems.add(here + ": expected an object ({} or {\"handOver\": {\"activists\": k, "
                            + "\"postingFactor\": f}}), got " + Values.describe(body));
                    return null;
                }
                unknownKeys(body, here, List.of("handOver"), problems);
                JsonNode h = body.get("handOver");
                if (h == null) {
                    return new KolsLeave(0, 1);
                }
                String hat = here + ".handOver";
                if (!h.isObject()) {
                    problems.add(hat + ": expected an object with activists and postingFactor, got "
                            + Values.describe(h));
                    return null;
                }
                unknownKeys(h, hat, List.of("activists", "postingFactor"), problems);
                int k = integer(h.get("activists"), hat + ".activists", 1, problems);
                JsonNode f = h.get("postingFactor");
                if (f == null || !f.isNumber() || !Double.isFinite(f.asDouble()) || f.asDouble() < 1) {
                    problems.add(hat + ".postingFactor: expected a number >= 1 (how many times as much the activists "
                            + "post), got " + Values.describe(f));
                    return null;
                }
                return new KolsLeave(k, f.asDouble());
            }
            case "purgeLurkers" -> {
                if (!body.isObject()) {
                    problems.add(here + ": expected an object {\"silentDays\": n}, got " + Values.describe(body));
                    return null;
                }
                unknownKeys(body, here, List.of("silentDays"), problems);
                return new PurgeLurkers(integer(body.get("silentDays"), here + ".silentDays", 1, problems));
            }
            case "event" -> {
                if (!body.isObject() || body.size() > 0) {
                    problems.add(here + ": expected {} (an event has no settings), got " + Values.describe(body));
                    return null;
                }
                return new RunEvent();
            }
            case "openGroup" -> {
                if (!body.isObject() || body.size() > 0) {
                    problems.add(here + ": expected {} (the new group takes world.fission's settings), got "
                            + Values.describe(body));
                    return null;
                }
                return new OpenGroup();
            }
            default -> {
                problems.add(at + ": unknown effect \"" + key + "\"; " + Nearest.didYouMean(key, EFFECTS) + "allowed: "
                        + String.join(", ", EFFECTS));
                return null;
            }
        }
    }

    /** Lever values, each checked like {@code --set}: the path, then the value against its declaration. */
    private static Effect set(JsonNode body, String at, Checks checks, List<String> problems) {
        if (!body.isObject() || body.isEmpty()) {
            problems.add(at + ": expected an object of lever paths and values, e.g. {\"referral.reward\": 1}, got "
                    + Values.describe(body));
            return null;
        }
        Map<String, Object> levers = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : body.properties()) {
            String path = e.getKey();
            Optional<SchemaField> field = Declarations.schema().field(path);
            Optional<String> fixed = Playbook.fixedAtStart(path);
            if (field.isEmpty()) {
                problems.add(at + ": " + checks.unknownPath().apply(path));
            } else if (field.get().isSection()) {
                problems.add(at + ": " + path + ": is a section; set one of its fields, e.g. "
                        + field.get().children().get(0).path());
            } else if (fixed.isPresent()) {
                problems.add(at + ": " + path + ": a playbook cannot change it during a run: " + fixed.get()
                        + " (fixed: " + String.join(", ", Playbook.fixedPaths()) + ")");
            } else if (!field.get().accepts(e.getValue())) {
                problems.add(at + ": " + field.get().refusal(e.getValue()));
            } else {
                levers.put(path, RecordTrees.value(field.get().javaType(), e.getValue()));
            }
        }
        return levers.size() == body.size() ? new SetLevers(levers) : null;
    }

    /** The playbook in its file form. */
    static ArrayNode write(Playbook p) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ArrayNode list = f.arrayNode();
        for (PlaybookAction a : p.actions()) {
            ObjectNode o = list.addObject();
            if (!a.label().isEmpty()) {
                o.put("label", a.label());
            }
            ObjectNode t = o.putObject("trigger");
            Trigger trigger = a.trigger();
            if (trigger instanceof OnDay d) {
                t.put("day", d.day());
            } else if (trigger instanceof Every e) {
                t.put("every", e.days());
                t.put("from", e.from());
                if (e.until() >= 0) {
                    t.put("until", e.until());
                }
            } else if (trigger instanceof WhenMetric m) {
                t.put("metric", m.quantity());
                t.put(m.comparison().key, m.value());
                if (m.repeat()) {
                    t.put("repeat", true);
                }
            } else if (trigger instanceof WhenInactive w) {
                t.put("inactiveDays", w.days());
                if (w.repeat()) {
                    t.put("repeat", true);
                }
            }
            if (a.duration() > 0) {
                t.put("duration", a.duration());
            }
            ObjectNode e = o.putObject("effect");
            Effect effect = a.effect();
            if (effect instanceof SetLevers s) {
                ObjectNode levers = e.putObject("set");
                s.levers().forEach((path, v) -> levers.set(path, RecordTrees.node(v)));
            } else if (effect instanceof EndCampaign c) {
                e.put("endCampaign", c.action());
            } else if (effect instanceof KolsLeave k) {
                ObjectNode body = e.putObject("kolsLeave");
                if (k.handsOver()) {
                    ObjectNode h = body.putObject("handOver");
                    h.put("activists", k.activists());
                    h.put("postingFactor", k.postingFactor());
                }
            } else if (effect instanceof PurgeLurkers pl) {
                e.putObject("purgeLurkers").put("silentDays", pl.silentDays());
            } else if (effect instanceof OpenGroup) {
                e.putObject("openGroup");
            } else {
                e.putObject("event");
            }
        }
        return list;
    }

    private static int integer(JsonNode v, String at, int min, List<String> problems) {
        if (v == null || !v.isNumber() || v.asDouble() != Math.rint(v.asDouble()) || !v.canConvertToInt()
                || v.asInt() < min) {
            problems.add(at + ": expected an integer >= " + min + ", got " + Values.describe(v));
            return min;
        }
        return v.asInt();
    }

    private static void unknownKeys(JsonNode o, String at, List<String> allowed, List<String> problems) {
        for (String k : iterable(o)) {
            if (!allowed.contains(k)) {
                problems.add(Nearest.unknownKey(at + "." + k, k, allowed));
            }
        }
    }

    private static void onlyWith(JsonNode t, String at, List<String> keys, String owner, String kind,
            List<String> problems) {
        if (kind.equals(owner)) {
            return;
        }
        for (String k : keys) {
            if (t.has(k)) {
                problems.add(at + "." + k + ": only a " + owner + " trigger takes " + k + " (this one is " + kind + ")");
            }
        }
    }

    private static Iterable<String> iterable(JsonNode o) {
        return o::fieldNames;
    }
}
