package org.communitysim.experiments.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communitysim.model.Outcome;
import org.communitysim.scenario.Declarations;
import org.communitysim.scenario.file.InputException;
import org.communitysim.scenario.file.ParserMessages;
import org.communitysim.scenario.file.ScenarioDraft;
import org.communitysim.scenario.file.Suggestions;
import org.communitysim.scenario.schema.SchemaField;

/**
 * Reads the spec files of {@code calibrate} and {@code optimise} (JSON, or YAML by extension) as a tree and collects
 * every problem, each naming the file, the JSON path of the bad entry, the value and what is allowed, as the sweep
 * spec reader does. Searched fields must be numeric scenario fields declared in reference.yaml; each end of a range
 * is checked by setting it on the base scenario, so a range the field does not allow is refused before anything
 * runs.
 */
public final class SpecReader {
    private final Path file;
    private final String src;
    private final List<String> problems = new ArrayList<>();
    private final JsonNode root;
    private ScenarioDraft baseDraft;

    private SpecReader(Path file, JsonNode root) {
        this.file = file;
        this.src = file.toString();
        this.root = root;
    }

    /** Reads the file: a JSON object at the top level, keys among {@code keys}. */
    public static SpecReader open(Path file, String what, List<String> keys) throws InputException {
        JsonNode root = read(file, what);
        if (!root.isObject()) {
            throw new InputException(file + ": expected a JSON object at the top level");
        }
        SpecReader r = new SpecReader(file, root);
        r.unknownKeys(root, "", keys);
        return r;
    }

    public JsonNode root() {
        return root;
    }

    public Path file() {
        return file;
    }

    /** Records a problem at a JSON path. */
    public void problem(String at, String message) {
        problems.add(src + ": " + at + ": " + message);
    }

    /** Throws every problem found so far, if any. */
    public void throwIfProblems() throws InputException {
        if (!problems.isEmpty()) {
            throw new InputException(List.copyOf(problems));
        }
    }

    /** The base scenario file (relative to the spec), resolved; null (and a problem) when it cannot be. */
    public Path base() {
        JsonNode b = root.get("base");
        if (b == null || !b.isTextual() || b.asText().isBlank()) {
            problem("base", "expected the path of a scenario file (relative to the spec), got " + describe(b));
            return null;
        }
        Path base = file.toAbsolutePath().getParent().resolve(b.asText()).normalize();
        if (!Files.isRegularFile(base)) {
            problem("base", "scenario file not found: " + base);
            return null;
        }
        try {
            baseDraft = ScenarioDraft.resolve(base);
            baseDraft.copy().bind();
        } catch (InputException e) {
            for (String p : e.problems()) {
                problem("base", p);
            }
            baseDraft = null;
            return null;
        }
        return base;
    }

    /** The resolved base scenario as a draft (after {@link #base()} succeeded), else null. */
    public ScenarioDraft baseDraft() {
        return baseDraft;
    }

    public String text(String key, String dflt) {
        JsonNode n = root.get(key);
        if (n == null) {
            return dflt;
        }
        if (!n.isTextual() || n.asText().contains("\n")) {
            problem(key, "expected one line of text, got " + describe(n));
            return dflt;
        }
        return n.asText();
    }

    /** An integer in [min, max]. */
    public int integer(String key, int dflt, int min, int max) {
        JsonNode n = root.get(key);
        if (n == null) {
            return dflt;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < min || n.asInt() > max) {
            problem(key, "expected an integer in [" + min + ", " + max + "], got " + describe(n));
            return dflt;
        }
        return n.asInt();
    }

    public long seed() {
        JsonNode n = root.get("seed");
        if (n == null) {
            return 42L;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            problem("seed", "expected a 64-bit integer, got " + describe(n));
            return 42L;
        }
        return n.asLong();
    }

    /** A number in the open or closed interval given; {@code allowed} says it in words. */
    public double number(JsonNode node, String at, double dflt, double lo, double hi, String allowed) {
        if (node == null) {
            return dflt;
        }
        if (!node.isNumber() || !Double.isFinite(node.asDouble()) || node.asDouble() < lo || node.asDouble() > hi) {
            problem(at, "expected " + allowed + ", got " + describe(node));
            return dflt;
        }
        return node.asDouble();
    }

