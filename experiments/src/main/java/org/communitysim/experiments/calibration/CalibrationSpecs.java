package org.communitysim.experiments.calibration;

import java.nio.file.Path;
import java.util.List;
import org.communitysim.experiments.search.SearchParameter;
import org.communitysim.experiments.search.SpecReader;
import org.communitysim.scenario.file.InputException;

/** Reads and validates calibration specs; every problem together, each naming the file and the JSON path. */
public final class CalibrationSpecs {
    static final List<String> KEYS = List.of("name", "description", "base", "parameters", "replicates", "evaluations",
            "bootstrap", "bootstrapEvaluations", "level", "identifiedWidth", "bandReplicates", "seed");

    private CalibrationSpecs() {
    }

    public static CalibrationSpec load(Path file) throws InputException {
        SpecReader r = SpecReader.open(file, "calibration spec", KEYS);
        String name = r.text("name", r.baseName());
        String description = r.text("description", "");
        Path base = r.base();
        List<SearchParameter> parameters = r.parameters("parameters", "prior", List.of("uniform", "log-uniform"));
        int replicates = r.integer("replicates", 8, 1, 10_000);
        int evaluations = r.integer("evaluations", 100, 1, 1_000_000);
        int bootstrap = r.integer("bootstrap", 20, 2, 100_000);
        int bootstrapEvaluations = r.integer("bootstrapEvaluations", evaluations, 1, 1_000_000);
        double level = r.number(r.root().get("level"), "level", 0.9, 0.5, 0.99, "a number in [0.5, 0.99]");
        double identifiedWidth = r.number(r.root().get("identifiedWidth"), "identifiedWidth", 0.5, 0.01, 1,
                "a share of the range in [0.01, 1]");
        int bandReplicates = r.integer("bandReplicates", 40, 2, 100_000);
        long seed = r.seed();
        r.throwIfProblems();
        return new CalibrationSpec(file, name, description, base, r.baseDraft(), parameters, replicates, evaluations,
                bootstrap, bootstrapEvaluations, level, identifiedWidth, bandReplicates, seed);
    }
}
