package org.communitysim.experiments.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.communitysim.experiments.io.AtomicFiles;
import org.communitysim.experiments.io.Csv;
import org.communitysim.experiments.io.CsvCells;
import org.communitysim.experiments.io.CsvTable;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.communitysim.experiments.optimisation.Comparison;
import org.communitysim.experiments.optimisation.Constraint;
import org.communitysim.experiments.optimisation.Evaluated;
import org.communitysim.experiments.optimisation.OptimisationResult;
import org.communitysim.experiments.optimisation.OptimisationSpec;
import org.communitysim.experiments.optimisation.Optimiser;
import org.communitysim.experiments.report.Lang;
import org.communitysim.experiments.report.OptimisationReport;
import org.communitysim.experiments.search.SearchJournal;
import org.communitysim.experiments.search.SearchParameter;
import org.communitysim.scenario.file.InputException;

/**
 * One {@code optimise} invocation from the search to files: trace.csv, candidates.csv, best.json (the best candidate as
 * a scenario file extending the base), {@code compare/} (the final paired comparison, written by the same code as
 * {@code compare}: {@link MonteCarloJob#write}), report.html, then manifest.json last; every file atomically.
 */
public final class OptimisationJob {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private OptimisationJob() {
    }

    /** The resolved spec and its hash, written first: what a resume must match (docs/optimisation.md "Resume"). */
    public static final String SPEC_FILE = "optimise.json";

    public static OptimisationResult run(OptimisationSpec spec, Path dir, int threads, String command, String version,
            Lang lang, Ensemble.Progress progress) throws IOException, InterruptedException, InputException {
        return run(spec, dir, false, threads, command, version, lang, progress);
    }

    /**
     * Runs the optimisation into {@code dir} with a journal of its evaluations ({@link SearchJournal}): a new one, or
     * with {@code resume} the one an interrupted run left there, whose evaluations are taken instead of run. The
     * files written at the end are the same bytes either way (report.html and manifest.json but for wall times).
     */
    public static OptimisationResult run(OptimisationSpec spec, Path dir, boolean resume, int threads, String command,
            String version, Lang lang, Ensemble.Progress progress)
            throws IOException, InterruptedException, InputException {
        OptimisationResult r;
        try (SearchJournal journal = SearchJournal.open(dir, resume, "optimise", SPEC_FILE,
                Optimiser.resolvedSpec(spec), Optimiser.journalColumns(spec), spec.levers().size())) {
            r = Optimiser.run(spec, threads, progress, journal);
        }
        write(r, dir, threads, command, version, lang);
        return r;
    }

    static void write(OptimisationResult r, Path dir, int threads, String command, String version, Lang lang)
            throws IOException {
        OptimisationSpec spec = r.spec();
        List<SearchParameter> levers = spec.levers();
        List<String> traceColumns = new ArrayList<>(List.of("evaluation"));
        levers.forEach(p -> traceColumns.add(p.path()));
        traceColumns.add("objective");
        spec.constraints().forEach(c -> traceColumns.add("mean_" + c.outcome().column()));
        traceColumns.add("feasible");
        Csv.write(dir.resolve("trace.csv"), CsvTable.of(traceColumns, (Evaluated e, CsvCells out) -> out
                .integer(e.index()).numbers(e.values()).number(e.objective()).numbers(e.constraintMeans())
                .text(Boolean.toString(e.feasible()))), r.trace().stream());

        List<String> candColumns = new ArrayList<>(List.of("rank", "scenario"));
        levers.forEach(p -> candColumns.add(p.path()));
        candColumns.addAll(List.of("objective_search", "objective_fresh", "objective_base", "objective_compare",
                "difference", "ci_low", "ci_high", "p", "prob_better"));
        spec.constraints().forEach(c -> candColumns.add("mean_" + c.outcome().column()));
        candColumns.addAll(List.of("feasible", "verdict"));
        Csv.write(dir.resolve("candidates.csv"), CsvTable.of(candColumns, (Integer i, CsvCells out) -> {
            Comparison c = r.comparisons().get(i);
            Evaluated fresh = r.shortlist().get(i);
            out.integer(i + 1).text(c.candidate()).numbers(r.chosenValues().get(i))
                    .number(r.trace().get(fresh.index()).objective()).number(fresh.objective()).number(c.baseValue())
                    .number(c.candidateValue()).number(c.difference()).number(c.ciLow()).number(c.ciHigh())
                    .number(c.p()).number(c.probBetter()).numbers(c.constraintMeans())
                    .text(Boolean.toString(c.feasible())).text(c.verdict().name().toLowerCase(Locale.ROOT));
        }), IntStream.range(0, r.comparisons().size()).boxed());

        if (!r.chosenValues().isEmpty()) {
            AtomicFiles.writeString(dir.resolve("best.json"), bestScenario(r, dir));
        }
        Path compareDir = dir.resolve("compare");
        Files.createDirectories(compareDir);
        long compareSeed = org.communitysim.random.Seeds.streamSeed(spec.seed(), "optimise-compare");
        MonteCarloJob.write(new MonteCarloJob.Spec(r.chosen(), spec.compareReplicates(), compareSeed, threads, false,
                false, lang, compareDir, command + "  # its final comparison", version), r.compare(), r.wallSeconds(),
                true);
        OptimisationReport.write(r, command, lang, dir);

        ObjectNode m = JSON.createObjectNode();
        m.put("tool", "community-sim");
        m.put("version", version);
        m.put("command", command);
        m.put("spec", spec.file().toString());
        m.put("base", spec.base().toString());
        m.put("objective", spec.objective().describe() + (spec.objective().maximise() ? ", maximised" : ", minimised"));
        ArrayNode cs = m.putArray("constraints");
        spec.constraints().stream().map(Constraint::toString).forEach(cs::add);
        m.put("master_seed", spec.seed());
        m.put("replicates", spec.replicates());
        m.put("evaluations", spec.evaluations());
        m.put("reevaluation_replicates", spec.reevaluationReplicates());
        m.put("compare_replicates", spec.compareReplicates());
        m.put("compare_master_seed", compareSeed);
        m.put("runs", r.runs());
        m.put("wall_seconds", Math.round(r.wallSeconds() * 1000) / 1000.0);
        m.put("java", System.getProperty("java.version"));
        m.put("language", lang.name().toLowerCase(Locale.ROOT));
        ArrayNode files = m.putArray("files");
        for (String f : List.of(SPEC_FILE, SearchJournal.FILE, "trace.csv", "candidates.csv", "best.json", "compare/",
                "report.html")) {
            files.add(f);
        }
        AtomicFiles.writeString(dir.resolve("manifest.json"), JSON.writeValueAsString(m) + "\n");
    }

    /** The best candidate as a scenario file extending the base (by its path relative to the results folder). */
    static String bestScenario(OptimisationResult r, Path dir) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        Path base = r.spec().base().toAbsolutePath().normalize();
        root.put("extends", dir.toAbsolutePath().normalize().relativize(base).toString().replace('\\', '/'));
        root.put("name", r.spec().name() + "-best");
        double[] values = r.chosenValues().get(0);
        root.put("description", "Best strategy found by optimise (" + switch (r.comparisons().get(0).verdict()) {
            case BETTER -> "better than the base";
            case WORSE -> "worse than the base";
            case NOT_SURE -> "not surely better than the base";
        } + "): " + Optimiser.describe(r.spec().levers(), values));
        org.communitysim.experiments.search.LeverFile.put(root, r.spec().baseDraft(), r.spec().levers(), values);
        return JSON.writeValueAsString(root) + "\n";
    }
}