    /**
     * The searched fields under {@code key}: a non-empty list of {@code {path, min, max, scaleKey}}, where
     * {@code scaleKey} names a linear or log scale ({@code scaleValues}: the linear word, then the log word).
     */
    public List<SearchParameter> parameters(String key, String scaleKey, List<String> scaleValues) {
        Map<String, SchemaField> fields = new LinkedHashMap<>();
        for (SchemaField f : Declarations.schema().leaves()) {
            if (f.isScalarNumber()) {
                fields.put(f.path(), f);
            }
        }
        List<SearchParameter> out = new ArrayList<>();
        JsonNode ps = root.get(key);
        if (ps == null || !ps.isArray() || ps.isEmpty()) {
            problem(key, "expected a non-empty list of {path, min, max}, got " + describe(ps));
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ps.size(); i++) {
            String at = key + "[" + i + "]";
            SearchParameter p = parameter(ps.get(i), at, scaleKey, scaleValues, fields);
            if (p != null && !seen.add(p.path())) {
                problem(at + ".path", p.path() + " is given twice");
            } else if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private SearchParameter parameter(JsonNode node, String at, String scaleKey, List<String> scaleValues,
            Map<String, SchemaField> fields) {
        if (node == null || !node.isObject()) {
            problem(at, "expected an object {path, min, max}, got " + describe(node));
            return null;
        }
        int before = problems.size();
        unknownKeys(node, at + ".", List.of("path", "min", "max", scaleKey));
        JsonNode pathNode = node.get("path");
        if (pathNode == null || !pathNode.isTextual()) {
            problem(at + ".path", "expected the JSON path of a numeric scenario field, got " + describe(pathNode));
            return null;
        }
        String path = pathNode.asText();
        SchemaField field = fields.get(path);
        Optional<Boolean> inPlaybook = field == null && baseDraft != null ? baseDraft.playbookNumber(path)
                : Optional.empty();
        if (field == null && inPlaybook.isEmpty()) {
            String hint = path.startsWith("playbook[") ? "; a playbook path must name a number the base's playbook "
                    + "has, e.g. playbook[0].trigger.day (docs/optimisation.md)"
                    : Suggestions.nearest(path, fields.keySet()).map(s -> "; did you mean \"" + s + "\"?")
                    .orElse("; it must be a numeric scenario field (docs/scenarios.md)");
            problem(at + ".path", path + " is not a numeric scenario field" + hint);
            return null;
        }
        boolean integer = field != null ? field.type() == SchemaField.Type.INTEGER : inPlaybook.get();
        double min = rangeEnd(node, "min", at, integer);
        double max = rangeEnd(node, "max", at, integer);
        if (!Double.isNaN(min) && !Double.isNaN(max) && !(max > min)) {
            problem(at + ".max", "expected a number > min (" + Double.toString(min) + "), got " + max);
        }
        boolean log = false;
        JsonNode sc = node.get(scaleKey);
        if (sc != null) {
            if (!sc.isTextual() || !scaleValues.contains(sc.asText())) {
                problem(at + "." + scaleKey, "expected " + String.join(" or ", scaleValues) + ", got " + describe(sc));
            } else {
                log = sc.asText().equals(scaleValues.get(1));
                if (log && !(min > 0)) {
                    problem(at + ".min", "a " + scaleValues.get(1) + " " + scaleKey + " needs min > 0, got " + min);
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        if (baseDraft != null) {
            for (double x : new double[] {min, max}) {
                Object v = integer ? (Object) (long) Math.rint(x) : (Object) x;
                String shown = integer ? Long.toString((long) Math.rint(x)) : Double.toString(x);
                try {
                    baseDraft.copy().set(path, v, "--set " + path + "=" + shown).bind();
                } catch (InputException e) {
                    for (String pr : e.problems()) {
                        problem(at, "value " + shown + " is not allowed: " + pr.replaceFirst("^--set [^:]*: ", ""));
                    }
                    return null;
                }
            }
        }
        return new SearchParameter(path, integer, min, max, log);
    }

    private double rangeEnd(JsonNode node, String key, String at, boolean integer) {
        JsonNode n = node.get(key);
        if (n == null || !n.isNumber() || !Double.isFinite(n.asDouble())
                || integer && n.asDouble() != Math.rint(n.asDouble())) {
            problem(at + "." + key, "expected " + (integer ? "an integer (the field is an integer)" : "a number")
                    + ", got " + describe(n));
            return Double.NaN;
        }
        return n.asDouble();
    }

    /** An outcome by its column name, with a suggestion when unknown; null (and a problem) when unknown. */
    public Outcome outcome(JsonNode node, String at) {
        Map<String, Outcome> byName = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            byName.put(o.column(), o);
        }
        if (node == null || !node.isTextual()) {
            problem(at, "expected an outcome name (docs/outputs.md, runs.csv), got " + describe(node));
            return null;
        }
        Outcome o = byName.get(node.asText());
        if (o == null) {
            String hint = Suggestions.nearest(node.asText(), byName.keySet()).map(s -> "; did you mean \"" + s + "\"?")
                    .orElse("; allowed: " + String.join(", ", byName.keySet()));
            problem(at, "unknown outcome " + describe(node) + hint);
        }
        return o;
    }

    public void unknownKeys(JsonNode node, String prefix, List<String> allowed) {
        Iterator<String> it = node.fieldNames();
        while (it.hasNext()) {
            String k = it.next();
            if (!allowed.contains(k)) {
                problems.add(src + ": " + Suggestions.unknownKey(prefix + k, allowed));
            }
        }
    }

    public static String describe(JsonNode n) {
        if (n == null) {
            return "nothing";
        }
        return n.isTextual() ? "\"" + n.asText() + "\"" : n.toString();
    }

    /** The file's base name (for the default name of a job). */
    public String baseName() {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static JsonNode read(Path file, String what) throws InputException {
        if (!Files.exists(file)) {
            throw new InputException(what + " not found: " + file);
        }
        if (Files.isDirectory(file)) {
            throw new InputException(what + " is a directory: " + file);
        }
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean yaml = n.endsWith(".yaml") || n.endsWith(".yml");
        ObjectMapper mapper = yaml ? new ObjectMapper(new YAMLFactory()) : JsonMapper.builder().build();
        try {
            JsonNode root = mapper.readTree(Files.readString(file));
            if (root == null || root.isMissingNode()) {
                throw new InputException(file + ": the file is empty; expected a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new InputException(file + ": malformed " + (yaml ? "YAML" : "JSON")
                    + (loc != null ? " at line " + loc.getLineNr() + ", column " + loc.getColumnNr() : "") + ": "
                    + ParserMessages.plain(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InputException("cannot read " + what + " " + file + ": " + e.getMessage());
        }
    }
}
