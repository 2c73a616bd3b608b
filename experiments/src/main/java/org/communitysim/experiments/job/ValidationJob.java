package org.communitysim.experiments.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.communitysim.experiments.report.ValidationCharts;
import org.communitysim.experiments.validation.ModelValidation;

/**
 * One {@code validate-model} invocation: the checks run and write their CSVs ({@code validation}), then this job
 * draws one figure per check ({@code report}), the figures of docs/validation.md.
 */
public final class ValidationJob {
    private ValidationJob() {
    }

    /** Runs every check into {@code out}; {@code progress} hears each check's name as it starts. */
    public static ModelValidation.Report run(ModelValidation.Config config, Path out, Consumer<String> progress)
            throws IOException {
        ModelValidation.Report r = ModelValidation.run(config, out, progress);
        ValidationCharts.writeAll(r.bass(), r.granovetter(), r.participation(), r.joinVsFriends(), r.referralDepth(),
                r.watts(), out);
        return r;
    }
}
