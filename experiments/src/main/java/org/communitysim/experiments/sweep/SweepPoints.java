package org.communitysim.experiments.sweep;

import java.util.List;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.InputException;
import org.communitysim.scenario.file.ScenarioDraft;

/**
 * The scenario of each point of a sweep: the base is resolved once (its extends chain merged over the defaults);
 * each point copies it, sets the point's values as typed numbers, and is validated and bound like a file with
 * {@code --set} overrides, so a refused point reads "--set group.sizeCap=20: ..." as before. The local runner and
 * the Spark executors (from the base's resolved JSON) both build points here.
 */
public final class SweepPoints {
    private final ScenarioDraft base;
    /** Set instead of {@link #base} when the base does not resolve: every point then reports its problems. */
    private final InputException baseProblem;
    private final String sweepName;
    private final String specFile;
    private final List<String> paths;
    private final boolean[] integer;
    private final double[][] values;

    private SweepPoints(ScenarioDraft base, InputException baseProblem, String sweepName, String specFile,
            List<String> paths, boolean[] integer, double[][] values) {
        this.base = base;
        this.baseProblem = baseProblem;
        this.sweepName = sweepName;
        this.specFile = specFile;
        this.paths = List.copyOf(paths);
        this.integer = integer.clone();
        this.values = values;
    }

    /** The points of a sweep run here: the base read from its file once. */
    public static SweepPoints of(SweepSpec spec, SweepPlan plan) {
        ScenarioDraft base = null;
        InputException problem = null;
        try {
            base = ScenarioDraft.resolve(spec.base());
            if (!spec.custom().isEmpty()) { // the base's custom outcomes and the spec's customOutcomes
                base.set(org.communitysim.scenario.OutcomeDefinitionsJson.PATH,
                        new org.communitysim.scenario.OutcomeDefinitions(spec.custom().stream()
                                .map(org.communitysim.model.CustomOutcome::definition).toList()).toTree(),
                        spec.file() + ": customOutcomes");
            }
        } catch (InputException e) {
            problem = e;
        }
        return new SweepPoints(base, problem, spec.name(), spec.file().toString(), spec.parameterPaths(),
                SweepRunner.integerFlags(spec), plan.values());
    }

    /** The points of a sweep whose base arrives resolved (e.g. as JSON on a Spark executor). */
    public static SweepPoints of(ScenarioDraft base, String sweepName, String specFile, List<String> paths,
            boolean[] integer, double[][] values) {
        return new SweepPoints(base, null, sweepName, specFile, paths, integer, values);
    }

    public int size() {
        return values.length;
    }

    /**
     * The scenario of point {@code p}: named {@code <sweep>-p<p>}, described by its values.
     *
     * @throws InputException one problem: "spec: point p (path=value, ...) is not a valid scenario: ..."
     */
    public Scenario scenario(int p) throws InputException {
        List<String> sets = SweepRows.overrides(paths, integer, values[p]);
        try {
            if (baseProblem != null) {
                throw baseProblem;
            }
            ScenarioDraft point = base.copy();
            for (int j = 0; j < paths.size(); j++) {
                Object v = integer[j] ? (Object) (long) Math.rint(values[p][j]) : (Object) values[p][j];
                point.set(paths.get(j), v, "--set " + sets.get(j));
            }
            return SweepRows.name(point.bind(), sweepName, p, sets);
        } catch (InputException e) {
            throw new InputException(SweepRows.invalidPoint(specFile, p, sets, e.problems()));
        }
    }
}
