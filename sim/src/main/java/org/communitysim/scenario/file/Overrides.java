package org.communitysim.scenario.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.communitysim.scenario.Declarations;
import org.communitysim.scenario.schema.SchemaField;
import org.communitysim.scenario.schema.SchemaField.Text;
import org.communitysim.scenario.schema.SchemaField.Type;

/**
 * Command-line overrides {@code --set path=value}, applied over the resolved file before validation, so an
 * override is checked exactly like a value in a file. The value is read as a JSON scalar when it is one
 * (number, true/false, null, "quoted"), otherwise taken as a plain string; string fields take the text as
 * written, so {@code --set name=2024} names a scenario "2024".
 */
final class Overrides {
    private Overrides() {
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Applies every override to {@code draft}, in order; a malformed one becomes one of the draft's problems. */
    static void apply(List<String> overrides, ScenarioDraft draft, String option) {
        for (String override : overrides) {
            // a message names the option it comes from, shortened: a 10 MB value is not echoed into every problem
            String source = option + " " + (override.length() <= 120 ? override : override.substring(0, 100) + "...");
            int eq = override.indexOf('=');
            if (eq <= 0) {
                draft.problem(source + ": expected path=value, e.g. group.threshold=0.4");
                continue;
            }
            String path = override.substring(0, eq).trim();
            String raw = override.substring(eq + 1).trim();
            Optional<SchemaField> field = Declarations.schema().field(path).filter(f -> !f.isSection());
            draft.set(path, field.isPresent() ? value(field.get(), raw)
                    : path.startsWith("playbook[") ? scalar(raw) : TextNode.valueOf(raw), source);
        }
    }

    private static JsonNode value(SchemaField field, String raw) {
        if (field.type() == Type.STRING) {
            if (field.text() == Text.PATH_OR_NULL) {
                return raw.equals("null") ? NullNode.instance : TextNode.valueOf(fromWorkingDirectory(raw));
            }
            return TextNode.valueOf(raw);
        }
        try {
            JsonNode parsed = JSON.readTree(raw);
            boolean list = field.type().list() || field.type() == Type.STRUCTURED;  // a playbook is a JSON list
            if (parsed != null && (parsed.isValueNode() || (list && parsed.isArray()))) {
                return parsed;
            }
        } catch (JsonProcessingException notJson) {
            // a plain word such as erdos_renyi: taken as a string below
        }
        return TextNode.valueOf(raw);
    }

    /** A number inside the playbook ({@code playbook[0].trigger.day=20}): read as JSON when it is a scalar. */
    private static JsonNode scalar(String raw) {
        try {
            JsonNode parsed = JSON.readTree(raw);
            if (parsed != null && parsed.isValueNode()) {
                return parsed;
            }
        } catch (JsonProcessingException notJson) {
            // kept as text: the playbook's reader says what it expects
        }
        return TextNode.valueOf(raw);
    }

    /** A path on the command line is relative to where the command runs. */
    private static String fromWorkingDirectory(String raw) {
        if (raw.isBlank()) {
            return raw;
        }
        try {
            return Path.of(raw).toAbsolutePath().normalize().toString();
        } catch (InvalidPathException e) {
            return raw;  // the validator reports it
        }
    }

    /** Names the first segment of the path that does not exist, with the nearest valid key. */
    static String unknownPath(String path) {
        SchemaField section = Declarations.schema().root();
        String here = "";
        for (String key : path.split("\\.", -1)) {
            here = here.isEmpty() ? key : here + "." + key;
            if (!section.isSection()) {
                return here + ": unknown key; " + section.path() + " is a value, not a section";
            }
            Optional<SchemaField> child = section.child(key);
            if (child.isEmpty()) {
                return Suggestions.unknownKey(here, section.childKeys());
            }
            section = child.get();
        }
        throw new IllegalStateException(path + " exists");
    }
}
