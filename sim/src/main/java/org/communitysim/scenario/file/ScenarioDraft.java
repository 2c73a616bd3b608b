package org.communitysim.scenario.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communitysim.network.EdgeListException;
import org.communitysim.network.EdgeListReader;
import org.communitysim.scenario.Declarations;
import org.communitysim.scenario.JoinSpec;
import org.communitysim.scenario.NetworkType;
import org.communitysim.scenario.PlaybookJson;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.SeedingMode;
import org.communitysim.scenario.ThresholdDistribution;
import org.communitysim.scenario.schema.RecordTrees;
import org.communitysim.scenario.schema.SchemaField;

/**
 * A scenario being assembled as a tree, the loader's steps as an API that needs no file: <b>resolve</b> (a file's
 * extends chain, or JSON text, or a scenario built in Java, merged over the declared defaults) → <b>set</b>
 * (path, value), as often as needed → <b>validate</b> (every problem together) → <b>bind</b> (the records, with
 * their cross-field checks). {@link ScenarioFiles#load} is these steps with {@code --set} strings; a sweep
 * resolves its base once and, per point, copies it, sets the point's typed values and binds, instead of
 * re-reading the base file.
 *
 * <p>Every value remembers the layer that set it (the file, or the source given to {@link #set}), so an error
 * names what the user has to fix. Not thread-safe; {@link #copy()} gives an independent draft.
 */
public final class ScenarioDraft {
    private final LayeredTree tree;
    /** Names the scenario in errors of the records' own (cross-field) checks: the loaded file, as before. */
    private final String label;
    private final List<String> problems = new ArrayList<>();

    private ScenarioDraft(LayeredTree tree, String label) {
        this.tree = tree;
        this.label = label;
    }

    /**
     * Resolves a scenario file (JSON; YAML when the name ends in .yaml or .yml): its extends chain merged over the
     * defaults; the name defaults to the file's base name, the description to "".
     *
     * @throws InputException when the file (or an ancestor) cannot be read: missing, unreadable, malformed, a bad
     *                        extends. Problems of values are reported by {@link #validate()} and {@link #bind()}.
     */
    public static ScenarioDraft resolve(Path file) throws InputException {
        Objects.requireNonNull(file, "file");
        LayeredTree tree = ExtendsChain.resolve(file, ScenarioFiles.defaultsTree());
        ScenarioDraft draft = new ScenarioDraft(tree, file.toString());
        draft.defaultNameAndDescription(ScenarioFiles.baseName(file));
        return draft;
    }

    /**
     * Resolves a scenario given as JSON text, as a file holding that text would be (without {@code extends}, and
     * with paths taken as written): e.g. a resolved scenario ({@link ScenarioFiles#toJson}) shipped to another
     * machine. {@code source} names it in messages, where a file's path would be.
     */
    public static ScenarioDraft fromJson(String json, String source) throws InputException {
        ObjectNode layer = ScenarioFileReader.parse(json, false, source);
        if (layer.has(ExtendsChain.EXTENDS)) {
            throw new InputException(source + ": extends: only a scenario file can extend another");
        }
        LayeredTree tree = new LayeredTree(ScenarioFiles.defaultsTree(), "defaults");
        tree.merge(layer, source);
        ScenarioDraft draft = new ScenarioDraft(tree, source);
        draft.defaultNameAndDescription("scenario");
        return draft;
    }

    /** Starts from a scenario built in Java (every field set, by "scenario"). */
    public static ScenarioDraft of(Scenario scenario) {
        return new ScenarioDraft(new LayeredTree(ScenarioFiles.toTree(scenario), "scenario"), "scenario");
    }

    /** An independent copy (values, their sources and the problems so far). */
    public ScenarioDraft copy() {
        ScenarioDraft c = new ScenarioDraft(tree.copy(), label);
        c.problems.addAll(problems);
        return c;
    }

    /**
     * Sets the field at {@code path} (e.g. {@code group.threshold}) to a value of the record component's type:
     * Integer, Long, Double, Boolean, String, an enum constant, int[] or double[] (null only where the field
     * allows it). A value the field does not allow is reported by {@link #validate()}, worded as for a file and
     * naming {@code source}.
     */
    public ScenarioDraft set(String path, Object value, String source) {
        return set(path, value instanceof Long l ? longNode(l) : RecordTrees.node(value), source);
    }

