package org.communitysim.experiments.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitysim.experiments.io.AtomicFiles;
import org.communitysim.experiments.io.CsvShape;
import org.communitysim.experiments.io.PhaseLog;
import org.communitysim.experiments.montecarlo.Comparisons;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.communitysim.experiments.montecarlo.Kpis;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.experiments.montecarlo.RunRow;
import org.communitysim.experiments.montecarlo.TidyCsv;
import org.communitysim.experiments.store.ParquetCopies;
import org.communitysim.experiments.store.ParquetStore;
import org.communitysim.experiments.report.HtmlReport;
import org.communitysim.experiments.report.Lang;
import org.communitysim.experiments.report.ReportModel;
import org.communitysim.experiments.stats.Decision;
import org.communitysim.experiments.report.ReportModel.ParameterDifference;
import org.communitysim.scenario.file.ScenarioFiles;
import org.communitysim.model.Outcome;
import org.communitysim.model.RunOutcome;
import org.communitysim.scenario.Scenario;

/**
 * One {@code run} or {@code compare} invocation from runs to files: run the ensemble ({@code montecarlo}), compute
 * the statistics, write the tidy rows (runs.csv, daily.csv, comparison.csv for two or more scenarios), then the report
 * ({@code report}: charts and report.html) and manifest.json into one results folder. The job is the layer above
 * both: the runner never sees a report, the report never runs anything. Every file is written atomically;
 * manifest.json is written last, so a folder with a manifest is complete.
 */
public final class MonteCarloJob {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * What to run and where to write.
     *
     * @param scenarios  the scenarios (resolved), in order
     * @param replicates replicates per scenario
     * @param masterSeed master seed
     * @param threads    worker threads (results do not depend on it)
     * @param keepSeries also write every run's daily series
     * @param bootstrap  confidence intervals of scenario means by bootstrap percentile instead of Student t
     * @param lang       report language
     * @param outDir     results folder
     * @param command    the command line that reproduces this invocation
     * @param version    engine version
     */
    public record Spec(List<Scenario> scenarios, int replicates, long masterSeed, int threads, boolean keepSeries,
            boolean bootstrap, Lang lang, Path outDir, String command, String version, Question question,
            Outputs outputs) {

        /** A plain comparison of every pair, no goal, every file. */
        public Spec(List<Scenario> scenarios, int replicates, long masterSeed, int threads, boolean keepSeries,
                boolean bootstrap, Lang lang, Path outDir, String command, String version) {
            this(scenarios, replicates, masterSeed, threads, keepSeries, bootstrap, lang, outDir, command, version,
                    Question.NONE, Outputs.ALL);
        }
    }

    /**
     * What the user asks of a comparison.
     *
     * @param goal     the outcome to decide on ({@code --goal}), or null: then the answer gives the trade-offs
     * @param baseline whether the first scenario is a baseline and the others variants of it ({@code --vary}): each
     *                 variant is compared with the baseline only, as variant − baseline
     */
    public record Question(RunOutcome goal, boolean baseline) {
        public static final Question NONE = new Question(null, false);
    }

    /**
     * Which files beyond the CSVs and the manifest are written.
     *
     * @param report report.html ({@code --no-report}: neither report nor charts)
     * @param charts the charts folder and the charts in the report ({@code --no-charts})
     */
    public record Outputs(boolean report, boolean charts) {
        public static final Outputs ALL = new Outputs(true, true);
    }

    /** What the invocation produced: the report model (for the terminal) and the files written. */
    public record Produced(ReportModel report, List<Path> files) {
    }

    private MonteCarloJob() {
    }

    public static Produced run(Spec spec, Ensemble.Progress progress) throws IOException, InterruptedException {
        try (Prewarm warm = Prewarm.start(spec.outputs(), spec.lang())) {
            long t0 = System.nanoTime();
            Ensemble.Result result = Ensemble.run(spec.scenarios(), spec.replicates(), spec.masterSeed(),
                    spec.threads(), spec.keepSeries(), progress);
            double wall = (System.nanoTime() - t0) / 1e9;
            PhaseLog.mark("runs");
            return write(spec, result, wall, true);
        }
    }

