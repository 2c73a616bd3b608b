package org.communitysim.experiments.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.experiments.montecarlo.TidyCsv;
import org.communitysim.model.FiredAction;
import org.communitysim.model.FiredAction.Kind;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.ShippedScenarios;
import org.junit.jupiter.api.Test;

/** The markers fan charts draw for fired actions, and the rows of actions.csv. */
class ActionMarkersTest {
    private static ScenarioRuns runs(List<List<FiredAction>> fired) {
        Scenario s = Defaults.scenario();
        return new ScenarioRuns(s, new long[fired.size()], new double[fired.size()][], null, fired);
    }

    @Test
    void of_sameDayEverywhere_isLabelledWithItsNameAlone() {
        FiredAction leave = new FiredAction(60, "kols.departureDay", Kind.KOLS_LEAVE, "", 1);
        List<ActionMarkers.Marker> m = ActionMarkers.of(runs(List.of(List.of(leave), List.of(leave))), Lang.EN);
        assertEquals(List.of(new ActionMarkers.Marker(60, "KOLs leave")), m);
        assertEquals(List.of(new ActionMarkers.Marker(60, "意见领袖离开")),
                ActionMarkers.of(runs(List.of(List.of(leave), List.of(leave))), Lang.ZH));
    }

    @Test
    void of_metricTriggerOnDifferentDays_givesTheMedianDayAndTheRuns() {
        List<List<FiredAction>> fired = List.of(
                List.of(new FiredAction(20, "playbook[0]", Kind.SET, "screen applicants", 1)),
                List.of(new FiredAction(26, "playbook[0]", Kind.SET, "screen applicants", 1)),
                List.of(new FiredAction(23, "playbook[0]", Kind.SET, "screen applicants", 1)),
                List.of());
        assertEquals(List.of(new ActionMarkers.Marker(23, "screen applicants (median day 23, 3 of 4 runs)")),
                ActionMarkers.of(runs(fired), Lang.EN));
    }

    @Test
    void of_repeatedActionAndCampaign_oneMarkerPerFiringAndTheEndNamed() {
        List<FiredAction> one = List.of(
                new FiredAction(0, "playbook[0]", Kind.CAMPAIGN_START, "launch", 1),
                new FiredAction(14, "playbook[0]", Kind.CAMPAIGN_END, "launch", 1),
                new FiredAction(30, "playbook[1]", Kind.PURGE, "", 12),
                new FiredAction(60, "playbook[1]", Kind.PURGE, "", 4),
                new FiredAction(90, "playbook[2]", Kind.HAND_OVER, "decentralise", 5),
                new FiredAction(90, "playbook[2]", Kind.KOLS_LEAVE, "decentralise", 1));
        assertEquals(List.of(new ActionMarkers.Marker(0, "launch"), new ActionMarkers.Marker(14, "launch ends"),
                new ActionMarkers.Marker(30, "Lurkers purged"), new ActionMarkers.Marker(60, "Lurkers purged"),
                new ActionMarkers.Marker(90, "decentralise")), ActionMarkers.of(runs(List.of(one)), Lang.EN));
    }

    /** kol-leaves-day-60: the departure set by kols.departureDay is a row of actions.csv in every replicate. */
    @Test
    void actionRows_kolDepartureDay_oneRowPerReplicate() throws InterruptedException {
        Scenario s = ShippedScenarios.load("kol-leaves-day-60")
                .withPopulation(Defaults.POPULATION.withSize(2000)).withHorizonDays(90);
        List<ScenarioRuns> runs = Ensemble.run(List.of(s), 3, 42, 1, false, (done, total) -> { }).scenarios();
        assertEquals(List.of("kol-leaves-day-60 0 60 kols.departureDay kols-leave 1",
                        "kol-leaves-day-60 1 60 kols.departureDay kols-leave 1",
                        "kol-leaves-day-60 2 60 kols.departureDay kols-leave 1"),
                TidyCsv.actionRows(runs).map(r -> r.scenario() + " " + r.replicate() + " " + r.action().day() + " "
                        + r.action().source() + " " + r.action().kind().column() + " " + r.action().affected()).toList());
    }
}
