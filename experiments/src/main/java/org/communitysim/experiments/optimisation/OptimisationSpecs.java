package org.communitysim.experiments.optimisation;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communitysim.experiments.search.SearchParameter;
import org.communitysim.experiments.search.SpecReader;
import org.communitysim.model.Outcome;
import org.communitysim.scenario.file.InputException;
import org.communitysim.scenario.file.ParserMessages;

/** Reads and validates optimisation specs; every problem together, each naming the file and the JSON path. */
public final class OptimisationSpecs {
    static final List<String> KEYS = List.of("name", "description", "base", "levers", "objective", "constraints",
            "replicates", "evaluations", "candidates", "reevaluationReplicates", "compareReplicates", "seed");
    static final List<String> OBJECTIVE_KEYS = List.of("outcome", "terms", "statistic", "q", "atLeast", "goal");
    private static final Pattern CONSTRAINT = Pattern.compile("\\s*([A-Za-z0-9_]+)\\s*(>=|<=)\\s*(\\S+)\\s*");

    private OptimisationSpecs() {
    }

    public static OptimisationSpec load(Path file) throws InputException {
        SpecReader r = SpecReader.open(file, "optimisation spec", KEYS);
        String name = r.text("name", r.baseName());
        String description = r.text("description", "");
        Path base = r.base();
        List<SearchParameter> levers = r.parameters("levers", "scale", List.of("linear", "log"));
        Objective objective = objective(r);
        List<Constraint> constraints = constraints(r);
        int replicates = r.integer("replicates", 8, 1, 10_000);
        int evaluations = r.integer("evaluations", 100, 1, 1_000_000);
        int candidates = r.integer("candidates", 3, 1, 20);
        int reevaluation = r.integer("reevaluationReplicates", 30, 2, 1_000_000);
        int compare = r.integer("compareReplicates", 100, 2, 1_000_000);
        long seed = r.seed();
        r.throwIfProblems();
        return new OptimisationSpec(file, name, description, base, r.baseDraft(), levers, objective, constraints,
                replicates, evaluations, candidates, reevaluation, compare, seed);
    }