    /** Sets a field to a JSON value; an unknown path, a section or {@code extends} becomes a problem. */
    public ScenarioDraft set(String path, JsonNode value, String source) {
        if (path.startsWith(PLAYBOOK_PREFIX)) {
            setInPlaybook(path, value, source);
            return this;
        }
        if (path.equals(ExtendsChain.EXTENDS)) {
            problem(source + ": extends: cannot be overridden; --set applies after extends is resolved");
            return this;
        }
        Optional<SchemaField> field = Declarations.schema().field(path);
        if (field.isEmpty()) {
            problem(source + ": " + Overrides.unknownPath(path));
        } else if (field.get().isSection()) {
            problem(source + ": " + path + ": is a section; set one of its fields, e.g. "
                    + field.get().children().get(0).path() + "=...");
        } else {
            tree.set(path, value, source);
        }
        return this;
    }

    private static final String PLAYBOOK_PREFIX = "playbook[";
    private static final java.util.regex.Pattern PLAYBOOK_PATH =
            java.util.regex.Pattern.compile("^playbook\\[(\\d{1,9})]\\.(.+)$");

    /**
     * Whether {@code path} names a number the playbook already holds — {@code playbook[i].trigger.day},
     * {@code playbook[i].effect.set.referral.reward}, {@code playbook[i].effect.purgeLurkers.silentDays}… — and if so
     * whether it is an integer: a lever set by {@code effect.set} has its declared type, an action's own number is an
     * integer when the playbook reads it as one (days and counts, {@link PlaybookJson#INTEGER_KEYS}) and a number
     * otherwise (thresholds, the hand-over's posting factor). Empty for any other path.
     * Sweeps and searches vary such numbers as they vary declared fields (docs/sweeps.md).
     */
    public Optional<Boolean> playbookNumber(String path) {
        PlaybookTarget t = playbookTarget(tree.root().get("playbook"), path);
        if (t == null || !t.value().isNumber()) {
            return Optional.empty();
        }
        if (t.lever() != null) {
            return Declarations.schema().field(t.lever()).filter(SchemaField::isScalarNumber)
                    .map(f -> f.type() == SchemaField.Type.INTEGER);
        }
        return Optional.of(PlaybookJson.INTEGER_KEYS.contains(t.key()));
    }

    /** The object holding the number a playbook path names, its key there, the value, and the lever for effect.set. */
    private record PlaybookTarget(ObjectNode holder, String key, JsonNode value, String lever) {
    }

    private static PlaybookTarget playbookTarget(JsonNode playbook, String path) {
        java.util.regex.Matcher m = PLAYBOOK_PATH.matcher(path);
        if (!m.matches() || !(playbook instanceof com.fasterxml.jackson.databind.node.ArrayNode list)) {
            return null;
        }
        int index = Integer.parseInt(m.group(1));
        if (index >= list.size() || !(list.get(index) instanceof ObjectNode node)) {
            return null;
        }
        String rest = m.group(2);
        String previous = "";
        boolean inSet = false;
        while (true) {
            if (inSet || node.has(rest)) { // inside effect.set the rest is one lever path, dots and all
                JsonNode v = node.get(rest);
                return v == null ? null : new PlaybookTarget(node, rest, v, inSet ? rest : null);
            }
            int dot = rest.indexOf('.');
            String key = dot < 0 ? rest : rest.substring(0, dot);
            if (dot < 0 || !(node.get(key) instanceof ObjectNode child)) {
                return null;
            }
            inSet = previous.equals("effect") && key.equals("set");
            previous = key;
            node = child;
            rest = rest.substring(dot + 1);
        }
    }

    /** Sets a number the playbook holds ({@link #playbookNumber}); any other playbook path is a problem. */
    private void setInPlaybook(String path, JsonNode value, String source) {
        JsonNode copy = tree.root().has("playbook") ? tree.root().get("playbook").deepCopy() : null;
        PlaybookTarget t = playbookTarget(copy, path);
        if (t == null || !t.value().isNumber()) {
            problem(source + ": " + path + ": not a number of this scenario's playbook; a path such as "
                    + "playbook[0].trigger.day or playbook[0].effect.set.referral.reward must name a number the "
                    + "playbook already has (docs/sweeps.md)");
            return;
        }
        t.holder().set(t.key(), value);
        tree.set("playbook", copy, source);
    }

