package org.communitysim.experiments.serve;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.communitysim.experiments.io.AtomicFiles;
import org.communitysim.experiments.job.MonteCarloJob;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.communitysim.experiments.report.Lang;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.ScenarioFiles;

/**
 * Turns a live session into a reproducible experiment: each strategy's resolved scenario file, and the results folder
 * that {@code community-sim compare} (or {@code run}) writes for those files with the session's seed, written by the
 * same {@link MonteCarloJob} the command line calls. The live run is replicate 0 of that experiment
 * ({@code Seeds.runSeed(seed, 0)}). Everything goes into a new folder under the results folder.
 */
final class Export {
    /** What was written and the command line that writes the same results again. */
    record Written(Path folder, List<Path> scenarioFiles, List<Path> files, String command) {
    }

    private Export() {
    }

    static Written write(List<Scenario> scenarios, long seed, int replicates, Lang lang, Path resultsRoot,
            String version, int threads) throws IOException, InterruptedException {
        Path folder = newFolder(resultsRoot);
        List<Path> scenarioFiles = new ArrayList<>();
        StringBuilder command = new StringBuilder("community-sim ")
                .append(scenarios.size() == 1 ? "run" : "compare");
        for (Scenario s : scenarios) {
            Path file = folder.resolve("scenarios").resolve(s.name().replaceAll("[^A-Za-z0-9_.-]", "_") + ".json");
            AtomicFiles.writeString(file, ScenarioFiles.toJson(s));
            scenarioFiles.add(file);
            command.append(' ').append(file);
        }
        command.append(" --replicates ").append(replicates).append(" --seed ").append(seed)
                .append(" --lang ").append(lang.name().toLowerCase(java.util.Locale.ROOT));
        MonteCarloJob.Spec spec = new MonteCarloJob.Spec(scenarios, replicates, seed, threads, false, false, lang,
                folder, command.toString(), version);
        MonteCarloJob.Produced produced = MonteCarloJob.run(spec, Ensemble.Progress.NONE);
        return new Written(folder, scenarioFiles, produced.files(), command.toString());
    }

    /** results/live-<timestamp>, created atomically so two exports in the same second never share it. */
    private static Path newFolder(Path root) throws IOException {
        Files.createDirectories(root);
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        for (int i = 1; ; i++) {
            Path p = root.resolve("live-" + stamp + (i == 1 ? "" : "-" + i));
            try {
                Files.createDirectory(p);
                return p;
            } catch (FileAlreadyExistsException e) {
                // taken by an earlier export this second: try the next suffix
            }
        }
    }
}
