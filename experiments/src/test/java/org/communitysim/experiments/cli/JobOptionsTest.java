package org.communitysim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * sweep, calibrate and optimise take --out, --threads, --quiet and --lang from one mixin ({@link JobOptions}), and
 * calibrate and optimise --seed from another ({@link SeedOption}): one description and one check each. Before, each
 * command declared its own copy (and the copies had drifted: three wordings of --quiet, two of --out).
 */
class JobOptionsTest {
    private static final List<String> COMMANDS = List.of("sweep", "calibrate", "optimise");

    private static CommandSpec spec(String name) {
        return new CommandLine(new Main()).getSubcommands().get(name).getCommandSpec();
    }

    @Test
    void searchCommands_takeTheirCommonOptionsFromOneMixin() {
        for (String name : COMMANDS) {
            CommandSpec spec = spec(name);
            assertTrue(spec.mixins().containsKey("options"), name + " mixes in JobOptions");
            assertInstanceOf(JobOptions.class, spec.mixins().get("options").userObject(), name);
            for (String option : List.of("--out", "--threads", "--quiet", "--lang")) {
                assertEquals(List.of(spec("sweep").findOption(option).description()),
                        List.of(spec.findOption(option).description()), name + " " + option);
            }
        }
        for (String name : List.of("calibrate", "optimise")) {
            assertInstanceOf(SeedOption.class, spec(name).mixins().get("seed").userObject(), name);
        }
        assertFalse(spec("sweep").mixins().containsKey("seed"), "a sweep's seed is its spec's");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sweep", "calibrate", "optimise", "lesson", "validate-model", "run"})
    void threadsZero_sameInputErrorInEveryCommand(String name, @TempDir Path dir) {
        List<String> args = switch (name) {
            case "sweep", "optimise" -> List.of(name, dir.resolve("spec.json").toString());
            case "calibrate" -> List.of(name, dir.resolve("obs.csv").toString(), dir.resolve("spec.json").toString());
            case "lesson" -> List.of(name, "decay");
            case "run" -> List.of(name, "reference");
            default -> List.of(name);
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] full = java.util.stream.Stream.concat(args.stream(), java.util.stream.Stream.of("--threads", "0",
                "--out", dir.resolve("out").toString())).toArray(String[]::new);
        int code = Main.execute(full, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.INPUT_ERROR, code, err.toString(StandardCharsets.UTF_8));
        assertEquals("error: --threads must be >= 1, got 0\n", err.toString(StandardCharsets.UTF_8));
        assertFalse(dir.resolve("out").toFile().exists());
    }
}
