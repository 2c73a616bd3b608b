package org.communitysim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.communitysim.scenario.OutcomeDefinition.Statistic;
import org.communitysim.scenario.PlaybookAction.Comparison;
import org.communitysim.scenario.schema.Values;

/**
 * The file form of custom outcomes (docs/scenarios.md "Custom outcomes"), read with every problem collected, each
 * naming the outcome's index and field ({@code metrics.outcomes[2].mean: ...}), the value and what is allowed, and
 * written back in the same form (what {@code describe} and manifest.json show).
 */
public final class OutcomeDefinitionsJson {
    /** The path of the field in a scenario file. */
    public static final String PATH = "metrics.outcomes";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final List<String> KEYS = List.of("name", "metric", "at", "mean", "sum", "min", "max", "firstDay",
            "direction", "unit", "description", "descriptionZh");
    private static final List<String> FORMS = List.of("at", "mean", "sum", "min", "max", "firstDay");
    /** Column names of per-run rows that are not outcomes. */
    private static final Set<String> KEY_COLUMNS = Set.of("scenario", "replicate", "seed", "point", "day");

    private OutcomeDefinitionsJson() {
    }

    /**
     * What the reader checks beyond the structure.
     *
     * @param horizonDays the scenario's horizon (0: unknown, days not checked against it)
     * @param isMetric    whether a name is a daily metric's column (null: not checked)
     * @param metricNames the allowed names, for the message
     * @param isBuiltIn   whether a name is a built-in outcome's column (null: not checked)
     */
    public record Checks(int horizonDays, Predicate<String> isMetric, String metricNames, Predicate<String> isBuiltIn) {
        /** The structure only, as a record's binding needs. */
        public static final Checks STRUCTURE = new Checks(0, null, "", null);
    }

    /** The definitions in {@code node}; every problem is added to {@code problems} (then the result is partial). */
    public static OutcomeDefinitions read(JsonNode node, Checks checks, List<String> problems) {
        List<OutcomeDefinition> list = new ArrayList<>();
        if (node == null || !node.isArray()) {
            problems.add(PATH + ": expected a list of outcome definitions, got " + Values.describe(node));
            return OutcomeDefinitions.NONE;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = PATH + "[" + i + "]";
            JsonNode name = node.get(i).path("name");
            if (name.isTextual() && !names.add(name.asText())) {
                problems.add(at + ".name: \"" + name.asText() + "\" is defined twice; names must be unique");
                continue;
            }
            OutcomeDefinition d = definition(node.get(i), at, checks, problems);
            if (d != null) {
                list.add(d);
            }
        }
        return new OutcomeDefinitions(list);
    }

    private static OutcomeDefinition definition(JsonNode o, String at, Checks checks, List<String> problems) {
        if (o == null || !o.isObject()) {
            problems.add(at + ": expected an object such as {\"name\": \"active_day_90\", \"metric\": \"active\", "
                    + "\"at\": 90, \"direction\": \"higher\"}, got " + Values.describe(o));
            return null;
        }
        int before = problems.size();
        for (String k : (Iterable<String>) o::fieldNames) {
            if (!KEYS.contains(k)) {
                problems.add(Nearest.unknownKey(at + "." + k, k, KEYS));
            }
        }
        String name = name(o.get("name"), at + ".name", checks, problems);
        String[] quantity = quantity(o.get("metric"), at + ".metric", checks, problems);
        List<String> forms = FORMS.stream().filter(o::has).toList();
        Statistic statistic = null;
        int from = 0;
        int to = 0;
        Comparison comparison = null;
        double threshold = 0;
        if (forms.size() != 1) {
            problems.add(at + ": expected exactly one of " + String.join(", ", FORMS) + ", got "
                    + (forms.isEmpty() ? "none" : String.join(" and ", forms)));
        } else {
            String form = forms.get(0);
            JsonNode v = o.get(form);
            String here = at + "." + form;
            switch (form) {
                case "at" -> {
                    if (v.isTextual() && v.asText().equals("last")) {
                        statistic = Statistic.LAST;
                    } else {
                        statistic = Statistic.AT;
                        from = day(v, here, checks, "a day (an integer", problems, true);
                    }
                }
                case "firstDay" -> {
                    statistic = Statistic.FIRST_DAY;
                    if (!v.isObject()) {
                        problems.add(here + ": expected an object such as {\"below\": 50, \"from\": 30}, got "
                                + Values.describe(v));
                    } else {
                        List<String> allowed = new ArrayList<>(List.of("from"));
                        for (Comparison c : Comparison.values()) {
                            allowed.add(c.key);
                        }
                        for (String k : (Iterable<String>) v::fieldNames) {
                            if (!allowed.contains(k)) {
                                problems.add(Nearest.unknownKey(here + "." + k, k, allowed));
                            }
                        }
                        List<Comparison> given = new ArrayList<>();
                        for (Comparison c : Comparison.values()) {
                            if (v.has(c.key)) {
                                given.add(c);
                            }
                        }
                        if (given.size() != 1) {
                            problems.add(here + ": expected exactly one of atLeast, atMost, above, below, got "
                                    + (given.isEmpty() ? "none" : String.join(" and ",
                                    given.stream().map(c -> c.key).toList())));
                        } else {
                            comparison = given.get(0);
                            JsonNode t = v.get(comparison.key);
                            if (!t.isNumber() || !Double.isFinite(t.asDouble())) {
                                problems.add(here + "." + comparison.key + ": expected a finite number, got "
                                        + Values.describe(t));
                            } else {
                                threshold = t.asDouble();
                            }
                        }
                        if (v.has("from")) {
                            from = day(v.get("from"), here + ".from", checks, "a day (an integer", problems, false);
                        }
                    }
                }
                default -> {
                    statistic = Statistic.valueOf(form.toUpperCase(java.util.Locale.ROOT));
                    if (!v.isArray() || v.size() != 2) {
                        problems.add(here + ": expected a window [first day, last day], e.g. [30, 60], got "
                                + Values.describe(v));
                    } else {
                        from = day(v.get(0), here + "[0]", checks, "the window's first day (an integer", problems,
                                false);
                        to = day(v.get(1), here + "[1]", checks, "the window's last day (an integer", problems, false);
                        if (to < from) {
                            problems.add(here + ": the last day (" + to + ") is before the first (" + from + ")");
                        }
                    }
                }
            }
        }
        String direction = choice(o.get("direction"), at + ".direction", OutcomeDefinition.DIRECTIONS, true, problems);
        String unit = choice(o.get("unit"), at + ".unit", OutcomeDefinition.UNITS, false, problems);
        String description = text(o.get("description"), at + ".description", problems);
        String descriptionZh = text(o.get("descriptionZh"), at + ".descriptionZh", problems);
        if (problems.size() > before || name == null || quantity == null || statistic == null) {
            return null;
        }
        return new OutcomeDefinition(name, quantity[0], quantity[1], statistic, from, to, comparison, threshold,
                direction, unit, description, descriptionZh);
    }