    private static Objective objective(SpecReader r) {
        JsonNode o = r.root().get("objective");
        Objective fallback = new Objective(List.of(new Objective.Term(Outcome.FINAL_ACTIVE, 1)),
                Objective.Statistic.MEAN, 0.5, 0, true);
        if (o == null || !o.isObject()) {
            r.problem("objective", "expected an object {outcome | terms, statistic, goal}, got " + SpecReader.describe(o));
            return fallback;
        }
        r.unknownKeys(o, "objective.", OBJECTIVE_KEYS);
        List<Objective.Term> terms = new ArrayList<>();
        if (o.has("outcome") == o.has("terms")) {
            r.problem("objective", "give either outcome (one outcome) or terms (a weighted sum), not "
                    + (o.has("outcome") ? "both" : "neither"));
        } else if (o.has("outcome")) {
            Outcome out = r.outcome(o.get("outcome"), "objective.outcome");
            if (out != null) {
                terms.add(new Objective.Term(out, 1));
            }
        } else {
            JsonNode ts = o.get("terms");
            if (!ts.isArray() || ts.isEmpty()) {
                r.problem("objective.terms", "expected a non-empty list of {outcome, weight}, got "
                        + SpecReader.describe(ts));
            } else {
                for (int i = 0; i < ts.size(); i++) {
                    String at = "objective.terms[" + i + "]";
                    JsonNode t = ts.get(i);
                    if (!t.isObject()) {
                        r.problem(at, "expected {outcome, weight}, got " + SpecReader.describe(t));
                        continue;
                    }
                    r.unknownKeys(t, at + ".", List.of("outcome", "weight"));
                    Outcome out = r.outcome(t.get("outcome"), at + ".outcome");
                    double w = r.number(t.get("weight"), at + ".weight", Double.NaN, -Double.MAX_VALUE,
                            Double.MAX_VALUE, "a finite number");
                    if (t.get("weight") == null) {
                        r.problem(at + ".weight", "expected a finite number, got nothing");
                    }
                    if (out != null && !Double.isNaN(w)) {
                        terms.add(new Objective.Term(out, w));
                    }
                }
            }
        }
        Objective.Statistic statistic = Objective.Statistic.MEAN;
        JsonNode st = o.get("statistic");
        if (st != null) {
            try {
                statistic = Objective.Statistic.valueOf(st.asText().toUpperCase(Locale.ROOT));
                if (!st.isTextual()) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                r.problem("objective.statistic", "expected mean, quantile or probability, got " + SpecReader.describe(st));
            }
        }
        double q = 0.5;
        double atLeast = 0;
        if (statistic == Objective.Statistic.QUANTILE) {
            if (o.get("q") == null) {
                r.problem("objective.q", "the quantile statistic needs q, a number in (0, 1), e.g. 0.1");
            }
            q = r.number(o.get("q"), "objective.q", 0.5, 1e-9, 1 - 1e-9, "a number in (0, 1)");
        } else if (o.has("q")) {
            r.problem("objective.q", "only used by the quantile statistic");
        }
        if (statistic == Objective.Statistic.PROBABILITY) {
            if (o.get("atLeast") == null) {
                r.problem("objective.atLeast", "the probability statistic needs atLeast: P(objective >= atLeast)");
            }
            atLeast = r.number(o.get("atLeast"), "objective.atLeast", 0, -Double.MAX_VALUE, Double.MAX_VALUE,
                    "a finite number");
        } else if (o.has("atLeast")) {
            r.problem("objective.atLeast", "only used by the probability statistic");
        }
        boolean maximise = true;
        JsonNode g = o.get("goal");
        if (g != null) {
            if (!g.isTextual() || !List.of("maximise", "minimise", "maximize", "minimize").contains(g.asText())) {
                r.problem("objective.goal", "expected maximise or minimise, got " + SpecReader.describe(g));
            } else {
                maximise = g.asText().startsWith("max");
            }
        } else if (terms.size() == 1 && terms.get(0).outcome().direction() == org.communitysim.model.Direction.LOWER_IS_BETTER) {
            maximise = false; // an outcome whose declared direction is "lower is better" is minimised by default
        }
        return terms.isEmpty() ? fallback : new Objective(terms, statistic, q, atLeast, maximise);
    }

    private static List<Constraint> constraints(SpecReader r) {
        List<Constraint> out = new ArrayList<>();
        JsonNode cs = r.root().get("constraints");
        if (cs == null) {
            return out;
        }
        if (!cs.isArray()) {
            r.problem("constraints", "expected a list such as [\"final_members >= 100\", \"churn_rate <= 0.01\"], got "
                    + SpecReader.describe(cs));
            return out;
        }
        for (int i = 0; i < cs.size(); i++) {
            String at = "constraints[" + i + "]";
            JsonNode c = cs.get(i);
            Matcher m = c.isTextual() ? CONSTRAINT.matcher(c.asText()) : null;
            if (m == null || !m.matches()) {
                r.problem(at, "expected \"<outcome> >= <number>\" or \"<outcome> <= <number>\", got "
                        + SpecReader.describe(c));
                continue;
            }
            Outcome o = r.outcome(com.fasterxml.jackson.databind.node.TextNode.valueOf(m.group(1)), at);
            double bound;
            try {
                bound = Double.parseDouble(m.group(3));
            } catch (NumberFormatException e) {
                bound = Double.NaN;
            }
            if (!Double.isFinite(bound)) {
                r.problem(at, "the bound must be a finite number, got \"" + ParserMessages.plain(m.group(3)) + "\"");
                continue;
            }
            if (o != null) {
                out.add(new Constraint(o, m.group(2).equals(">="), bound));
            }
        }
        return out;
    }
}
