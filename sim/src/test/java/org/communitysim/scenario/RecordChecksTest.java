package org.communitysim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Records built in Java are refused what a file is refused, in the file's words, and copy generically. */
class RecordChecksTest {

    @Test
    void constructor_outOfRangeValue_isRefusedWithTheDeclaredRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Defaults.scenario().with("group.threshold", 1.5));
        assertEquals("group.threshold: expected a number in [0, 1], got 1.5", e.getMessage());
        assertEquals("join.bass.p: expected a number in [0, 1], got NaN",
                assertThrows(IllegalArgumentException.class, () -> new BassParams(Double.NaN, 0)).getMessage());
    }

    @Test
    void constructor_crossFieldConstraint_isStillTheRecords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BassParams(0.6, 0.6));
        assertTrue(e.getMessage().startsWith("join.bass.p + join.bass.q must be <= 1"), e.getMessage());
    }

    @Test
    void ablationsWith_switchesOneMechanismOnly() {
        Ablations a = Ablations.ALL_ON.with("noise", false);
        assertFalse(a.noise());
        assertTrue(a.bystander() && a.overload() && a.moderation());
        assertEquals(Ablations.ALL_ON, a.with("noise", true));
        assertEquals(Ablations.ALL_ON, Defaults.scenario().ablations());
    }

    @Test
    void ablationsWith_unknownMechanism_listsTheSwitches() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Ablations.ALL_ON.with("nosie", false));
        assertTrue(e.getMessage().startsWith("Ablations has no component \"nosie\" (it has bystander, noise,"),
                e.getMessage());
    }

    @Test
    void scenarioWith_setsTheFieldAtAFilePath() {
        Scenario s = Defaults.scenario().with("behaviour.social.referrerBond", 5).with("group.sizeCap", 120);
        assertEquals(5.0, s.behaviour().social().referrerBond());
        assertEquals(120, s.group().sizeCap());
        assertEquals(Defaults.scenario().behaviour().state(), s.behaviour().state());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Defaults.scenario().with("behaviour.state.commitTau", 0.0));
        assertEquals("behaviour.state.commitTau: expected a number > 0, got 0.0", e.getMessage());
    }
}