    /**
     * Everything after the runs: statistics, the CSV files, the charts, report.html and manifest.json (last).
     * A distributed runner that has its executors write the per-run rows passes {@code runsCsv} false.
     *
     * @param result  the ensemble's runs (daily series only with {@code keepSeries})
     * @param wall    wall time of the runs, in seconds
     * @param runsCsv whether to write runs.csv
     */
    public static Produced write(Spec spec, Ensemble.Result result, double wall, boolean runsCsv) throws IOException {
        List<ScenarioRuns> runs = result.scenarios();
        // four families per pair: the decision table's key outcomes (a --goal outside them joins them: the table
        // shows the row the answer is about), the money outcomes (so that declaring money leaves the behavioural
        // outcomes' intervals and verdicts unchanged), and the other outcomes of comparison.csv
        List<Outcome> family = new ArrayList<>(Kpis.KEY);
        RunOutcome goal = spec.question().goal();
        if (goal instanceof Outcome builtIn && !family.contains(builtIn)) {
            family.add(builtIn); // a custom goal is in the custom outcomes' family, which joins the table anyway
        }
        List<Outcome> money = new ArrayList<>(Outcome.MONEY_FAMILY);
        money.removeAll(family);
        // a fourth: the outcomes of a world of many groups (docs/model.md §4.12), for the same reason
        List<Outcome> groups = new ArrayList<>(Outcome.GROUPS_FAMILY);
        groups.removeAll(family);
        List<Outcome> others = new ArrayList<>(List.of(Outcome.values()));
        others.removeAll(family);
        others.removeAll(money);
        others.removeAll(groups);
        List<Decision> key = new ArrayList<>(compare(spec, runs, family));
        List<Decision> rest = new ArrayList<>(compare(spec, runs, others));
        rest.addAll(compare(spec, runs, money));
        rest.addAll(compare(spec, runs, groups));
        List<Decision> all = new ArrayList<>(key);
        all.addAll(rest);
        List<String> pairOrder = all.stream().map(d -> d.a() + "\u0000" + d.b()).distinct().toList();
        java.util.Comparator<Decision> byPair = java.util.Comparator.comparingInt(
                d -> pairOrder.indexOf(d.a() + "\u0000" + d.b()));
        // a fifth family: the custom outcomes every scenario defines identically (docs/scenarios.md "Custom
        // outcomes"), so that defining one leaves the built-in outcomes' intervals and verdicts unchanged. They join
        // the decision table (after the KPIs of each pair) and so the answer.
        List<Decision> custom = compare(spec, runs, TidyCsv.custom(runs));
        if (!custom.isEmpty()) {
            key.addAll(custom);
            key.sort(byPair); // stable: each pair's KPIs in table order, then its custom outcomes
            all.addAll(custom);
        }
        all.sort(byPair.thenComparingInt(d -> d.outcome().index()));
        String title = String.join(" vs ", runs.stream().map(r -> r.scenario().name()).toList());
        ReportModel report = new ReportModel(title, spec.command(), spec.masterSeed(), spec.replicates(), wall,
                spec.version(), runs, differences(spec.scenarios()), key, goal,
                spec.question().baseline() ? runs.get(0).scenario().name() : null, rest);
        PhaseLog.mark("statistics");

        Path out = spec.outDir();
        List<Path> files = new ArrayList<>();
        // the Parquet copies are written on a background thread while the charts and the report are drawn; the
        // manifest, last, waits for them (a folder with a manifest is complete)
        try (ParquetCopies parquet = new ParquetCopies(out)) {
            if (runsCsv) {
                tidy(files, parquet, out.resolve("runs.csv"), TidyCsv.writeRuns(out.resolve("runs.csv"), runs));
            } else {
                // the per-run rows live in a distributed runner's part files; their Parquet copy is written here
                ParquetStore.write(out.resolve("runs.parquet"), RunRow.TABLE, TidyCsv.runRows(runs));
                files.add(out.resolve("runs.parquet"));
            }
            tidy(files, parquet, out.resolve("daily.csv"), TidyCsv.writeDaily(out.resolve("daily.csv"), runs));
            if (spec.keepSeries()) {
                tidy(files, parquet, out.resolve("daily_runs.csv"),
                        TidyCsv.writeDailyRuns(out.resolve("daily_runs.csv"), runs, result.series()));
            }
            // the groups (docs/model.md §4.12): one row per group of every run, and their survival curve (both
            // runners, local and Spark, collect them; runs built from outcomes alone have none and write neither)
            if (runs.stream().anyMatch(r -> !r.groups().rows().isEmpty())) {
                tidy(files, parquet, out.resolve("groups.csv"), TidyCsv.writeGroups(out.resolve("groups.csv"), runs));
                tidy(files, parquet, out.resolve("survival.csv"),
                        TidyCsv.writeSurvival(out.resolve("survival.csv"), runs));
            }
            if (spec.keepSeries() && result.groupSeries() != null
                    && runs.stream().anyMatch(r -> r.groups().manyGroups())) {
                tidy(files, parquet, out.resolve("group_daily.csv"),
                        TidyCsv.writeGroupDaily(out.resolve("group_daily.csv"), runs, result.groupSeries()));
            }
            if (runs.stream().anyMatch(ScenarioRuns::hasActions)) {
                tidy(files, parquet, out.resolve("actions.csv"), TidyCsv.writeActions(out.resolve("actions.csv"), runs));
            }
            if (runs.size() > 1) {
                tidy(files, parquet, out.resolve("comparison.csv"),
                        TidyCsv.writeComparison(out.resolve("comparison.csv"), all));
            }
            if (spec.outputs().report()) {
                HtmlReport.write(report, spec.lang(), out, spec.outputs().charts());
                files.add(out.resolve("report.html"));
                PhaseLog.mark("report");
            }
            parquet.finish();
            PhaseLog.mark("parquet copies");
        }
        writeManifest(spec, wall, files);
        PhaseLog.mark("manifest");
        files.add(out.resolve("manifest.json"));
        return new Produced(report, files);
    }

