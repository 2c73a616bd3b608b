package org.communitysim.experiments;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.communitysim.model.CommunityModel;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.Outcome;
import org.communitysim.model.RunResult;
import org.communitysim.model.World;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Presets;
import org.communitysim.scenario.Scenario;

/**
 * Runs one built-in scenario for one replicate and prints its summary and a weekly digest of its days.
 * Usage: {@code RunOne [scenario] [--seed N] [--replicate R] [--daily] [--edge-list FILE]}. Exit codes: 0 ok, 1 runtime failure,
 * 2 input error. The full command line (scenario files, Monte Carlo) arrives with the CLI.
 */
public final class RunOne {
    private RunOne() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String name = "reference";
        long seed = 42;
        int replicate = 0;
        boolean daily = false;
        String edgeList = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--seed" -> seed = Long.parseLong(value(args, ++i, "--seed"));
                    case "--replicate" -> replicate = Integer.parseInt(value(args, ++i, "--replicate"));
                    case "--daily" -> daily = true;
                    case "--edge-list" -> edgeList = value(args, ++i, "--edge-list");
                    case "--help", "-h" -> {
                        usage(out);
                        return 0;
                    }
                    default -> {
                        if (args[i].startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        name = args[i];
                    }
                }
            }
            if (replicate < 0) {
                throw new IllegalArgumentException("--replicate must be >= 0, got " + replicate);
            }
        } catch (NumberFormatException e) {
            err.println("error: not a number: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            usage(err);
            return 2;
        }
        Map<String, Supplier<Scenario>> presets = Presets.all();
        Supplier<Scenario> preset = presets.get(name);
        if (preset == null) {
            err.println("error: unknown scenario '" + name + "'; built-in scenarios: " + String.join(", ", presets.keySet()));
            return 2;
        }
        Scenario scenario = preset.get();
        if (edgeList != null) {
            scenario = scenario.withNetwork(scenario.network().withEdgeList(edgeList));
        }
        long runSeed = Seeds.runSeed(seed, replicate);
        long t0 = System.nanoTime();
        RunResult result;
        try {
            result = CommunityModel.run(scenario, runSeed);
        } catch (World.WorldException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("error: invalid scenario: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("error: run failed: " + e);
            return 1;
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        out.printf(Locale.ROOT, "scenario %s — %s%nmaster seed %d, replicate %d (run seed %d), %d days, %.0f ms%n%n",
                scenario.name(), scenario.description(), seed, replicate, runSeed, scenario.horizonDays(), ms);
        for (Outcome o : Outcome.values()) {
            out.printf(Locale.ROOT, "  %-26s %12.4f%n", o.column(), result.summary().get(o));
        }
        if (daily) {
            out.println();
            out.printf(Locale.ROOT, "%5s %8s %8s %8s %8s %8s %10s %10s%n", "day", "members", "active", "joins", "leaves",
                    "on_topic", "noise", "post_value");
            for (int d = 0; d < result.daily().days(); d += 10) {
                out.printf(Locale.ROOT, "%5d %8.0f %8.0f %8.0f %8.0f %8.0f %10.0f %10.3f%n", d,
                        result.daily().get(DailyMetric.MEMBERS, d), result.daily().get(DailyMetric.ACTIVE, d),
                        result.daily().get(DailyMetric.JOINS, d), result.daily().get(DailyMetric.LEAVES, d),
                        result.daily().get(DailyMetric.POSTS_ON_TOPIC, d), result.daily().get(DailyMetric.POSTS_NOISE, d),
                        result.daily().get(DailyMetric.MEAN_POST_VALUE, d));
            }
        }
        return 0;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static void usage(PrintStream s) {
        s.println("usage: community-sim [scenario] [--seed N] [--replicate R] [--daily] [--edge-list FILE]");
        s.println("  --seed N         master seed (default 42); the run seed is derived from (seed, replicate)");
        s.println("  --replicate R    replicate index (default 0)");
        s.println("  --daily          also print every 10th day of the per-day metrics");
        s.println("  --edge-list FILE run on a real network: CSV lines a,b[,weight]");
        s.println("  scenario: one of " + String.join(", ", Presets.all().keySet()) + " (default reference)");
    }
}
