package org.communitysim.experiments.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.communitysim.experiments.io.Csv;
import org.communitysim.experiments.io.CsvCells;
import org.communitysim.experiments.io.CsvTable;

/**
 * {@code community-sim validate-model}: runs the six verification checks against classic results and writes
 * summary.csv (every measured number with what is allowed) and one CSV per check; the job above
 * ({@code job.ValidationJob}) adds one figure per check (PNG and SVG). docs/validation.md shows these figures; the
 * same checks run as tests.
 */
public final class ModelValidation {

    /**
     * What to run.
     *
     * @param runs       replicates of each stochastic check (Bass, participation, referral depth, join vs friends;
     *                   twice as many per mean degree for the Watts window)
     * @param seed       master seed
     * @param threads    worker threads (results do not depend on it)
     * @param population persons in the participation, depth, join-vs-friends and Watts checks
     * @param bassPopulation persons in the Bass check
     */
    public record Config(int runs, long seed, int threads, int population, int bassPopulation) {
        public static Config standard(int threads) {
            return new Config(30, 42, threads, 10_000, 10_000);
        }
    }

    /** Every check's results and the measures taken from them. */
    public record Report(BassCheck.Result bass, GranovetterCheck.Result granovetter, ParticipationCheck.Result participation,
            JoinVsFriendsCheck.Result joinVsFriends, ReferralDepthCheck.Result referralDepth, WattsCheck.Result watts,
            List<Measure> measures) {

        public boolean passed() {
            return measures.stream().allMatch(Measure::passed);
        }
    }

    private ModelValidation() {
    }

    /** Runs every check and writes its CSVs into {@code out}; {@code progress} hears each check's name as it starts. */
    public static Report run(Config c, Path out, Consumer<String> progress) throws IOException {
        progress.accept(BassCheck.ID);
        BassCheck.Result bass = BassCheck.run(c.bassPopulation(), c.runs(), c.seed(), c.threads());
        progress.accept(GranovetterCheck.ID);
        GranovetterCheck.Result riot = GranovetterCheck.run(c.seed());
        progress.accept(ParticipationCheck.ID);
        ParticipationCheck.Result participation = ParticipationCheck.run(c.population(), c.runs(), c.seed(), c.threads());
        progress.accept(JoinVsFriendsCheck.ID);
        JoinVsFriendsCheck.Result friends = JoinVsFriendsCheck.run(c.population(), c.runs(), c.seed(), c.threads());
        progress.accept(ReferralDepthCheck.ID);
        ReferralDepthCheck.Result depth = ReferralDepthCheck.run(c.population(), c.runs(), c.seed(), c.threads());
        progress.accept(WattsCheck.ID);
        WattsCheck.Result watts = WattsCheck.run(c.population(), WattsCheck.DEGREES, 2 * c.runs(), c.seed(), c.threads());

        List<Measure> measures = new ArrayList<>();
        measures.addAll(bass.measures());
        measures.addAll(riot.measures());
        measures.addAll(participation.measures());
        measures.addAll(friends.measures());
        measures.addAll(depth.measures());
        measures.addAll(watts.measures());

        Csv.write(out.resolve("summary.csv"), CsvTable.of(
                List.of("check", "measure", "value", "allowed_low", "allowed_high", "pass", "criterion"),
                (Measure m, CsvCells row) -> row.text(m.check()).text(m.name()).formatted(num(m.value()))
                        .formatted(num(m.low())).formatted(num(m.high()))
                        .text(m.informational() ? "info" : Boolean.toString(m.passed())).text(m.note())),
                measures.stream());
        Csv.write(out.resolve("bass.csv"), CsvTable.of(
                List.of("year", "mean_share", "theory", "min_share", "max_share"),
                (Integer y, CsvCells row) -> {
                    double[] runs = bass.yearShares()[y - 1];
                    row.integer(y).formatted(num(bass.meanAtYear(y))).formatted(num(bass.theoryAtYear(y)))
                            .formatted(num(Arrays.stream(runs).min().orElse(Double.NaN)))
                            .formatted(num(Arrays.stream(runs).max().orElse(Double.NaN)));
                }), IntStream.rangeClosed(1, BassCheck.YEARS).boxed());
        Csv.write(out.resolve("granovetter.csv"), CsvTable.of(
                List.of("day", "members_uniform", "members_perturbed"),
                (Integer d, CsvCells row) -> row.integer(d).integer((long) riot.uniform()[d])
                        .integer((long) riot.perturbed()[d])),
                IntStream.range(0, riot.uniform().length).boxed());
        Csv.write(out.resolve("participation.csv"), CsvTable.of(
                List.of("replicate", "top10_share", "top1_share", "never_posted_share", "gini_posts", "members_measured"),
                (Integer r, CsvCells row) -> row.integer(r).formatted(num(participation.top10()[r]))
                        .formatted(num(participation.top1()[r])).formatted(num(participation.never()[r]))
                        .formatted(num(participation.gini()[r])).formatted(num(participation.members()[r]))),
                IntStream.range(0, participation.top10().length).boxed());
        Csv.write(out.resolve("join-vs-friends.csv"), CsvTable.of(
                List.of("k", "exposures", "joins", "p_join", "exposures_tied", "joins_tied", "exposures_untied",
                        "joins_untied"),
                (Integer k, CsvCells row) -> row.text(k == JoinVsFriendsCheck.K_MAX ? k + "+" : Integer.toString(k))
                        .integer(friends.exposures(k)).integer(friends.joins(k)).formatted(num(friends.p(k)))
                        .integer(friends.exposuresTied()[k]).integer(friends.joinsTied()[k])
                        .integer(friends.exposuresUntied()[k]).integer(friends.joinsUntied()[k])),
                IntStream.rangeClosed(1, JoinVsFriendsCheck.K_MAX).boxed());
        long total = depth.total();
        Csv.write(out.resolve("referral-depth.csv"), CsvTable.of(
                List.of("depth", "referral_joins", "share"),
                (Integer d, CsvCells row) -> row.integer(d + 1).integer(depth.byDepth()[d])
                        .formatted(num((double) depth.byDepth()[d] / total))),
                IntStream.range(0, depth.byDepth().length).boxed());
        Csv.write(out.resolve("watts-window.csv"), CsvTable.of(
                List.of("mean_degree", "runs", "global_cascades", "frequency", "mean_global_size"),
                (Integer i, CsvCells row) -> row.formatted(num(watts.degrees()[i])).integer(watts.runs()[i])
                        .integer(watts.global()[i]).formatted(num(watts.frequency(i)))
                        .formatted(num(watts.meanGlobalSize()[i]))),
                IntStream.range(0, watts.degrees().length).boxed());
        return new Report(bass, riot, participation, friends, depth, watts, measures);
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
