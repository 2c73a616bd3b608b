package org.communitysim.experiments.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.communitysim.model.CommunityModel;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.Outcome;
import org.communitysim.model.RunResult;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.ShippedScenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden results: every shipped scenario file, run with fixed seeds, must give exactly the committed values
 * (every summary outcome, printed so that it reads back to the same double, and a SHA-256 of every daily series'
 * bits and of the referral depths). A refactoring must leave them unchanged; an intended model change regenerates
 * them and says so in its commit:
 * {@code mvn test -pl sim,experiments -Dtest=GoldenScenariosTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true}
 * then review {@code git diff experiments/src/test/resources/golden}.
 */
class GoldenScenariosTest {
    static final int REPLICATES = 3;
    static final long MASTER_SEED = 1;

    static Stream<String> shipped() throws IOException {
        try (Stream<Path> files = Files.list(ShippedScenarios.folder())) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".json"))
                    .map(f -> f.substring(0, f.length() - ".json".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void shippedScenario_seededRuns_equalTheGoldenValues(String name) throws Exception {
        Scenario scenario = ShippedScenarios.load(name);
        String actual = fingerprint(scenario);
        Path golden = ShippedScenarios.folder().getParent().resolve("experiments/src/test/resources/golden")
                .resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.isRegularFile(golden), "no golden file " + golden + " (run with -Dgolden.update=true)");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                name + ": seeded results differ from the golden values (see the class comment to regenerate)");
    }

    /** Every output of REPLICATES seeded runs, one line per item. */
    static String fingerprint(Scenario scenario) throws NoSuchAlgorithmException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < REPLICATES; i++) {
            RunResult r = CommunityModel.run(scenario, Seeds.runSeed(MASTER_SEED, i));
            String key = "replicate " + i + " ";
            for (Outcome o : Outcome.values()) {
                lines.add(key + "outcome " + o.column() + " = " + r.summary().get(o));
            }
            for (DailyMetric m : DailyMetric.values()) {
                lines.add(key + "daily " + m.column() + " sha256 = " + sha256(r.daily().series(m)));
            }
            long[] depths = r.referralDepths();
            double[] d = new double[depths.length];
            for (int k = 0; k < depths.length; k++) {
                d[k] = depths[k];
            }
            lines.add(key + "referral_depths sha256 = " + sha256(d));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String sha256(double[] values) throws NoSuchAlgorithmException {
        ByteBuffer b = ByteBuffer.allocate(values.length * Long.BYTES);
        for (double v : values) {
            b.putLong(Double.doubleToRawLongBits(v));
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.array()));
    }

}
