package org.communitysim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate-model} end to end, on small populations: every file written, input errors exit 2. */
class ValidateModelCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void validateModel_writesSummaryCsvsAndFigures_andReportsTheVerdict(@TempDir Path dir) throws Exception {
        Path res = dir.resolve("v");
        int code = run("validate-model", "--runs", "3", "--population", "2000", "--threads", "2", "--quiet",
                "--out", res.toString());
        String stdout = out.toString(StandardCharsets.UTF_8);
        List<String> summary = Files.readAllLines(res.resolve("summary.csv"));
        assertEquals("check,measure,value,allowed_low,allowed_high,pass,criterion", summary.get(0));
        boolean anyFailed = summary.stream().skip(1).anyMatch(l -> l.contains(",false,"));
        assertEquals(anyFailed ? Main.FAILURE : Main.OK, code, stdout);
        assertTrue(stdout.contains(anyFailed ? "FAILED" : "every criterion holds"), stdout);
        for (String id : List.of("bass", "granovetter", "participation", "join-vs-friends", "referral-depth", "watts-window")) {
            assertTrue(Files.size(res.resolve(id + ".csv")) > 0, id + ".csv");
            assertTrue(Files.size(res.resolve(id + ".png")) > 1000, id + ".png");
            assertTrue(Files.readString(res.resolve(id + ".svg")).contains("<svg"), id + ".svg");
            assertTrue(summary.stream().anyMatch(l -> l.startsWith(id + ",")), "summary rows of " + id);
        }
        // the deterministic check holds at any size
        assertTrue(summary.stream().filter(l -> l.startsWith("granovetter,")).allMatch(l -> l.contains(",true,")));
    }

    @Test
    void validateModel_badOptions_exitTwoWithAMessage(@TempDir Path dir) {
        assertEquals(Main.INPUT_ERROR, run("validate-model", "--runs", "1", "--out", dir.resolve("a").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--runs must be >= 2"));
        assertEquals(Main.INPUT_ERROR, run("validate-model", "--population", "10", "--out", dir.resolve("b").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--population must be >= 1000"));
        assertTrue(Files.notExists(dir.resolve("a")) && Files.notExists(dir.resolve("b")));
    }
}
