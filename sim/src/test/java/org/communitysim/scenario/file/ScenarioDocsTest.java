package org.communitysim.scenario.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.communitysim.scenario.Declarations;
import org.junit.jupiter.api.Test;

/**
 * docs/scenarios.md ends with the tables of every field, generated from the declarations (reference.yaml): this
 * test fails when they differ, and writes the expected tables to target/scenario-fields.md. After changing a
 * declaration, regenerate them in place with
 * {@code mvn -o -q -pl sim test -Dtest=ScenarioDocsTest -Ddocs.update=true}.
 */
class ScenarioDocsTest {

    private static final Path ROOT = TestFiles.repoRoot();
    /** The tables follow this heading's introduction, to the end of the file. */
    private static final String FIRST_TABLE = "\n### Top level\n";

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
    void docs_endWithTheTablesOfEveryDeclaredField() throws IOException {
        Path file = ROOT.resolve("docs/scenarios.md");
        String docs = Files.readString(file);
        int at = docs.indexOf(FIRST_TABLE);
        assertTrue(at >= 0, "docs/scenarios.md has no \"### Top level\" table heading");
        String expected = tables();
        String actual = docs.substring(at);
        if (!actual.equals(expected) && Boolean.getBoolean("docs.update")) {
            Files.writeString(file, docs.substring(0, at) + expected);
            return;
        }
        if (!actual.equals(expected)) {
            Path out = Path.of("target/scenario-fields.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, expected);
            assertEquals(expected, actual, "docs/scenarios.md's field tables are out of date (expected tables in "
                    + out.toAbsolutePath() + "); regenerate with -Ddocs.update=true");
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
