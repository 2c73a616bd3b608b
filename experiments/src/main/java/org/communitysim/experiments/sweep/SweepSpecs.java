package org.communitysim.experiments.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communitysim.scenario.file.InputException;
import org.communitysim.scenario.file.InputFiles;
import org.communitysim.experiments.montecarlo.Kpis;
import org.communitysim.scenario.Declarations;
import org.communitysim.scenario.file.ScenarioDraft;
import org.communitysim.scenario.schema.SchemaField;
import org.communitysim.scenario.file.Suggestions;
import java.util.stream.Collectors;
import org.communitysim.model.CustomOutcome;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.Outcome;
import org.communitysim.scenario.OutcomeDefinitionsJson;
import org.communitysim.model.RunOutcome;

/**
 * Reads and validates sweep spec files (JSON, or YAML by extension). Every problem is collected and reported
 * together, each naming the file, the JSON path, the bad value and what is allowed; the base scenario is
 * loaded (so its own problems are reported too) and each varied field's range is checked by loading the base
 * with the range's ends. Jackson default typing stays off: the file is read as a tree.
 */
public final class SweepSpecs {
    static final List<String> KEYS = List.of("name", "description", "base", "parameters", "design", "samples",
            "replicates", "seed", "outcomes", "morrisLevels", "bootstrap", "customOutcomes");
    static final List<String> PARAMETER_KEYS = List.of("path", "values", "min", "max", "steps", "scale");
    private static final int MAX_POINTS = 10_000_000;
    /** A description is one line of the report; 10,000 characters is far past any use and bounds the manifest. */
    private static final int MAX_DESCRIPTION_LENGTH = 10_000;

    private SweepSpecs() {
    }

