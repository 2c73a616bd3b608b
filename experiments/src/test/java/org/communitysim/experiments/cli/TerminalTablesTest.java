package org.communitysim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The terminal's numbers: an interval's bound that is not 0 never reads as 0, so its side of 0 stays visible. */
class TerminalTablesTest {

    @Test
    void bound_belowZeroByLessThanTheDecimalsShow_getsTheDigitsItsSignNeeds() {
        assertEquals("-0.020", TerminalTables.bound(-0.020));
        assertEquals("-0.0004", TerminalTables.bound(-0.0004), "not -0.000");
        assertEquals("0.00003", TerminalTables.bound(0.00003), "not 0.000");
        assertEquals("0.000", TerminalTables.bound(0), "0 is 0");
        assertEquals("11.2", TerminalTables.bound(11.2));
        assertEquals("-2114", TerminalTables.bound(-2114.4));
        assertEquals("–", TerminalTables.bound(Double.NaN));
    }

    /** A count's mean or median reads as a count: "5", "2.4", "37.8" (the review saw groups opened "5.000"). */
    @Test
    void count_wholeWhenWhole_oneDecimalOtherwise() {
        assertEquals("5", TerminalTables.count(5.0));
        assertEquals("2.4", TerminalTables.count(2.4));
        assertEquals("37.8", TerminalTables.count(37.8));
        assertEquals("0", TerminalTables.count(0));
        assertEquals("1234", TerminalTables.count(1234.4));
    }
}
