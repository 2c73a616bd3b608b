package org.communitysim.experiments.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a page's table of facts or of files in one language: a label that is a message and its value, or a file
 * name and what it holds (a message). The search reports (calibration, optimisation) list both the same way; this
 * keeps the loop in one place.
 */
final class Facts {
    private final Lang lang;
    private final List<Fact> rows = new ArrayList<>();

    Facts(Lang lang) {
        this.lang = lang;
    }

    /** A row labelled by a message, with a value already in words. */
    Facts add(MessageKey label, String value) {
        rows.add(new Fact(Messages.text(label, lang), value));
        return this;
    }

    /** A file of the results folder and, as its value, what it holds. */
    Facts file(String name, MessageKey holds) {
        rows.add(new Fact(name, Messages.text(holds, lang)));
        return this;
    }

    /** The closing rows of a search report: its runs, master seed and wall time. */
    Facts runs(MessageKey runs, long count, MessageKey seed, long seedValue, MessageKey wall, double seconds) {
        return add(runs, Formats.integer(count)).add(seed, Long.toString(seedValue))
                .add(wall, Formats.number(seconds, 1, false) + " s");
    }

    List<Fact> list() {
        return List.copyOf(rows);
    }
}
