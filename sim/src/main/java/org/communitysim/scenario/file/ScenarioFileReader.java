package org.communitysim.scenario.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.Locale;
import org.communitysim.scenario.schema.Values;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one scenario file (JSON, or YAML for .yaml/.yml) into a JSON tree, turning every way that can fail into
 * a one-line {@link InputException}. Only trees are read here: no Java type is ever chosen by the file.
 */
final class ScenarioFileReader {
    private ScenarioFileReader() {
    }

    // Duplicate keys are almost always a copy-paste slip whose second value would silently win.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    static ObjectNode read(Path file) throws InputException {
        return parse(readText(file), isYaml(file), file.toString());
    }

    /** Reads text that is not in a file (e.g. a resolved scenario shipped as JSON); {@code source} names it. */
    static ObjectNode parse(String text, boolean yaml, String source) throws InputException {
        String format = yaml ? "YAML" : "JSON";
        JsonNode tree;
        try {
            tree = (yaml ? YAML : JSON).readTree(text);
        } catch (JsonProcessingException e) {
            throw new InputException(source + ": malformed " + format + " " + where(e));
        }
        if (tree == null || tree.isMissingNode() || (tree.isNull() && text.isBlank())) {
            throw new InputException(source + ": the file is empty; expected a " + format + " object");
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new InputException(source + ": expected a " + format + " object at the top level, got "
                    + Values.describe(tree));
        }
        return object;
    }

    private static String readText(Path file) throws InputException {
        return InputFiles.readText(file, "scenario file", InputFiles.MAX_TEXT_BYTES);
    }

    /** "at line 3, column 7: <what the parser expected>", 1-based like an editor. */
    private static String where(JsonProcessingException e) {
        // SnakeYAML knows where the problem is; Jackson's location for YAML is where it stopped reading.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException y && y.getProblemMark() != null) {
                Mark m = y.getProblemMark();
                return "at line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1) + ": " + y.getProblem();
            }
        }
        JsonLocation loc = e.getLocation();
        String what = ParserMessages.plain(firstLine(e.getOriginalMessage()));
        return loc == null ? what : "at line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": " + what;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
