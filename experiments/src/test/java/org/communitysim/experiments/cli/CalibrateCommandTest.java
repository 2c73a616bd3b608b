package org.communitysim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communitysim.experiments.calibration.CalibrationFixtures;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.ScenarioFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calibrate} end to end, in process: files, bytes on any thread count, the fitted file, bad input. */
class CalibrateCommandTest {
    private final InProcessCli cli = new InProcessCli();

    @TempDir
    Path dir;

    private Path spec() {
        CalibrationFixtures.base(dir, 300, 30);
        return CalibrationFixtures.write(dir, "spec.json", "{\"name\": \"tiny\", \"base\": \"base.json\", \"parameters\": ["
                + "{\"path\": \"group.outsideExposure\", \"min\": 5, \"max\": 120, \"prior\": \"log-uniform\"}],"
                + "\"replicates\": 2, \"evaluations\": 8, \"bootstrap\": 2, \"bootstrapEvaluations\": 4,"
                + "\"bandReplicates\": 2}");
    }

    @Test
    void calibrate_tinyGroup_sameBytesOnOneAndTwoThreadsAndAUsableFittedFile() throws Exception {
        Path spec = spec();
        Path obs = CalibrationFixtures.observed(dir, dir.resolve("base.json"), List.of("group.outsideExposure"),
                new double[] {30}, 3, List.of("members", "joins", "posts"));
        assertEquals(0, cli.run("calibrate", obs.toString(), spec.toString(), "--out", dir.resolve("a").toString(),
                "--threads", "1", "--quiet"), cli.err());
        assertEquals(0, cli.run("calibrate", obs.toString(), spec.toString(), "--out", dir.resolve("b").toString(),
                "--threads", "2", "--lang", "zh"));
        String printed = cli.out();
        assertTrue(printed.contains("group.outsideExposure"), "estimates printed");
        assertTrue(printed.contains("天、3 列数据") && printed.contains("% 区间 ") && printed.contains("结果："),
                "the terminal summary in Chinese: " + printed);
        assertFalse(printed.contains(" runs in ") || printed.contains("interval") || printed.contains("results:"),
                printed);
        // 2 refits: too few for the identifiability verdict (Estimate.MIN_REFITS), said in the terminal and the file
        assertTrue(printed.contains("未判断（只有 2 次重新拟合；判断至少需要 10 次）"), printed);
        assertTrue(Files.readAllLines(dir.resolve("a").resolve("estimates.csv")).get(1).endsWith(",false,false"),
                "identified false, judged false");
        for (String f : List.of("estimates.csv", "refits.csv", "trace.csv", "fit.csv", "fitted.json")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)),
                    Files.readAllBytes(dir.resolve("b").resolve(f)), f);
        }
        for (String f : List.of("manifest.json", "report.html", "charts/fit-members.svg", "charts/fit-posts.png")) {
            assertTrue(Files.size(dir.resolve("a").resolve(f)) > 0, f);
        }
        assertTrue(Files.readString(dir.resolve("b/report.html")).contains("校准"), "the Chinese report");
        Scenario fitted = ScenarioFiles.load(dir.resolve("a/fitted.json"));
        String estimate = Files.readAllLines(dir.resolve("a/estimates.csv")).get(1).split(",")[1];
        assertEquals(Double.parseDouble(estimate), fitted.group().outsideExposure());
        assertEquals(30, fitted.horizonDays(), "the base's horizon");
    }

    @Test
    void calibrate_badCsv_exit2WithEveryProblemAndNothingWritten() {
        Path spec = spec();
        Path obs = CalibrationFixtures.write(dir, "bad.csv", "day,members,joinz\n0,10,1\n2,-3,x\n");
        assertEquals(2, cli.run("calibrate", obs.toString(), spec.toString(), "--out", dir.resolve("c").toString()));
        String e = cli.err();
        assertTrue(e.contains("error: ") && e.contains("unknown column \"joinz\""), e);
        assertFalse(e.contains("Exception"), e);
        assertFalse(Files.exists(dir.resolve("c")), "nothing written");
        Path gaps = CalibrationFixtures.write(dir, "gaps.csv", "day,members\n0,10\n2,-3\n");
        assertEquals(2, cli.run("calibrate", gaps.toString(), spec.toString(), "--out", dir.resolve("c").toString()));
        e = cli.err();
        assertTrue(e.contains("day: expected 1") && e.contains("-3 is negative"), e);
    }

    @Test
    void calibrate_badSpec_exit2NamingTheField() {
        CalibrationFixtures.base(dir, 300, 30);
        Path spec = CalibrationFixtures.write(dir, "spec.json", "{\"base\": \"base.json\", \"parameters\": ["
                + "{\"path\": \"group.sizeCapp\", \"min\": 50, \"max\": 500}]}");
        Path obs = CalibrationFixtures.write(dir, "obs.csv", "day,members\n0,10\n1,11\n");
        assertEquals(2, cli.run("calibrate", obs.toString(), spec.toString()));
        String e = cli.err();
        assertTrue(e.contains("parameters[0].path: group.sizeCapp is not a numeric scenario field; did you mean "
                + "\"group.sizeCap\"?"), e);
    }
}
