package org.communitysim.experiments.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.communitysim.experiments.io.AtomicFiles;
import org.communitysim.experiments.report.Charts;
import org.communitysim.experiments.report.ValidationCharts;

/**
 * {@code community-sim validate-model}: runs the six verification checks against classic results and writes
 * summary.csv (every measured number with what is allowed), one CSV per check, and one figure per check
 * (PNG and SVG). docs/validation.md shows these figures; the same checks run as tests.
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
            List<Measure> measures,
            List<Charts.Drawn> figures) {

        public boolean passed() {
            return measures.stream().allMatch(Measure::passed);
        }
    }

    private ModelValidation() {
    }

    /** Runs every check; {@code progress} hears each check's name as it starts. */
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

        AtomicFiles.writeText(out.resolve("summary.csv"), w -> {
            w.write("check,measure,value,allowed_low,allowed_high,pass,criterion\n");
            for (Measure m : measures) {
                w.write(String.join(",", m.check(), csv(m.name()), num(m.value()), num(m.low()), num(m.high()),
                        m.informational() ? "info" : Boolean.toString(m.passed()), csv(m.note())) + "\n");
            }
        });
        AtomicFiles.writeText(out.resolve("bass.csv"), w -> {
            w.write("year,mean_share,theory,min_share,max_share\n");
            for (int y = 1; y <= BassCheck.YEARS; y++) {
                double[] runs = bass.yearShares()[y - 1];
                w.write(y + "," + num(bass.meanAtYear(y)) + "," + num(bass.theoryAtYear(y)) + ","
                        + num(java.util.Arrays.stream(runs).min().orElse(Double.NaN)) + ","
                        + num(java.util.Arrays.stream(runs).max().orElse(Double.NaN)) + "\n");
            }
        });
        AtomicFiles.writeText(out.resolve("granovetter.csv"), w -> {
            w.write("day,members_uniform,members_perturbed\n");
            for (int d = 0; d < riot.uniform().length; d++) {
                w.write(d + "," + (long) riot.uniform()[d] + "," + (long) riot.perturbed()[d] + "\n");
            }
        });
        AtomicFiles.writeText(out.resolve("participation.csv"), w -> {
            w.write("replicate,top10_share,top1_share,never_posted_share,gini_posts,members_measured\n");
            for (int r = 0; r < participation.top10().length; r++) {
                w.write(r + "," + num(participation.top10()[r]) + "," + num(participation.top1()[r]) + ","
                        + num(participation.never()[r]) + "," + num(participation.gini()[r]) + ","
                        + num(participation.members()[r]) + "\n");
            }
        });
        AtomicFiles.writeText(out.resolve("join-vs-friends.csv"), w -> {
            w.write("k,exposures,joins,p_join,exposures_tied,joins_tied,exposures_untied,joins_untied\n");
            for (int k = 1; k <= JoinVsFriendsCheck.K_MAX; k++) {
                w.write((k == JoinVsFriendsCheck.K_MAX ? k + "+" : Integer.toString(k)) + "," + friends.exposures(k)
                        + "," + friends.joins(k) + "," + num(friends.p(k)) + "," + friends.exposuresTied()[k] + ","
                        + friends.joinsTied()[k] + "," + friends.exposuresUntied()[k] + ","
                        + friends.joinsUntied()[k] + "\n");
            }
        });
        AtomicFiles.writeText(out.resolve("referral-depth.csv"), w -> {
            w.write("depth,referral_joins,share\n");
            long total = depth.total();
            for (int d = 0; d < depth.byDepth().length; d++) {
                w.write((d + 1) + "," + depth.byDepth()[d] + "," + num((double) depth.byDepth()[d] / total) + "\n");
            }
        });
        AtomicFiles.writeText(out.resolve("watts-window.csv"), w -> {
            w.write("mean_degree,runs,global_cascades,frequency,mean_global_size\n");
            for (int i = 0; i < watts.degrees().length; i++) {
                w.write(num(watts.degrees()[i]) + "," + watts.runs()[i] + "," + watts.global()[i] + ","
                        + num(watts.frequency(i)) + "," + num(watts.meanGlobalSize()[i]) + "\n");
            }
        });
        List<Charts.Drawn> figures = ValidationCharts.writeAll(bass, riot, participation, friends, depth, watts, out);
        return new Report(bass, riot, participation, friends, depth, watts, measures, figures);
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

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
