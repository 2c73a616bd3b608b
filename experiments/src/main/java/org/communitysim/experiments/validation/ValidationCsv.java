package org.communitysim.experiments.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.communitysim.experiments.io.Csv;
import org.communitysim.experiments.io.CsvCells;
import org.communitysim.experiments.io.CsvTable;

/**
 * The CSV files of {@code validate-model} (docs/validation.md): summary.csv, one row per {@link Measure}, and one
 * table per check, each row read off the check's result. Numbers carry six significant digits ({@link #num}), as
 * the figures' captions quote them.
 */
final class ValidationCsv {
    private ValidationCsv() {
    }

    static void writeAll(ModelValidation.Report r, Path out) throws IOException {
        BassCheck.Result bass = r.bass();
        GranovetterCheck.Result riot = r.granovetter();
        ParticipationCheck.Result participation = r.participation();
        JoinVsFriendsCheck.Result friends = r.joinVsFriends();
        ReferralDepthCheck.Result depth = r.referralDepth();
        WattsCheck.Result watts = r.watts();
        Csv.write(out.resolve("summary.csv"), CsvTable.of(
                List.of("check", "measure", "value", "allowed_low", "allowed_high", "pass", "criterion"),
                (Measure m, CsvCells row) -> row.text(m.check()).text(m.name()).formatted(num(m.value()))
                        .formatted(num(m.low())).formatted(num(m.high()))
                        .text(m.informational() ? "info" : Boolean.toString(m.passed())).text(m.note())),
                r.measures().stream());
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
                (Integer i, CsvCells row) -> row.integer(i).formatted(num(participation.top10()[i]))
                        .formatted(num(participation.top1()[i])).formatted(num(participation.never()[i]))
                        .formatted(num(participation.gini()[i])).formatted(num(participation.members()[i]))),
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
    }

    /** Six significant digits; NaN as NA, infinities as Inf/-Inf. */
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