    /** Lists a written CSV file and queues its Parquet copy (docs/outputs.md, "Parquet"). */
    private static void tidy(List<Path> files, ParquetCopies parquet, Path csv, CsvShape shape) {
        files.add(csv);
        PhaseLog.mark(csv.getFileName().toString());
        files.add(parquet.besideCsv(csv, shape));
    }

    private static List<Decision> compare(Spec spec, List<ScenarioRuns> runs,
            List<? extends org.communitysim.model.RunOutcome> family) {
        return spec.question().baseline()
                ? Comparisons.againstBaseline(runs, family, spec.bootstrap(), spec.masterSeed())
                : Comparisons.all(runs, family, spec.bootstrap(), spec.masterSeed());
    }

    private static void writeManifest(Spec spec, double wall, List<Path> files) throws IOException {
        ObjectNode m = JSON.createObjectNode();
        m.put("tool", "community-sim");
        m.put("version", spec.version());
        m.put("command", spec.command());
        m.put("master_seed", spec.masterSeed());
        m.put("replicates", spec.replicates());
        m.put("threads", spec.threads());
        m.put("seed_rule", "run seed of replicate r = Seeds.runSeed(master_seed, r) = mix64(master_seed + (r + 1) * 0x9E3779B97F4A7C15)");
        m.put("wall_seconds", Math.round(wall * 1000) / 1000.0);
        m.put("java", System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        m.put("bootstrap_ci", spec.bootstrap());
        m.put("language", spec.lang().name().toLowerCase(java.util.Locale.ROOT));
        if (spec.question().goal() != null) {
            m.put("goal", spec.question().goal().column());
        }
        if (spec.question().baseline()) {
            m.put("baseline", spec.scenarios().get(0).name());
        }
        ArrayNode scenarios = m.putArray("scenarios");
        for (Scenario s : spec.scenarios()) {
            scenarios.add(JSON.readTree(ScenarioFiles.toJson(s)));
        }
        ArrayNode list = m.putArray("files");
        for (Path f : files) {
            list.add(spec.outDir().relativize(f).toString());
        }
        AtomicFiles.writeString(spec.outDir().resolve("manifest.json"), JSON.writeValueAsString(m) + "\n");
    }

    /** The parameters (JSON paths) whose values differ between the scenarios; name and description excluded. */
    static List<ParameterDifference> differences(List<Scenario> scenarios) {
        List<Map<String, String>> flat = new ArrayList<>();
        for (Scenario s : scenarios) {
            Map<String, String> f = new LinkedHashMap<>();
            try {
                flatten("", JSON.readTree(ScenarioFiles.toJson(s)), f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            f.remove("name");
            f.remove("description");
            f.remove("descriptionZh");
            flat.add(f);
        }
        // every path of any scenario, in first-seen order (a field may exist in one scenario only)
        java.util.Set<String> paths = new java.util.LinkedHashSet<>();
        flat.forEach(f -> paths.addAll(f.keySet()));
        List<ParameterDifference> diffs = new ArrayList<>();
        for (String path : paths) {
            List<String> values = new ArrayList<>();
            for (Map<String, String> f : flat) {
                values.add(f.getOrDefault(path, ""));
            }
            if (values.stream().distinct().count() > 1) {
                diffs.add(new ParameterDifference(path, values));
            }
        }
        return diffs;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (node.isArray()) { // a list (the playbook, seed ids) differs as a whole: its compact JSON
            out.put(prefix, node.toString());
        } else {
            out.put(prefix, node.isNull() ? "null" : node.asText());
        }
    }
}
