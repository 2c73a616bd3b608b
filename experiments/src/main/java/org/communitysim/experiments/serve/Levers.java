package org.communitysim.experiments.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communitysim.scenario.Declarations;
import org.communitysim.scenario.schema.Range;
import org.communitysim.experiments.report.LiveLabels;
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
     * A constraint between fields as a declaration's meaning names it: "must be &lt; population.topics" (the records
     * check it; reference.yaml's header: such constraints "are named in the meanings").
     */
    private static final Pattern BELOW = Pattern.compile("must be < ([a-z][A-Za-z0-9]*(?:\\.[a-z][A-Za-z0-9]*)+)");
    /** The value an integer field declared from −1 takes for "none" (kols.departureDay: −1, the KOLs stay). */
    static final double SENTINEL = -1;

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
     * @param below    the path of an integer field this one must stay below (its meaning says "must be &lt; path":
     *                 group.topic and population.topics), or null; the page's slider then ends at that field's value
     *                 − 1 in the scenario in force
     * @param sentinel −1 for an integer whose declared range starts at −1, where −1 means "none" rather than a day or
     *                 a count (kols.departureDay: the KOLs never leave), or the value a lever's declared meaning gives
     *                 a special sense when the bundles explain it (world.operatorPostsPerDay: 0 = no limit); the page
     *                 names it with {@code sentinel.<path>}; else null
     */
    public record Lever(String path, String section, String type, String unit, String range, double min, Double max,
            List<String> choices, String meaning, String below, Double sentinel) {
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
        Double sentinel = f.type() == SchemaField.Type.INTEGER && r != null && r.boundedBelow() && r.min() == SENTINEL
                ? Double.valueOf(SENTINEL) : LiveLabels.hasSentinel(f.path()) ? specialValue(f) : null;
        return new Lever(f.path(), section, f.typeName(), f.unit(), r == null ? "" : r.text(), min, max,
                f.choices(), f.meaning(), below(f), sentinel);
    }

    private static final java.util.regex.Pattern SPECIAL = java.util.regex.Pattern.compile(
            "(?:^|[(;,] ?)(-?\\d+(?:\\.\\d+)?) = ");

    /**
     * The value the declared meaning gives a special sense ("0 = no limit", "(0 = no events)"), for the levers the
     * page explains ({@code sentinel.<path>} in the bundles): a value that reads like a number but switches
     * something off. The meaning is the one declaration of it; a bundle text without such a value is an error.
     */
    private static Double specialValue(SchemaField f) {
        java.util.regex.Matcher m = SPECIAL.matcher(f.meaning());
        if (!m.find()) {
            throw new IllegalStateException(LiveLabels.sentinelKey(f.path()) + " explains a special value, but the "
                    + "declared meaning of " + f.path() + " names none (\"N = ...\"): " + f.meaning());
        }
        return Double.valueOf(m.group(1));
    }

    /** The integer field named by "must be &lt; path" in the meaning of an integer field, or null. */
    private static String below(SchemaField f) {
        Matcher m = BELOW.matcher(f.meaning());
        if (f.type() != SchemaField.Type.INTEGER || !m.find()) {
            return null;
        }
        String path = m.group(1);
        SchemaField other = Declarations.schema().field(path)
                .orElseThrow(() -> new IllegalStateException(f.path() + ": its meaning names " + path
                        + ", which is not a field"));
        if (other.type() != SchemaField.Type.INTEGER) {
            throw new IllegalStateException(f.path() + ": must be < " + path + ", which is not an integer");
        }
        return path;
    }

    /** The fields some lever must stay below (population.topics), in declaration order: the page needs their values. */
    public static List<String> bounds() {
        return strategy().stream().map(Lever::below).filter(p -> p != null).distinct().toList();
    }
}