    private static String name(JsonNode v, String at, Checks checks, List<String> problems) {
        if (v == null || !v.isTextual() || !NAME.matcher(v.asText()).matches()) {
            problems.add(at + ": expected a column name (lower case letters, digits and _, starting with a letter, at "
                    + "most 64 characters), got " + Values.describe(v));
            return null;
        }
        String name = v.asText();
        if (KEY_COLUMNS.contains(name) || checks.isBuiltIn() != null && checks.isBuiltIn().test(name)) {
            problems.add(at + ": \"" + name + "\" is already a column of the outputs (a built-in outcome or a key); "
                    + "choose another name");
            return null;
        }
        return name;
    }

    private static String[] quantity(JsonNode v, String at, Checks checks, List<String> problems) {
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            problems.add(at + ": expected a daily metric's column name (or a ratio such as active/members), got "
                    + Values.describe(v));
            return null;
        }
        String[] parts = v.asText().strip().split("/", -1);
        if (parts.length > 2) {
            problems.add(at + ": " + Values.describe(v) + " is not a daily metric; a ratio divides one metric by one "
                    + "other, e.g. active/members");
            return null;
        }
        boolean ok = true;
        for (String p : parts) {
            if (checks.isMetric() != null && !checks.isMetric().test(p.strip())) {
                problems.add(at + ": \"" + p.strip() + "\" is not a daily metric; "
                        + Nearest.didYouMean(p.strip(), List.of(checks.metricNames().split(", "))) + "allowed: "
                        + checks.metricNames()
                        + " (or a ratio of two, e.g. active/members)");
                ok = false;
            }
        }
        return ok ? new String[] {parts[0].strip(), parts.length == 2 ? parts[1].strip() : ""} : null;
    }

    private static int day(JsonNode v, String at, Checks checks, String what, List<String> problems,
            boolean orLast) {
        String allowed = what + (checks.horizonDays() > 0 ? " from 0 to " + (checks.horizonDays() - 1)
                + ", the horizon being " + checks.horizonDays() + " days" : " >= 0") + (orLast ? ", or \"last\")" : ")");
        if (v == null || !v.isNumber() || v.asDouble() != Math.rint(v.asDouble()) || !v.canConvertToInt()
                || v.asInt() < 0 || checks.horizonDays() > 0 && v.asInt() >= checks.horizonDays()) {
            problems.add(at + ": expected " + allowed + ", got " + Values.describe(v));
            return 0;
        }
        return v.asInt();
    }

    private static String choice(JsonNode v, String at, List<String> allowed, boolean required,
            List<String> problems) {
        if (v == null) {
            if (required) {
                problems.add(at + ": missing; expected one of " + String.join(", ", allowed));
            }
            return required ? null : "";
        }
        if (!v.isTextual() || !allowed.contains(v.asText())) {
            problems.add(at + ": expected one of " + String.join(", ", allowed) + ", got " + Values.describe(v));
            return required ? null : "";
        }
        return v.asText();
    }

    private static String text(JsonNode v, String at, List<String> problems) {
        if (v == null) {
            return "";
        }
        if (!v.isTextual()) {
            problems.add(at + ": expected a text, got " + Values.describe(v));
            return "";
        }
        return v.asText();
    }

    /** The definitions in the file form (only the keys a file would give). */
    static ArrayNode write(OutcomeDefinitions defs) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (OutcomeDefinition d : defs.list()) {
            ObjectNode o = list.addObject();
            o.put("name", d.name());
            o.put("metric", d.quantity());
            switch (d.statistic()) {
                case AT -> o.put("at", d.from());
                case LAST -> o.put("at", "last");
                case MEAN, SUM, MIN, MAX -> o.putArray(d.statistic().key).add(d.from()).add(d.to());
                case FIRST_DAY -> {
                    ObjectNode f = o.putObject("firstDay");
                    f.put(d.comparison().key, d.threshold());
                    f.put("from", d.from());
                }
            }
            o.put("direction", d.direction());
            if (!d.unit().isEmpty()) {
                o.put("unit", d.unit());
            }
            if (!d.description().isEmpty()) {
                o.put("description", d.description());
            }
            if (!d.descriptionZh().isEmpty()) {
                o.put("descriptionZh", d.descriptionZh());
            }
        }
        return list;
    }
}
