package org.communitysim.experiments.calibration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communitysim.model.CommunityModel;
import org.communitysim.model.RunResult;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.InputException;
import org.communitysim.scenario.file.ScenarioDraft;

/**
 * Small calibrations for tests: a tiny base (the reference group in a town of {@code population} people, a short
 * horizon), specs around it, and observed CSVs drawn from the model with known parameters.
 */
public final class CalibrationFixtures {
    private CalibrationFixtures() {
    }

    public static Path base(Path dir, int population, int days) {
        Path shipped = Path.of("..", "scenarios", "reference.json").toAbsolutePath().normalize();
        return write(dir, "base.json", "{\"extends\": \"" + shipped.toString().replace("\\", "\\\\")
                + "\", \"population\": {\"size\": " + population + "}, \"horizonDays\": " + days + "}");
    }

    public static Path write(Path dir, String name, String text) {
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One run of the base with the given fields set, written as an observed CSV of the given columns: what a real
     * group's dashboard would export, made by the model with parameters the calibration does not know.
     */
    public static Path observed(Path dir, Path base, List<String> paths, double[] values, long seed, List<String> columns)
            throws InputException {
        ScenarioDraft d = ScenarioDraft.resolve(base);
        for (int i = 0; i < paths.size(); i++) {
            d.set(paths.get(i), values[i], "truth");
        }
        Scenario s = d.bind();
        RunResult r = CommunityModel.run(s, seed);
        StringBuilder sb = new StringBuilder("day");
        for (String c : columns) {
            sb.append(',').append(c);
        }
        sb.append('\n');
        double[][] cols = new double[columns.size()][];
        for (int k = 0; k < cols.length; k++) {
            cols[k] = ObservedKpi.of(columns.get(k)).orElseThrow().series(r.daily(), s.horizonDays());
        }
        for (int day = 0; day < s.horizonDays(); day++) {
            sb.append(day);
            for (double[] col : cols) {
                sb.append(',').append((long) col[day]);
            }
            sb.append('\n');
        }
        return write(dir, "observed.csv", sb.toString());
    }
}
