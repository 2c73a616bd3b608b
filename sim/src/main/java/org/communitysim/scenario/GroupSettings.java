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
import org.communitysim.scenario.schema.RecordTrees;
import org.communitysim.scenario.schema.SchemaField;
import org.communitysim.scenario.schema.TreeForm;
import org.communitysim.scenario.schema.Values;

/**
 * The settings of the operator's declared groups after the first (docs/scenarios.md "Many groups"): entry k is an
 * object of scenario paths and values, as {@code --set} takes them, that group k + 2 has instead of the file's;
 * a group without an entry has the file's settings. Only what describes a group may differ: paths under
 * {@link #SECTIONS} (its cap, threshold, topic, seed circle, operator content, KOLs, referral policy).
 *
 * @param entries path → value of the field's type, one map per group after the first, in order
 */
public record GroupSettings(List<Map<String, Object>> entries) implements TreeForm {
    public static final GroupSettings NONE = new GroupSettings(List.of());
    /** The sections a group's own settings may come from. */
    public static final List<String> SECTIONS = List.of("group", "content", "kols", "referral");

    public GroupSettings {
        List<Map<String, Object>> copy = new ArrayList<>();
        for (Map<String, Object> e : entries) {
            copy.add(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(e)));
        }
        entries = List.copyOf(copy);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Group {@code index}'s scenario (0 = the first group, the file itself): the file's with the group's entry. */
    public Scenario of(Scenario file, int index) {
        if (index < 1 || index > entries.size()) {
            return file;
        }
        Scenario s = file;
        for (Map.Entry<String, Object> e : entries.get(index - 1).entrySet()) {
            s = s.with(e.getKey(), e.getValue());
        }
        return s;
    }

    @Override
    public JsonNode toTree() {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (Map<String, Object> e : entries) {
            ObjectNode o = list.addObject();
            for (Map.Entry<String, Object> v : e.entrySet()) {
                o.set(v.getKey(), RecordTrees.node(v.getValue()));
            }
        }
        return list;
    }

    /**
     * The settings written in {@code node} (a JSON list of objects), every problem named by the entry's index and path
     * ({@code world.groupSettings[1].group.sizeCap: ...}) into {@code problems}; null when there is any.
     */
    public static GroupSettings read(JsonNode node, List<String> problems) {
        if (!node.isArray()) {
            problems.add("world.groupSettings: expected a list of objects of scenario paths and values, one per group "
                    + "after the first, e.g. [{\"group.sizeCap\": 100}], got " + Values.describe(node));
            return null;
        }
        int before = problems.size();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int k = 0; k < node.size(); k++) {
            String at = "world.groupSettings[" + k + "]";
            JsonNode body = node.get(k);
            if (!body.isObject()) {
                problems.add(at + ": expected an object of scenario paths and values, e.g. {\"group.sizeCap\": 100}, got "
                        + Values.describe(body));
                continue;
            }
            Map<String, Object> levers = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : body.properties()) {
                String path = e.getKey();
                Optional<SchemaField> field = Declarations.schema().field(path);
                String section = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
                if (field.isEmpty() || !SECTIONS.contains(section)) {
                    problems.add(at + ": " + path + ": not a setting of a group; " + Nearest.didYouMean(path, settable())
                            + "allowed: the fields under "
                            + String.join(", ", SECTIONS) + " (docs/scenarios.md \"Every field\")");
                } else if (field.get().isSection()) {
                    problems.add(at + ": " + path + ": is a section; set one of its fields, e.g. "
                            + field.get().children().get(0).path());
                } else if (!field.get().accepts(e.getValue())) {
                    problems.add(at + "." + field.get().refusal(e.getValue()));
                } else {
                    levers.put(path, RecordTrees.value(field.get().javaType(), e.getValue()));
                }
            }
            entries.add(levers);
        }
        return problems.size() == before ? new GroupSettings(entries) : null;
    }

    /** @throws IllegalArgumentException naming the first problem */
    public static GroupSettings fromTree(JsonNode node) {
        List<String> problems = new ArrayList<>();
        GroupSettings s = read(node, problems);
        if (s == null) {
            throw new IllegalArgumentException(problems.get(0));
        }
        return s;
    }

    /** The paths a group setting may name: every field under {@link #SECTIONS}. */
    private static List<String> settable() {
        return Declarations.schema().leaves().stream().map(SchemaField::path)
                .filter(p -> SECTIONS.contains(p.substring(0, Math.max(0, p.indexOf('.'))))).toList();
    }
}
