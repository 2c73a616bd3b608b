package org.communitysim.experiments.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.communitysim.model.Outcome;
import org.junit.jupiter.api.Test;

class SweepGridTest {
    private final SweepGrid grid = SweepGrid.of(SyntheticSweeps.grid("g", "")).orElseThrow();

    @Test
    void of_fullTwoParameterGrid_laysPointsOutByRowAndColumn() {
        assertEquals("group.sizeCap", grid.rowPath());
        assertEquals("group.threshold", grid.columnPath());
        assertArrayEquals(SyntheticSweeps.CAPS, grid.rows());
        assertArrayEquals(SyntheticSweeps.THRESHOLDS, grid.columns());
        assertEquals(0.60, grid.mean(Outcome.FINAL_ACTIVE_SHARE, 1, 1));
    }

    @Test
    void of_otherShapes_haveNoGrid() {
        assertTrue(SweepGrid.of(SyntheticSweeps.oneParameter()).isEmpty(), "one parameter");
        assertTrue(SweepGrid.of(SyntheticSweeps.morris()).isEmpty(), "three parameters");
        assertTrue(SweepGrid.of(SyntheticSweeps.lhs()).isEmpty(), "scattered samples");
    }

    @Test
    void lowestAbove_perRow_findsTheFirstColumnAboveTheLevel() {
        List<SweepGrid.Crossing> c = grid.lowestAbove(Outcome.FINAL_ACTIVE_SHARE, 0.5);
        assertEquals(3, c.size());
        assertEquals(0.0, c.get(0).column());
        assertTrue(c.get(0).firstColumn());
        assertEquals(0.3, c.get(1).column());
        assertFalse(c.get(1).firstColumn());
        assertTrue(c.get(2).never());
        assertEquals(0.45, c.get(2).mean(), "the row's best when never above");
    }

    @Test
    void largestRowAbove_perColumn_findsTheLargestRowAboveTheLevel() {
        List<SweepGrid.Largest> l = grid.largestRowAbove(Outcome.FINAL_ACTIVE_SHARE, 0.5);
        assertEquals(50.0, l.get(0).row(), "θ = 0: only cap 50 stays above one half");
        assertEquals(100.0, l.get(1).row());
        assertEquals(100.0, l.get(2).row(), "cap 200 never exceeds one half");
        assertTrue(SweepGrid.of(SyntheticSweeps.grid("g", "")).orElseThrow()
                .largestRowAbove(Outcome.FINAL_ACTIVE_SHARE, 0.99).get(0).none());
    }
}