    /** Applies {@code path=value} strings as {@code --set} does (docs/scenarios.md "--set overrides"). */
    public ScenarioDraft override(List<String> overrides) {
        return override(overrides, "--set");
    }

    /**
     * As {@link #override(List)}, with problems labelled by the option that gave the values (e.g. {@code --vary}), so
     * an error names what the user typed.
     */
    public ScenarioDraft override(List<String> overrides, String option) {
        Overrides.apply(Objects.requireNonNull(overrides, "overrides"), this, option);
        return this;
    }

    /** The value at {@code path} as it stands (a copy). */
    public JsonNode get(String path) {
        if (path.startsWith(PLAYBOOK_PREFIX)) {
            PlaybookTarget t = playbookTarget(tree.root().get("playbook"), path);
            return t == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : t.value().deepCopy();
        }
        JsonNode node = tree.root();
        for (String key : path.split("\\.")) {
            node = node.path(key);
        }
        return node.deepCopy();
    }

    /** Every problem so far: malformed sets, unknown paths, then every field the declarations refuse. */
    public List<String> validate() {
        List<String> all = new ArrayList<>(problems);
        all.addAll(TreeValidator.validate(tree));
        return all;
    }

    /**
     * The validated scenario.
     *
     * @throws InputException listing every problem: those of {@link #validate()}, else every cross-field
     *                        constraint the records refuse (named after the resolved file), else a join setting
     *                        that does not fit an edge list's persons
     */
    public Scenario bind() throws InputException {
        List<String> all = validate();
        if (!all.isEmpty()) {
            throw new InputException(all);
        }
        List<String> refused = new ArrayList<>();
        Scenario scenario = RecordTrees.bind(Scenario.class, tree.root(), refused);
        if (scenario == null) {
            throw new InputException(refused.stream().map(m -> label + ": " + m).toList());
        }
        joinFitsEdgeList(scenario);
        List<String> levers = scenario.playbook().leverProblems(scenario);
        if (!levers.isEmpty()) {
            String source = tree.sourceOf("playbook");
            throw new InputException(levers.stream().map(m -> source + ": " + m).toList());
        }
        return scenario;
    }

    void problem(String message) {
        problems.add(message);
    }

    private void defaultNameAndDescription(String name) {
        if (!tree.root().has("name")) {
            tree.set("name", TextNode.valueOf(name), label);
        }
        if (!tree.root().has("description")) {
            tree.set("description", TextNode.valueOf(""), label);
        }
        if (!tree.root().has("descriptionZh")) {
            tree.set("descriptionZh", TextNode.valueOf(""), label);
        }
    }

    /** As Jackson reads a whole number from text: an int when it fits, else a long (which the validator refuses). */
    private static JsonNode longNode(long v) {
        return v == (int) v ? IntNode.valueOf((int) v) : LongNode.valueOf(v);
    }

    /**
     * Seed ids, random seeds and threshold lists must fit the population; with an edge-list network only the list
     * knows how many persons there are, so a misfit is caught here, naming the field, rather than when a run starts.
     */
    private void joinFitsEdgeList(Scenario scenario) throws InputException {
        if (scenario.network().type() != NetworkType.EDGE_LIST) {
            return;
        }
        JoinSpec join = scenario.join();
        boolean namesPersons = join.seeding() == SeedingMode.IDS || join.seeding() == SeedingMode.RANDOM
                || join.threshold().distribution() == ThresholdDistribution.LIST;
        if (!namesPersons) {
            return;
        }
        try {
            int nodes = EdgeListReader.readCached(Path.of(scenario.network().edgeListPath())).nodeCount();
            Scenario.checkAgainstPopulation(join, nodes);
        } catch (EdgeListException e) {
            throw new InputException(List.of(label + ": network.edgeListPath: " + e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new InputException(List.of(label + ": " + e.getMessage()));
        }
    }
}
