package org.communitysim.experiments.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.communitysim.scenario.Declarations;
import org.communitysim.scenario.schema.Range;
import org.communitysim.scenario.schema.SchemaField;

/**
 * The controls of the live page, read from the scenario declarations (reference.yaml through the schema): every
 * field of the strategy sections becomes a lever with its type, unit, declared range and default, and every switch
 * of {@code ablations} a toggle. There is no second list of ranges: a section or a field added to reference.yaml
 * (an entry fee, a playbook) appears on the page by itself. Only the sections that describe the world rather than the
 * operator's choices are left out, by name ({@link #WORLD}), and sections nested in a strategy section (how people
 * respond to it).
 */
public final class Levers {
    /** Top-level sections that describe the world and the model, not a strategy: no slider on the page. */
    static final Set<String> WORLD = Set.of("population", "network", "join", "behaviour", "metrics");
    /** The section whose switches are the page's mechanism toggles. */
    static final String ABLATIONS = "ablations";
    /** Top-level fields that are levers of a run: the horizon. Name and description are labels, not levers. */
    static final Set<String> RUN_FIELDS = Set.of("horizonDays");

    /**
     * One control.
     *
     * @param path     JSON path, e.g. {@code group.threshold}: what {@code --set} names
     * @param section  the top-level section it belongs to ("" for a run setting)
     * @param type     integer, number, boolean or enum
     * @param unit     declared unit ("" when none)
     * @param range    the declared range as the docs write it ("[0, 1]", ">= 1"; "" for non-numbers)
     * @param min      the declared lower end (or the slider's, when unbounded below)
     * @param max      the declared upper end, or null when unbounded above (the page then spans a multiple of the
     *                 value in use)
     * @param choices  an enum's values (else empty)
     * @param meaning  the declared one-line meaning
     */
    public record Lever(String path, String section, String type, String unit, String range, double min, Double max,
            List<String> choices, String meaning) {
    }

    private Levers() {
    }

    /** The strategy levers, in declaration order: run settings first, then each strategy section's fields. */
    public static List<Lever> strategy() {
        List<Lever> out = new ArrayList<>();
        for (SchemaField top : Declarations.schema().root().children()) {
            if (!top.isSection() && RUN_FIELDS.contains(top.key())) {
                out.add(lever(top, ""));
            }
        }
        for (SchemaField top : Declarations.schema().root().children()) {
            if (top.isSection() && !WORLD.contains(top.key()) && !top.key().equals(ABLATIONS)) {
                collect(top, top.key(), out);
            }
        }
        return out;
    }

    /** The mechanism switches (every boolean of the ablations section). */
    public static List<Lever> ablations() {
        List<Lever> out = new ArrayList<>();
        collect(Declarations.schema().field(ABLATIONS).orElseThrow(), ABLATIONS, out);
        return out;
    }

    /** The top-level sections that hold strategy levers, in declaration order (the page's groups). */
    public static List<String> sections() {
        return strategy().stream().map(Lever::section).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /**
     * A section's own fields. A section nested inside a strategy section describes how people respond (e.g.
     * {@code economics.response}), not what the operator chooses, so it gets no controls (it stays as loaded).
     */
    private static void collect(SchemaField section, String top, List<Lever> out) {
        for (SchemaField f : section.children()) {
            if (!f.isSection() && supported(f)) {
                out.add(lever(f, top));
            }
        }
    }

    /** A slider, a box, a switch or a choice: lists and strings have no control (they stay as loaded). */
    private static boolean supported(SchemaField f) {
        return switch (f.type()) {
            case INTEGER, NUMBER, BOOLEAN, ENUM -> true;
            default -> false;
        };
    }

    private static Lever lever(SchemaField f, String section) {
        Range r = f.range();
        double min = 0;
        Double max = null;
        if (r != null) {
            min = r.boundedBelow() ? r.min() : Math.min(0, f.defaultValue().asDouble());
            max = r.boundedAbove() ? Double.valueOf(r.max()) : null;
        }
        return new Lever(f.path(), section, f.typeName(), f.unit(), r == null ? "" : r.text(), min, max,
                f.choices(), f.meaning());
    }
}
