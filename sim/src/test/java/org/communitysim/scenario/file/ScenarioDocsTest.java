package org.communitysim.scenario.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communitysim.scenario.Declarations;
import org.junit.jupiter.api.Test;

/**
 * docs/scenarios.md documents every field exactly as the code defines it. When a field, default, range or
 * meaning changes, the expected tables are written to target/scenario-fields.md to paste into the docs.
 */
class ScenarioDocsTest {

    private static final Path ROOT = TestFiles.repoRoot();

    /** One docs table row; the docs group rows by section under their own headings. */
    static String row(FieldDescription f) {
        return "| `" + f.path() + "` | " + f.type() + " | " + (f.unit().isEmpty() ? "-" : f.unit()) + " | `"
                + f.defaultValue() + "` | " + f.allowed() + " | " + f.meaning() + " |";
    }

    /** The tables as the docs should have them: one per section, headed by the section's meaning. */
    static String tables() {
        StringBuilder out = new StringBuilder();
        String section = null;
        for (FieldDescription f : ScenarioFiles.describeFields()) {
            String parent = f.path().contains(".") ? f.path().substring(0, f.path().lastIndexOf('.')) : "";
            if (!parent.equals(section)) {
                section = parent;
                out.append("\n### ").append(parent.isEmpty() ? "Top level" : "`" + parent + "`").append("\n\n")
                        .append(Declarations.schema().field(parent).orElseThrow().meaning()).append(".\n\n")
                        .append("| path | type | unit | default | allowed | meaning |\n")
                        .append("|---|---|---|---|---|---|\n");
            }
            out.append(row(f)).append('\n');
        }
        return out.toString();
    }

    @Test
    void docs_haveARowForEveryFieldMatchingTheCode() throws IOException {
        String docs = Files.readString(ROOT.resolve("docs/scenarios.md"));
        List<String> missing = new ArrayList<>();
        for (FieldDescription f : ScenarioFiles.describeFields()) {
            if (!docs.contains(row(f))) {
                missing.add(row(f));
            }
        }
        if (!missing.isEmpty()) {
            Path expected = Path.of("target/scenario-fields.md");
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, tables());
            assertEquals(List.of(), missing, "docs/scenarios.md is out of date; expected tables written to "
                    + expected.toAbsolutePath());
        }
    }

    @Test
    void docs_mentionEveryShippedScenario() throws IOException {
        String docs = Files.readString(ROOT.resolve("docs/scenarios.md"));
        String readme = Files.readString(ROOT.resolve("scenarios/README.md"));
        for (Path file : ShippedScenariosTest.shippedFiles().toList()) {
            String name = file.getFileName().toString();
            assertTrue(docs.contains("`" + name + "`"), "docs/scenarios.md does not mention " + name);
            assertTrue(readme.contains("`" + name + "`"), "scenarios/README.md does not mention " + name);
        }
    }
}
