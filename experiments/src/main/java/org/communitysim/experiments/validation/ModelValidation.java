package org.communitysim.experiments.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code community-sim validate-model}: runs the six verification checks against classic results and writes
 * summary.csv (every measured number with what is allowed) and one CSV per check ({@link ValidationCsv}); the job above
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

        Report report = new Report(bass, riot, participation, friends, depth, watts, measures);
        ValidationCsv.writeAll(report, out);
        return report;
    }
}
