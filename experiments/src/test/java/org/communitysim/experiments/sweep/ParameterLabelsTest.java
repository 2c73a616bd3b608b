package org.communitysim.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.communitysim.scenario.Declarations;
import org.communitysim.scenario.schema.SchemaField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reports name a varied field by the bundle key {@code parameter.<path>}: every such key must name a field the
 * declarations (reference.yaml) let a sweep vary, so a renamed or removed field cannot leave a stale label.
 */
class ParameterLabelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages_en.properties", "messages_zh.properties"})
    void parameterLabels_nameDeclaredNumericFields(String bundle) throws IOException {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/communitysim/experiments/report/" + bundle)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> paths = p.stringPropertyNames().stream().filter(k -> k.startsWith("parameter."))
                .map(k -> k.substring("parameter.".length())).sorted().toList();
        assertFalse(paths.isEmpty(), bundle + " names no parameter");
        List<String> undeclared = paths.stream().filter(path -> Declarations.schema().field(path)
                .filter(SchemaField::isScalarNumber).isEmpty()).toList();
        assertEquals(List.of(), undeclared, bundle + ": labels of paths that are not numeric scenario fields");
    }
}
