package org.communitysim.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitysim.model.CommunityModel;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.RunResult;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.file.ShippedScenarios;
import org.communitysim.scenario.Scenario;

/**
 * Dumps every output of a fixed set of runs (summary values, all daily series, referral depths) as exact
 * bit patterns, one line per run and item. An optimisation of the hot loop must leave this file unchanged:
 * {@code java -cp benchmarks/target/benchmarks.jar org.communitysim.benchmarks.OutputFingerprint out.txt}.
 */
public final class OutputFingerprint {
    private OutputFingerprint() {
    }

    /**
     * The shipped scenarios fingerprinted, in a fixed order (the order of the former Java presets, so fingerprints
     * taken before and after the scenarios became files only compare line for line).
     */
    public static final List<String> SHIPPED = List.of("reference", "big-open-group", "small-curated-group", "kol-led-group",
            "kol-leaves-day-60", "referral-reward", "promotion-heavy-feed", "low-cadence", "steady-weekly-events");

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "fingerprint.txt");
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        SHIPPED.forEach(name -> scenarios.put(name, ShippedScenarios.load(name)));
        scenarios.put("steady-state-1000", Workloads.steadyState(1_000));
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (Map.Entry<String, Scenario> e : scenarios.entrySet()) {
                for (int i = 0; i < 5; i++) {
                    RunResult r = CommunityModel.run(e.getValue(), Seeds.runSeed(1, i));
                    String key = e.getKey() + " " + i;
                    w.println(key + " summary " + bits(r.summary().values()));
                    for (DailyMetric m : DailyMetric.values()) {
                        w.println(key + " " + m.column() + " " + bits(r.daily().series(m)));
                    }
                    w.println(key + " depths " + Arrays.toString(r.referralDepths()));
                }
            }
        }
        System.out.println("wrote " + out);
    }

    private static String bits(double[] v) {
        StringBuilder sb = new StringBuilder(v.length * 17);
        for (double d : v) {
            sb.append(Long.toHexString(Double.doubleToRawLongBits(d))).append(',');
        }
        return sb.toString();
    }
}
