package org.communitysim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.communitysim.experiments.io.ResultsFolder;
import org.communitysim.experiments.report.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The error lines under {@code --lang zh} are Chinese (prefix, notes, the common validation messages), with the
 * field path, value and bounds copied verbatim; under English they are byte for byte what they were. Before, every
 * error line was English whatever --lang said.
 */
class ErrorTextTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void shippedScenarios() {
        System.setProperty("communitysim.home", Path.of("..").toAbsolutePath().normalize().toString());
    }

    private static String err(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.INPUT_ERROR, code);
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void moreSeedsThanPersons_langZh_isChinese() {
        String zh = err("run", "reference", "--set", "population.size=100", "--set", "group.seedMembers=101",
                "--replicates", "1", "--lang", "zh");
        assertTrue(zh.startsWith("错误：") && zh.endsWith("group.seedMembers + kols.count（101）超过 population.size（100）\n"),
                zh);
    }

    @Test
    void errorLines_langZh_chinesePrefixAndMessagesWithPathAndValueVerbatim() throws Exception {
        assertEquals("错误：--set population.size=abc: population.size：应为 [1, 1000000] 内的整数，实为 \"abc\"\n",
                err("run", "reference", "--set", "population.size=abc", "--lang", "zh", "--quiet"));
        assertEquals("错误：--set group.thresholdd=0.3: group.thresholdd：未知的键；是否想写 \"threshold\"？\n",
                err("run", "reference", "--set", "group.thresholdd=0.3", "--lang=zh"));
        assertEquals("错误：--replicates 必须 >= 1，实为 0\n", err("run", "reference", "--replicates", "0", "--lang", "zh"));
        assertEquals("错误：--threads 必须 >= 1，实为 0\n", err("sweep", "x.json", "--threads", "0", "--lang", "ZH"));
        assertEquals("错误：未知选项：'--bogus'\nPossible solutions: --bootstrap\n用法见 'community-sim run --help'。\n",
                err("run", "reference", "--bogus", "--lang", "zh"));
        assertEquals("错误：选项 '--threads' 的值无效：'x' 不是整数\n用法见 'community-sim run --help'。\n",
                err("run", "reference", "--threads", "x", "--lang", "zh"));
        assertTrue(err("run", "nosuch", "--lang", "zh").startsWith("错误：场景 'nosuch'：没有这个文件，也没有同名的内置场景（内置场景："
                + "big-open-group, "), "shipped names verbatim");
        Path held = dir.resolve("held");
        try (ResultsFolder f = ResultsFolder.claimNew(held)) {
            f.keep();
            assertEquals("错误：--out " + held + "：另一个 community-sim 进程（pid " + ProcessHandle.current().pid()
                    + "）正在使用；请等它结束，或换一个文件夹\n", err("run", "reference", "--replicates", "2", "--out",
                    held.toString(), "--lang", "zh"));
        }
    }

    @Test
    void errorLines_english_byteForByteAsBefore() {
        assertEquals("error: --set population.size=abc: population.size: expected an integer in [1, 1000000], got "
                + "\"abc\"\n", err("run", "reference", "--set", "population.size=abc", "--quiet"));
        assertEquals("error: --replicates must be >= 1, got 0\n",
                err("run", "reference", "--replicates", "0", "--lang", "en"));
        assertEquals("error: Unknown option: '--bogus'\nPossible solutions: --bootstrap\n"
                + "Try 'community-sim run --help' for usage.\n", err("run", "reference", "--bogus"));
        assertEquals("error: Invalid value for option '--threads': 'x' is not an int\n"
                + "Try 'community-sim run --help' for usage.\n", err("run", "reference", "--threads", "x"));
    }

    /** Messages as the program words them: each has a Chinese form, and the English templates rebuild it exactly. */
    @Test
    void translate_everyCommonShape_chineseAndTheEnglishTemplatesRebuildItExactly() {
        List<String> messages = List.of(
                "/tmp/a.json: population.size: expected an integer in [1, 1000000], got -5",
                "/tmp/a.json: group.threshold: expected a number in [0, 1], got 2",
                "/tmp/a.json: content.cadence: expected a number >= 0, got -1",
                "/tmp/a.json: kols.count: expected an integer >= 0 (at most 2147483647), got 1e12",
                "/tmp/a.json: group.offset: expected a finite number, got \"x\"",
                "/tmp/a.json: ablations.noise: expected true or false, got 3",
                "/tmp/a.json: network.type: expected one of SMALL_WORLD, SCALE_FREE, EDGE_LIST, got \"ring\"",
                "/tmp/a.json: join.threshold.values: expected a list of numbers, each in [0, 1], got 5",
                "/tmp/a.json: population.topicz: unknown key; did you mean \"topics\"?",
                "/tmp/a.json: playbook[0].sett: unknown key; allowed: day, set, label",
                "/tmp/a.json: zzz: unknown key; allowed keys: name, population",
                "--threads must be >= 1, got 0",
                "--replicates must be <= 1000000, got 2000000",
                "--replicates must be between 1 and 1000000, got 0",
                "--out: expected a folder path, got an empty string",
                "--set group.threshold: expected path=value, e.g. group.threshold=0.4",
                "scenario 'x': no such file, and no shipped scenario of that name (shipped: a, b)",
                "--out /tmp/o: in use by another community-sim process (pid 12); wait for it to finish, or choose "
                        + "another folder",
                "--out /tmp/o: the folder is not empty; choose a new folder so earlier results are not mixed with "
                        + "these",
                "--out /tmp/o: exists and is not a folder",
                "--resume /tmp/o: the search there was started with seed 5, not 6; give --seed 5 to continue it",
                "--resume /tmp/o: the spec (or its base scenario) differs from the one this search was started with "
                        + "(hash 0123456789ab vs ba9876543210); restore it, or start a new search with another --out",
                "--resume /tmp/o: no optimise.json there; not a folder of optimise results",
                "--out /tmp/o already holds optimise results; continue them with --resume /tmp/o or choose another --out",
                "Unknown option: '--x'",
                "Unknown options: '--x', '--y'",
                "Invalid value for option '--threads': 'x' is not an int",
                "Invalid value for option '--seed': 'x' is not a long",
                "Missing required parameter: 'SCENARIO'",
                "Missing required option: '--out=URI'",
                "Unmatched argument at index 3: 'y'",
                "--resume /tmp/s: no sweep.json there; not a sweep folder",
                "--set playbook[3].trigger.day=2: playbook[3].trigger.day: not a number of this scenario's playbook; a "
                        + "path such as playbook[0].trigger.day or playbook[0].effect.set.referral.reward must name a "
                        + "number the playbook already has (docs/sweeps.md)",
                "/tmp/s.json: parameters[0].path: playbook[1].trigger.day is not a numeric scenario field; a playbook "
                        + "path must name a number the base's playbook has, e.g. playbook[0].trigger.day (docs/sweeps.md)",
                "--resume /tmp/c: the spec, its base scenario or the observed data differs from what this calibration "
                        + "was started with (hash 0123456789ab vs ba9876543210); restore them, or start a new calibration "
                        + "with another --out",
                "--resume /tmp/s: the spec (or its base scenario) differs from the one this sweep was started with (hash "
                        + "0123456789ab vs ba9876543210); restore it, or start a new sweep with another --out",
                "--out /tmp/s already holds a sweep; continue it with --resume /tmp/s or choose another --out",
                "--resume /tmp/s: the sweep was started without --keep-series; its runs so far kept no series. Resume it "
                        + "without --keep-series, or start a new sweep with another --out",
                "--resume /tmp/s: the sweep was started with every 7 days; give the same options to resume it",
                "--resume /tmp/s: the sweep was started with every 7 days; give the same options to resume it (got every 3 "
                        + "days)",
                "/tmp/a.json: playbook[1].effect: unknown effect \"purgeLurker\"; did you mean \"purgeLurkers\"? allowed: "
                        + "set, endCampaign, kolsLeave, purgeLurkers, event, openGroup",
                "/tmp/a.json: playbook[1].effect: unknown effect \"jump\"; allowed: set, endCampaign",
                "/tmp/a.json: playbook[0].trigger.metric: \"activ\" is not a daily metric; did you mean \"active\"? allowed: "
                        + "members, active (or a ratio of two, e.g. active/members)",
                "/tmp/a.json: metrics.outcomes[0].metric: \"zzz\" is not a daily metric; allowed: members, active (or a "
                        + "ratio of two, e.g. active/members)",
                "/tmp/a.json: world.groupSettings[0]: group.topc: not a setting of a group; did you mean \"group.topic\"? "
                        + "allowed: the fields under group, content, kols, referral (docs/scenarios.md \"Every field\")",
                "query: only a reading statement is run (SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SHOW, SUMMARIZE, "
                        + "EXPLAIN); got COPY",
                "query: only one statement is run; got a second one after the ';' at character 9");
        for (String m : messages) {
            assertEquals(m, ErrorText.translate(m, Lang.EN), "the English template rebuilds it");
            String zh = ErrorText.translate(m, Lang.ZH);
            assertNotEquals(m, zh, "a Chinese form");
            assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), zh);
        }
        assertEquals("/tmp/a.json: playbook[1].effect：未知的效果 \"purgeLurker\"；是否想写 \"purgeLurkers\"？允许：set, "
                + "endCampaign, kolsLeave, purgeLurkers, event, openGroup", ErrorText.translate(messages.get(messages.size() - 7),
                Lang.ZH));
        String unknown = "/tmp/a.json: playbook[0]: a playbook action's duration must be >= 0, got -1";
        assertEquals(unknown, ErrorText.translate(unknown, Lang.ZH), "an uncommon message keeps its English words");
        assertEquals("错误：" + unknown, ErrorText.line(unknown, Lang.ZH));
    }

    @Test
    void lang_lastLangOptionWinsAndParametersAfterDoubleDashAreNotOptions() {
        assertEquals(Lang.ZH, ErrorText.lang(List.of("run", "x", "--lang", "en", "--lang", "zh-CN")));
        assertEquals(Lang.EN, ErrorText.lang(List.of("run", "x", "--lang=zh", "--lang=en")));
        assertEquals(Lang.EN, ErrorText.lang(List.of("run", "--", "--lang", "zh")));
        assertEquals(Lang.EN, ErrorText.lang(List.of("run", "x", "--lang")));
    }
}
