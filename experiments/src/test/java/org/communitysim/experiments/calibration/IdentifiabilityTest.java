package org.communitysim.experiments.calibration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recovery study of docs/calibration.md: {@link #TRIALS} synthetic groups drawn from the model with known
 * parameters (public traffic, membership cost, buy rate), each calibrated from its members, joins, leaves, active
 * and posts. Public traffic and membership cost shape those KPIs: their true values must fall inside the 90%
 * intervals at about the nominal rate (at least 0.9 − 2·√(0.9·0.1/n) of the trials, the binomial sd's two-sigma
 * tolerance: 16 of 20). The buy rate only moves purchases, which are not observed: the calibration must say it is not
 * identified in most trials (at least 16 of 20) instead of printing a confident number.
 */
@Tag("slow")
class IdentifiabilityTest {
    static final int TRIALS = 20;
    static final List<String> PATHS = List.of("group.outsideExposure", "behaviour.state.memberCost",
            "behaviour.conversion.buyRate");
    static final double[] TRUTH = {40, 0.25, 0.02};

    @TempDir
    Path dir;

    @Test
    void calibrate_syntheticGroups_intervalsCoverTheTruthAndTheUnobservedParameterIsFlagged() throws Exception {
        CalibrationFixtures.base(dir, 500, 40);
        Path specFile = CalibrationFixtures.write(dir, "spec.json", "{\"base\": \"base.json\", \"parameters\": ["
                + "{\"path\": \"group.outsideExposure\", \"min\": 10, \"max\": 150, \"prior\": \"log-uniform\"},"
                + "{\"path\": \"behaviour.state.memberCost\", \"min\": 0.02, \"max\": 0.6},"
                + "{\"path\": \"behaviour.conversion.buyRate\", \"min\": 0.001, \"max\": 0.1, \"prior\": \"log-uniform\"}],"
                + "\"replicates\": 4, \"evaluations\": 60, \"bootstrap\": 10, \"bandReplicates\": 2, \"seed\": 11}");
        CalibrationSpec spec = CalibrationSpecs.load(specFile);
        int[] covered = new int[PATHS.size()];
        int[] identified = new int[PATHS.size()];
        StringBuilder log = new StringBuilder("trial,parameter,truth,estimate,low,high,width_share,identified\n");
        for (int t = 0; t < TRIALS; t++) {
            Path trialDir = dir.resolve("trial-" + t);
            Path obs = CalibrationFixtures.observed(trialDir, dir.resolve("base.json"), PATHS, TRUTH, 1000 + t,
                    List.of("members", "joins", "leaves", "active", "posts"));
            CalibrationResult r = Calibrator.run(spec, ObservedCsv.read(obs), 2, Ensemble.Progress.NONE);
            for (int i = 0; i < PATHS.size(); i++) {
                Estimate e = r.estimates().get(i);
                if (e.low() <= TRUTH[i] && TRUTH[i] <= e.high()) {
                    covered[i]++;
                }
                if (e.identified()) {
                    identified[i]++;
                }
                log.append(String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%s,%.3f,%s%n", t, PATHS.get(i), TRUTH[i],
                        e.value(), e.low(), e.high(), e.widthShare(), e.identified()));
            }
        }
        Path report = Path.of("target", "identifiability.csv");
        Files.createDirectories(report.getParent());
        Files.writeString(report, log);
        String summary = String.format(Locale.ROOT, "covered %s, identified %s of %d trials", 
                java.util.Arrays.toString(covered), java.util.Arrays.toString(identified), TRIALS);
        System.out.println("IdentifiabilityTest: " + summary);
        int needed = (int) Math.ceil(TRIALS * (0.9 - 2 * Math.sqrt(0.9 * 0.1 / TRIALS)));
        assertTrue(covered[0] >= needed, "public traffic: " + summary);
        assertTrue(covered[1] >= needed, "membership cost: " + summary);
        assertTrue(TRIALS - identified[2] >= needed, "buy rate flagged as not identified: " + summary);
    }
}