    public static SweepSpec load(Path file) throws InputException {
        JsonNode root = read(file);
        String src = file.toString();
        List<String> problems = new ArrayList<>();
        if (!root.isObject()) {
            throw new InputException(src + ": expected a JSON object at the top level");
        }
        unknownKeys(root, "", KEYS, src, problems);

        String name = text(root, "name", baseName(file), SchemaField.MAX_NAME_LENGTH, src, problems);
        String description = text(root, "description", "", MAX_DESCRIPTION_LENGTH, src, problems);
        Path base = null;
        JsonNode b = root.get("base");
        if (b == null || !b.isTextual() || b.asText().isBlank()) {
            problems.add(src + ": base: expected the path of a scenario file (relative to the spec), got "
                    + describe(b));
        } else {
            base = file.toAbsolutePath().getParent().resolve(b.asText()).normalize();
            if (!Files.isRegularFile(base)) {
                problems.add(src + ": base: scenario file not found: " + base);
                base = null;
            }
        }

        DesignType design = DesignType.GRID;
        JsonNode d = root.get("design");
        if (d != null) {
            try {
                design = DesignType.valueOf(d.asText().trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                problems.add(src + ": design: expected one of grid, random, lhs, sobol, morris, saltelli, got "
                        + describe(d));
            }
        }
        // morris and saltelli indices need two trajectories or base rows (one leaves them blank: Morris, Sobol)
        int samples = integer(root, "samples", 0, design == DesignType.GRID ? 0
                : design == DesignType.MORRIS || design == DesignType.SALTELLI ? 2 : 1, src, problems);
        if (design != DesignType.GRID && root.get("samples") == null) {
            problems.add(src + ": samples: required for the " + design.name().toLowerCase(Locale.ROOT)
                    + " design (points, trajectories for morris, base rows for saltelli)");
        }
        int replicates = integer(root, "replicates", 10, 1, src, problems);
        long seed = root.has("seed") ? longValue(root.get("seed"), "seed", src, problems) : 42L;
        int morrisLevels = integer(root, "morrisLevels", 4, 2, src, problems);
        if (morrisLevels % 2 != 0) {
            problems.add(src + ": morrisLevels: expected an even integer >= 2, got " + morrisLevels);
        }
        int bootstrap = integer(root, "bootstrap", 1000, 100, src, problems);
        List<CustomOutcome> custom = custom(base, root.get("customOutcomes"), src, problems);
        List<RunOutcome> outcomes = outcomes(root.get("outcomes"), custom, src, problems);

        // a sweep varies numbers: the numeric fields as declared (reference.yaml), in file order
        Map<String, SchemaField> fields = new LinkedHashMap<>();
        for (SchemaField f : Declarations.schema().leaves()) {
            if (f.isScalarNumber()) {
                fields.put(f.path(), f);
            }
        }
        BaseDraft baseDraft = base == null ? null : new BaseDraft(base);
        List<SweepParameter> parameters = new ArrayList<>();
        JsonNode ps = root.get("parameters");
        if (ps == null || !ps.isArray() || ps.isEmpty()) {
            problems.add(src + ": parameters: expected a non-empty list of {path, values | min, max}, got "
                    + describe(ps));
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < ps.size(); i++) {
                SweepParameter p = parameter(ps.get(i), "parameters[" + i + "]", design, fields, baseDraft, src, problems);
                if (p != null && !seen.add(p.path())) {
                    problems.add(src + ": parameters[" + i + "].path: " + p.path() + " is varied twice");
                } else if (p != null) {
                    parameters.add(p);
                }
            }
        }
        if (problems.isEmpty() && design == DesignType.GRID) {
            long points = 1;
            for (SweepParameter p : parameters) {
                points *= p.levels();
                if (points > MAX_POINTS) {
                    problems.add(src + ": parameters: the grid has more than " + MAX_POINTS + " points");
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new SweepSpec(file, name, description, base, List.copyOf(parameters), design, samples, replicates, seed,
                outcomes, morrisLevels, bootstrap, custom);
    }

    /**
     * The custom outcomes of every point: the base's {@code metrics.outcomes}, then the spec's {@code customOutcomes}
     * (the same form, docs/scenarios.md "Custom outcomes"), checked as the loader checks a scenario's, each problem
     * naming {@code customOutcomes[i].<field>}. Empty when the base cannot be read (its problems are reported with the
     * parameters' checks).
     */
    private static List<CustomOutcome> custom(Path base, JsonNode extra, String src, List<String> problems) {
        if (extra != null) {
            List<String> found = new ArrayList<>();
            OutcomeDefinitionsJson.read(extra, new OutcomeDefinitionsJson.Checks(0,
                    n -> Arrays.stream(DailyMetric.values()).anyMatch(m -> m.column().equals(n)),
                    Arrays.stream(DailyMetric.values()).map(DailyMetric::column).collect(Collectors.joining(", ")),
                    n -> Arrays.stream(Outcome.values()).anyMatch(o -> o.column().equals(n))), found);
            found.forEach(p -> problems.add(src + ": " + p.replaceFirst("^" + OutcomeDefinitionsJson.PATH.replace(".",
                    "\\.") + "(?=[\\[:])", "customOutcomes")));
            if (!found.isEmpty()) {
                return List.of();
            }
        }
        if (base == null) {
            return List.of();
        }
        try {
            ScenarioDraft d = withCustomOutcomes(ScenarioDraft.resolve(base), extra, src);
            return CustomOutcome.of(d.bind());
        } catch (InputException e) {
            if (extra != null) { // a name the base defines too, a day beyond its horizon
                e.problems().stream().filter(p -> p.contains(OutcomeDefinitionsJson.PATH)).forEach(problems::add);
            }
            return List.of();
        }
    }

    /**
     * The base draft with the spec's custom outcomes appended to its own ({@code metrics.outcomes}), set by
     * "{@code <spec>: customOutcomes}" so a problem names the spec; the draft itself when the spec defines none.
     */
    private static ScenarioDraft withCustomOutcomes(ScenarioDraft base, JsonNode extra, String src) {
        if (extra == null || !extra.isArray() || extra.isEmpty()) {
            return base;
        }
        com.fasterxml.jackson.databind.node.ArrayNode all = base.get(OutcomeDefinitionsJson.PATH).isArray()
                ? (com.fasterxml.jackson.databind.node.ArrayNode) base.get(OutcomeDefinitionsJson.PATH)
                : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        extra.forEach(n -> all.add(n.deepCopy()));
        return base.set(OutcomeDefinitionsJson.PATH, all, src + ": customOutcomes");
    }

    private static SweepParameter parameter(JsonNode node, String at, DesignType design,
            Map<String, SchemaField> fields, BaseDraft base, String src, List<String> problems) {
        if (node == null || !node.isObject()) {
            problems.add(src + ": " + at + ": expected an object {path, values | min, max}, got " + describe(node));
            return null;
        }
        int before = problems.size();
        unknownKeys(node, at + ".", PARAMETER_KEYS, src, problems);
        JsonNode pathNode = node.get("path");
        if (pathNode == null || !pathNode.isTextual()) {
            problems.add(src + ": " + at + ".path: expected the JSON path of a numeric scenario field, got "
                    + describe(pathNode));
            return null;
        }
        String path = pathNode.asText();
        SchemaField field = fields.get(path);
        Optional<Boolean> inPlaybook = field == null && base != null ? base.playbookNumber(path) : Optional.empty();
        if (field == null && inPlaybook.isEmpty()) {
            String hint = path.startsWith("playbook[") ? "; a playbook path must name a number the base's playbook "
                    + "has, e.g. playbook[0].trigger.day (docs/sweeps.md)"
                    : Suggestions.nearest(path, fields.keySet()).map(s -> "; did you mean \"" + s + "\"?")
                    .orElse("; it must be a numeric scenario field (docs/scenarios.md)");
            problems.add(src + ": " + at + ".path: " + path + " is not a numeric scenario field" + hint);
            return null;
        }
        boolean integer = field != null ? field.type() == SchemaField.Type.INTEGER : inPlaybook.get();
        String kind = field != null ? field.typeName() + ", " + field.allowedShort()
                : (integer ? "an integer" : "a number") + " of the base's playbook";
        double[] values = null;
        double min = Double.NaN;
        double max = Double.NaN;
        int steps = 0;
        boolean log = false;
        JsonNode v = node.get("values");
        if (v != null) {
            if (!v.isArray() || v.isEmpty()) {
                problems.add(src + ": " + at + ".values: expected a non-empty list of numbers, got " + describe(v));
            } else {
                values = new double[v.size()];
                for (int i = 0; i < v.size(); i++) {
                    JsonNode x = v.get(i);
                    if (!x.isNumber() || integer && x.asDouble() != Math.rint(x.asDouble())) {
                        problems.add(src + ": " + at + ".values[" + i + "]: expected " + (integer ? "an integer" : "a number")
                                + " (" + path + " is " + kind + "), got " + describe(x));
                    } else {
                        values[i] = x.asDouble();
                    }
                }
            }
            if (node.has("min") || node.has("max") || node.has("steps") || node.has("scale")) {
                problems.add(src + ": " + at + ": give either values or a range (min, max), not both");
            }
        } else {
            min = number(node, "min", at, src, problems);
            max = number(node, "max", at, src, problems);
            if (!Double.isNaN(min) && !Double.isNaN(max) && !(max > min)) {
                problems.add(src + ": " + at + ".max: expected a number > min (" + min + "), got " + max);
            }
            JsonNode sc = node.get("scale");
            if (sc != null) {
                if (!sc.isTextual() || !List.of("linear", "log").contains(sc.asText())) {
                    problems.add(src + ": " + at + ".scale: expected linear or log, got " + describe(sc));
                } else {
                    log = sc.asText().equals("log");
                    if (log && !(min > 0)) {
                        problems.add(src + ": " + at + ".min: a log scale needs min > 0, got " + min);
                    }
                }
            }
            JsonNode st = node.get("steps");
            if (design == DesignType.GRID) {
                if (st == null || !st.canConvertToInt() || st.asInt() < 1 || !st.isIntegralNumber()) {
                    problems.add(src + ": " + at + ".steps: a grid over a range needs an integer number of levels >= 1, got "
                            + describe(st));
                } else {
                    steps = st.asInt();
                }
            } else if (st != null) {
                problems.add(src + ": " + at + ".steps: only used by the grid design; the " 
                        + design.name().toLowerCase(Locale.ROOT) + " design samples the range");
            }
        }
        if (problems.size() > before) {
            return null;
        }
        SweepParameter p = new SweepParameter(path, integer, values, min, max, steps, log);
        if (base != null) { // the ends of the range must be valid values of the field
            double lo = values != null ? Arrays.stream(values).min().orElseThrow() : p.at(0);
            double hi = values != null ? Arrays.stream(values).max().orElseThrow() : p.at(1);
            for (double x : new double[] {lo, hi}) {
                try {
                    base.load(path, x, integer);
                } catch (InputException e) {
                    for (String pr : e.problems()) { // the loader names the override as "--set path=value"; the user wrote a spec
                        problems.add(src + ": " + at + ": value " + format(x, integer) + " is not allowed: "
                                + pr.replaceFirst("^--set [^:]*: ", ""));
                    }
                    return null;
                }
            }
        }
        return p;
    }

    /**
     * The base scenario, resolved once for every range end it is checked with (a draft copied per check), each
     * end set as {@code --set path=value} would set it so a refusal reads the same.
     */
    private static final class BaseDraft {
        private final ScenarioDraft draft;
        private final InputException unreadable;

        BaseDraft(Path file) {
            ScenarioDraft d = null;
            InputException problem = null;
            try {
                d = ScenarioDraft.resolve(file);
            } catch (InputException e) {
                problem = e;
            }
            this.draft = d;
            this.unreadable = problem;
        }

        Optional<Boolean> playbookNumber(String path) {
            return draft == null ? Optional.empty() : draft.playbookNumber(path);
        }

        void load(String path, double x, boolean integer) throws InputException {
            if (unreadable != null) {
                throw unreadable;
            }
            Object v = integer ? (Object) (long) Math.rint(x) : (Object) x;
            draft.copy().set(path, v, "--set " + path + "=" + format(x, integer)).bind();
        }
    }

    /** An override value as --set takes it: integers without a decimal point. */
    static String format(double v, boolean integer) {
        return integer ? Long.toString((long) Math.rint(v)) : Double.toString(v);
    }

    private static List<RunOutcome> outcomes(JsonNode node, List<CustomOutcome> custom, String src,
            List<String> problems) {
        if (node == null) {
            return List.copyOf(Kpis.KEY);
        }
        Map<String, RunOutcome> byName = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            byName.put(o.column(), o);
        }
        custom.forEach(c -> byName.put(c.column(), c));
        if (!node.isArray() || node.isEmpty()) {
            problems.add(src + ": outcomes: expected a non-empty list of outcome names, got " + describe(node));
            return List.of();
        }
        List<RunOutcome> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            RunOutcome o = byName.get(node.get(i).asText());
            if (o == null) {
                String hint = Suggestions.nearest(node.get(i).asText(), byName.keySet())
                        .map(s -> "; did you mean \"" + s + "\"?").orElse("; allowed: " + String.join(", ", byName.keySet()));
                problems.add(src + ": outcomes[" + i + "]: unknown outcome " + describe(node.get(i)) + hint);
            } else if (!out.contains(o)) {
                out.add(o);
            }
        }
        return List.copyOf(out);
    }

    private static JsonNode read(Path file) throws InputException {
        return InputFiles.readObject(file, "sweep spec");
    }

    private static void unknownKeys(JsonNode node, String prefix, List<String> allowed, String src,
            List<String> problems) {
        Iterator<String> it = node.fieldNames();
        while (it.hasNext()) {
            String k = it.next();
            if (!allowed.contains(k)) {
                problems.add(src + ": " + Suggestions.unknownKey(prefix + k, allowed));
            }
        }
    }

    private static String text(JsonNode root, String key, String dflt, int maxLength, String src,
            List<String> problems) {
        JsonNode n = root.get(key);
        if (n == null) {
            return dflt;
        }
        if (!n.isTextual() || n.asText().contains("\n") || n.asText().contains("\r")
                || n.asText().length() > maxLength) {
            problems.add(src + ": " + key + ": expected one line of text of at most " + maxLength
                    + " characters, got " + describe(n));
            return dflt;
        }
        return n.asText();
    }

    private static int integer(JsonNode root, String key, int dflt, int min, String src, List<String> problems) {
        JsonNode n = root.get(key);
        if (n == null) {
            return dflt;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < min) {
            problems.add(src + ": " + key + ": expected an integer >= " + min + ", got " + describe(n));
            return dflt;
        }
        return n.asInt();
    }

    private static long longValue(JsonNode n, String key, String src, List<String> problems) {
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            problems.add(src + ": " + key + ": expected a 64-bit integer, got " + describe(n));
            return 0;
        }
        return n.asLong();
    }

    private static double number(JsonNode node, String key, String at, String src, List<String> problems) {
        JsonNode n = node.get(key);
        if (n == null || !n.isNumber() || !Double.isFinite(n.asDouble())) {
            problems.add(src + ": " + at + "." + key + ": expected a number (or give values), got " + describe(n));
            return Double.NaN;
        }
        return n.asDouble();
    }

    static String describe(JsonNode n) {
        if (n == null) {
            return "nothing";
        }
        return org.communitysim.scenario.schema.Values.describe(n);
    }

    private static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
