package org.communitysim.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunOneTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return RunOne.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void run_preset_printsEveryOutcomeAndExitsZero() {
        assertEquals(0, run("small-curated-group", "--seed", "3", "--daily"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("scenario small-curated-group"));
        assertTrue(text.contains("final_active_share"));
        assertTrue(text.contains("retention_30_referral"));
        assertTrue(text.contains("post_value"), "daily digest printed");
    }

    @Test
    void run_sameSeedTwice_sameOutputApartFromTiming() {
        run("reference", "--seed", "5");
        String first = out.toString(StandardCharsets.UTF_8).replaceAll("\\d+ ms", "");
        out.reset();
        run("reference", "--seed", "5");
        assertEquals(first, out.toString(StandardCharsets.UTF_8).replaceAll("\\d+ ms", ""));
    }

    @Test
    void run_unknownScenario_exitsTwoAndNamesTheChoices() {
        assertEquals(2, run("no-such-group"));
        String msg = err.toString(StandardCharsets.UTF_8);
        assertTrue(msg.contains("unknown scenario 'no-such-group'"));
        assertTrue(msg.contains("big-open-group"));
        assertFalse(msg.contains("Exception"), "no stack trace for a user mistake");
    }

    @Test
    void run_badNumber_exitsTwo() {
        assertEquals(2, run("--seed", "abc"));
        assertEquals(2, run("--replicate", "-1"));
        assertEquals(2, run("--bogus"));
    }

    @Test
    void run_missingEdgeList_exitsTwoWithoutStackTrace(@TempDir Path dir) {
        assertEquals(2, run("reference", "--edge-list", dir.resolve("nope.csv").toString()));
        String msg = err.toString(StandardCharsets.UTF_8);
        assertTrue(msg.contains("nope.csv"), msg);
        assertFalse(msg.contains("\tat "), "no stack trace");
    }

    @Test
    void run_malformedEdgeList_exitsTwoNamingTheLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "0,1\n1,2\n2;3\n");
        assertEquals(2, run("reference", "--edge-list", file.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("3"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void run_realNetwork_runs(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ring.csv");
        StringBuilder sb = new StringBuilder("source,target\n");
        for (int i = 0; i < 2000; i++) {
            for (int k = 1; k <= 10; k++) {
                sb.append(i).append(',').append((i + k) % 2000).append('\n');
            }
        }
        Files.writeString(file, sb.toString());
        assertEquals(0, run("reference", "--edge-list", file.toString()), err.toString(StandardCharsets.UTF_8));
    }
}
