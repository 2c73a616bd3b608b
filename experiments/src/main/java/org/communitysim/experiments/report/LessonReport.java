package org.communitysim.experiments.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communitysim.experiments.io.AtomicFiles;
import org.communitysim.experiments.montecarlo.DailyBands;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.experiments.report.LessonLabels.L;
import org.communitysim.experiments.report.LessonModel.GroupFacts;
import org.communitysim.experiments.report.Labels.Text;
import org.communitysim.experiments.stats.KaplanMeier;
import org.communitysim.experiments.sweep.SweepParameter;
import org.communitysim.experiments.sweep.SweepResult;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.Outcome;
import org.communitysim.scenario.Scenario;

/**
 * The decay lesson as one self-contained HTML page a teacher can project (inline CSS and SVG, no script, no
 * external address): (1) the big open group against the small curated group, (2) why — the vicious cycle and the
 * five elements of a community, (3) the size × threshold phase diagram, (4) the test — the same open group with
 * noise, bystander effect and overload switched off, then questions for the class and how the page was made.
 * Every number is read from the model; every conclusion is the one its numbers support.
 */
public final class LessonReport {
    private LessonReport() {
    }

    /** The lesson file's name. */
    public static final String FILE_NAME = "lesson.html";

    /** Colours of the three groups in every chart of the lesson: open, curated, ablated. */
    static final int OPEN = 0;
    static final int CURATED = 1;
    static final int ABLATED = 2;

    /** The three groups' names as the lesson's charts and compare report show them: open, curated, ablated. */
    public static List<String> groupNames(Lang lang) {
        return List.of(Messages.text(L.NAME_OPEN, lang), Messages.text(L.NAME_CURATED, lang),
                Messages.text(L.NAME_ABLATED, lang));
    }

    /** The two worlds' names in the part on why groups die: busy, quiet. */
    public static List<String> worldNames(Lang lang) {
        return List.of(Messages.text(L.NAME_BUSY, lang), Messages.text(L.NAME_QUIET, lang));
    }

    /** Writes {@code dir/lesson.html} and its charts into {@code dir/charts/}; returns the page's path. */
    public static Path write(LessonModel model, Lang lang, Path dir) throws IOException {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(lang, "lang");
        Path charts = dir.resolve(HtmlReport.CHARTS_DIR);
        List<ScenarioRuns> all = List.of(model.open(), model.curated(), model.ablated());
        double yMax = 0;
        for (ScenarioRuns runs : all) {
            yMax = Math.max(yMax, maxQuantile(runs.bands(), DailyMetric.ACTIVE));
        }
        List<ScenarioRuns> groups = List.of(model.open(), model.curated());
        int[] groupColours = {OPEN, CURATED};
        Figures f = new Figures(
                Charts.fanChart(groups, groupColours, DailyMetric.ACTIVE, "groups-active", yMax, lang, charts),
                Charts.fanChart(groups, groupColours, DailyMetric.MEMBERS, "groups-members", Double.NaN, lang, charts),
                phaseCharts(model.phase(), lang, charts),
                Charts.fanChart(List.of(model.open(), model.ablated()), new int[] {OPEN, ABLATED}, DailyMetric.ACTIVE,
                        "ablation-active", yMax, lang, charts),
                GroupCharts.survival(List.of(model.worlds().busy(), model.worlds().quiet()), lang, charts));
        Path file = dir.resolve(FILE_NAME);
        AtomicFiles.writeString(file, render(model, lang, f));
        return file;
    }

    /** The charts of the page. */
    record Figures(Charts.Drawn groupsActive, Charts.Drawn groupsMembers, List<Charts.Drawn> phase,
            Charts.Drawn ablationActive, Charts.Drawn survival) {
    }

    static String render(LessonModel model, Lang lang, Figures figures) {
        return Templates.render("lesson.jte", new Builder(model, lang, figures).page());
    }

    private static List<Charts.Drawn> phaseCharts(SweepResult phase, Lang lang, Path dir) throws IOException {
        Optional<SweepGrid> grid = SweepGrid.of(phase);
        List<Charts.Drawn> out = new ArrayList<>();
        if (grid.isEmpty()) {
            return out;
        }
        for (Outcome o : List.of(Outcome.FINAL_ACTIVE_SHARE, Outcome.FINAL_ACTIVE)) {
            if (phase.spec().outcomes().contains(o)) {
                out.add(SweepCharts.heatmap(phase, grid.get(), o, lang, dir));
            }
        }
        return out;
    }

    private static double maxQuantile(DailyBands bands, DailyMetric metric) {
        double max = 0;
        for (int d = 0; d < bands.days(); d++) {
            double v = bands.quantile(metric, d, DailyBands.QUANTILES.length - 1);
            if (Double.isFinite(v)) {
                max = Math.max(max, v);
            }
        }
        return max;
    }

    /** The page's content, every text formatted and in its language; lesson.jte lays it out. */
    record Page(Words w, String subtitle, boolean fontFallback, List<Swatched> groups, String factPeak,
            String factShare, String groupsVerdict, Figures figures, String fanHowToRead, String membersCaption,
            Cycle cycle, List<Step> steps, List<Element> elements, String phaseIntro, String phaseBoundary,
            String phaseLargest, String phaseVerdict, String phaseLink, String ablationIntro, String ablationFact,
            String ablationVerdict, String dieIntro, String dieFact, String dieVerdict, String dieLink, String command,
            List<Fact> facts, String compareLink, String sweepLink) {
    }

    /** The vicious cycle as a diagram: arcs from node to node, each node numbered and titled, a word in the middle. */
    record Cycle(String label, List<Arc> arcs, List<Node> nodes, String centreX, String centreY, String centre) {
    }

    /** An arrow along the circle, from (x1, y1) to (x2, y2), coordinates already formatted. */
    record Arc(String x1, String y1, String radius, String x2, String y2) {
    }

    record Node(String x, String y, String radius, List<NodeLine> lines) {
    }

    record NodeLine(String y, int fontSize, String text) {
    }

    /** A line of text after a scenario's colour swatch. */
    record Swatched(String colour, String text) {
    }

    /** A step of the vicious cycle: its title, the elements it involves, this run's numbers. */
    record Step(String title, List<Tag> tags, String text) {
    }

    /** An element of a community as a coloured tag; {@code kind} is its CSS class. */
    record Tag(String kind, String text) {
    }

    record Element(Tag name, String inModel, String inCycle) {
    }

    /** Builds the page from the lesson's model: the numbers, their formats and the sentences; no markup. */
    private static final class Builder {
        private final LessonModel m;
        private final Lang lang;
        private final Figures figures;
        private final GroupFacts open;
        private final GroupFacts curated;
        private final GroupFacts ablated;
        private final String horizon;

        Builder(LessonModel model, Lang lang, Figures figures) {
            this.m = model;
            this.lang = lang;
            this.figures = figures;
            this.open = model.openFacts();
            this.curated = model.curatedFacts();
            this.ablated = model.ablatedFacts();
            this.horizon = Integer.toString(open.horizonDays());
        }

        Page page() {
            List<Charts.Drawn> all = new ArrayList<>(List.of(figures.groupsActive(), figures.groupsMembers(),
                    figures.ablationActive(), figures.survival()));
            String[] die = die();
            all.addAll(figures.phase());
            String[] members = Formats.values(Outcome.FINAL_MEMBERS, lang, open.finalMembers(), curated.finalMembers());
            boolean decay = open.kept() < curated.kept() - 0.1 && open.finalShare() < curated.finalShare();
            String[] phase = phase();
            L ablationVerdict = ablated.kept() >= 0.9 && ablated.kept() > open.kept() + 0.1 ? L.VERDICT_ABLATION_GONE
                    : ablated.kept() > open.kept() + 0.1 ? L.VERDICT_ABLATION_WEAKER : L.VERDICT_ABLATION_SAME;
            return new Page(new Words(lang), Messages.format(L.SUBTITLE, lang, m.replicates(), m.phase().runs()),
                    all.stream().anyMatch(Charts.Drawn::textInEnglish),
                    List.of(groupLine(L.NAME_OPEN, m.open().scenario(), OPEN),
                            groupLine(L.NAME_CURATED, m.curated().scenario(), CURATED)),
                    Messages.format(L.FACT_PEAK, lang, count(open.peakActive()), day(open.peakActiveDay()),
                            Formats.percent(open.kept(), lang), horizon, count(curated.peakActive()),
                            Formats.percent(curated.kept(), lang)),
                    Messages.format(L.FACT_SHARE, lang, horizon, Formats.percent(open.finalShare(), lang), members[0],
                            Formats.percent(curated.finalShare(), lang), members[1]),
                    t(decay ? L.VERDICT_DECAY : L.VERDICT_NO_DECAY), figures,
                    Labels.format(Text.FAN_HOW_TO_READ, lang, m.replicates()),
                    Labels.sentence(Labels.description(DailyMetric.MEMBERS, lang), lang), cycle(), steps(),
                    elements(), phase[0], phase[1], phase[2], phase[3], m.phaseFolder() + "/" + SweepReport.FILE_NAME,
                    Messages.format(L.S4_INTRO, lang, "ablations.noise=false, ablations.bystander=false, "
                            + "ablations.overload=false"),
                    Messages.format(L.FACT_ABLATION, lang, count(ablated.peakActive()), day(ablated.peakActiveDay()),
                            Formats.percent(ablated.kept(), lang), horizon, Formats.percent(open.kept(), lang),
                            Formats.percent(ablated.finalShare(), lang), Formats.percent(open.finalShare(), lang)),
                    t(ablationVerdict), die[0], die[1], die[2], m.worlds().folder() + "/" + HtmlReport.FILE_NAME,
                    m.command(), facts(), m.compareFolder() + "/" + HtmlReport.FILE_NAME,
                    m.phaseFolder() + "/" + SweepReport.FILE_NAME);
        }

        private Swatched groupLine(L name, Scenario s, int colour) {
            double theta = s.group().threshold();
            return new Swatched(Html.hex(Charts.scenarioColor(colour)), Messages.format(L.S1_GROUP, lang, t(name),
                    s.group().sizeCap(), SweepCharts.value(theta, false), theta == 0 ? t(L.OPEN_GATE) : ""));
        }

        // --- 2. the vicious cycle ---------------------------------------------------------------------

        private List<Step> steps() {
            String[] affinity = twoDecimals(open.affinityFinal(), curated.affinityFinal());
            String[] onTopic = Formats.values(Outcome.POSTS_ON_TOPIC_FINAL, lang, open.onTopicFinal(),
                    curated.onTopicFinal());
            String[] members = Formats.values(Outcome.FINAL_MEMBERS, lang, open.finalMembers(), curated.finalMembers());
            String[] value = twoDecimals(open.postValueFinal(), curated.postValueFinal());
            String[] drift = twoDecimals(open.affinityAtPeakDay(), open.affinityLastDay());
            return List.of(
                    step(L.STEP1_TITLE, Messages.format(L.STEP1, lang, horizon, affinity[0], affinity[1]),
                            L.TAG_INTEREST, L.TAG_SCALE),
                    step(L.STEP2_TITLE, Messages.format(L.STEP2, lang, horizon, onTopic[0], members[0], onTopic[1],
                            members[1]), L.TAG_STRUCTURE, L.TAG_SCALE),
                    step(L.STEP3_TITLE, Messages.format(L.STEP3, lang, horizon, value[0], value[1]), L.TAG_OUTPUT,
                            L.TAG_SCALE),
                    step(L.STEP4_TITLE, Messages.format(L.STEP4, lang, drift[0], day(open.peakActiveDay()), drift[1],
                            Integer.toString(open.horizonDays() - 1)), L.TAG_INTEREST),
                    step(L.STEP5_TITLE, Messages.format(L.STEP5, lang, horizon, Formats.percent(open.finalShare(), lang),
                            Formats.percent(curated.finalShare(), lang)), L.TAG_OUTPUT, L.TAG_OPERATION));
        }

        private Step step(L title, String text, L... tags) {
            List<Tag> list = new ArrayList<>();
            for (L tag : tags) {
                list.add(tag(tag));
            }
            return new Step(t(title), list, text);
        }

        private Tag tag(L tag) {
            String kind = switch (tag) {
                case TAG_INTEREST -> "interest";
                case TAG_STRUCTURE -> "structure";
                case TAG_OUTPUT -> "output";
                case TAG_OPERATION -> "operation";
                default -> "scale";
            };
            return new Tag(kind, t(tag));
        }

        private List<Element> elements() {
            return List.of(element(L.INTEREST, "interest", L.INTEREST_MODEL, L.INTEREST_CYCLE),
                    element(L.STRUCTURE, "structure", L.STRUCTURE_MODEL, L.STRUCTURE_CYCLE),
                    element(L.OUTPUT, "output", L.OUTPUT_MODEL, L.OUTPUT_CYCLE),
                    element(L.OPERATION, "operation", L.OPERATION_MODEL, L.OPERATION_CYCLE),
                    element(L.SCALE, "scale", L.SCALE_MODEL, L.SCALE_CYCLE));
        }

        private Element element(L name, String kind, L model, L inCycle) {
            return new Element(new Tag(kind, t(name)), t(model), t(inCycle));
        }

        /** The five steps on a circle, each arrow pointing to the next (drawn by cycle.jte; text stays text). */
        private Cycle cycle() {
            L[] steps = {L.NODE1, L.NODE2, L.NODE3, L.NODE4, L.NODE5};
            double cx = 210;
            double cy = 205;
            double radius = 145;
            double node = 58;
            double gap = Math.toDegrees(Math.asin((node + 6) / radius));
            List<Arc> arcs = new ArrayList<>();
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                double a = -90 + 72 * i + gap;
                double b = -90 + 72 * (i + 1) - gap;
                arcs.add(new Arc(n(cx + radius * cos(a)), n(cy + radius * sin(a)), n(radius),
                        n(cx + radius * cos(b)), n(cy + radius * sin(b))));
            }
            for (int i = 0; i < 5; i++) {
                double a = -90 + 72 * i;
                double x = cx + radius * cos(a);
                double y = cy + radius * sin(a);
                List<String> texts = new ArrayList<>();
                texts.add(Integer.toString(i + 1));
                texts.addAll(lines(t(steps[i])));
                double first = y - (texts.size() - 1) * 9;
                List<NodeLine> lines = new ArrayList<>();
                for (int k = 0; k < texts.size(); k++) {
                    lines.add(new NodeLine(n(first + 18 * k + 5), k == 0 ? 17 : 14, texts.get(k)));
                }
                nodes.add(new Node(n(x), n(y), n(node), lines));
            }
            return new Cycle(t(L.CYCLE_DIAGRAM), arcs, nodes, n(cx), n(cy + 6), t(L.CYCLE_CENTRE));
        }

        /** At most two lines of about 12 characters, split at spaces (Chinese titles are short enough for one). */
        private static List<String> lines(String text) {
            if (text.length() <= 11 || !text.contains(" ")) {
                return List.of(text);
            }
            int best = -1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == ' ' && (best < 0
                        || Math.abs(i - text.length() / 2) < Math.abs(best - text.length() / 2))) {
                    best = i;
                }
            }
            return List.of(text.substring(0, best), text.substring(best + 1));
        }

        private static double cos(double degrees) {
            return Math.cos(Math.toRadians(degrees));
        }

        private static double sin(double degrees) {
            return Math.sin(Math.toRadians(degrees));
        }

        private static String n(double v) {
            return Formats.number(v, 1, false).replace(Formats.MINUS, "-");
        }

        // --- 3. the phase diagram ---------------------------------------------------------------------

        /** {intro, boundary sentence, largest-cap sentence, verdict}; the last three null without a grid. */
        private String[] phase() {
            SweepResult sweep = m.phase();
            Optional<SweepGrid> grid = SweepGrid.of(sweep);
            Scenario base = m.phaseBase();
            String caps = "";
            String thresholds = "";
            if (grid.isPresent()) {
                caps = levels(sweep, grid.get().rowParameter(), grid.get().rows());
                thresholds = levels(sweep, grid.get().columnParameter(), grid.get().columns());
            }
            String[] out = new String[4];
            out[0] = Messages.format(L.S3_INTRO, lang, base.population().size(),
                    SweepCharts.value(base.group().outsideExposure(), false), caps, thresholds,
                    sweep.spec().replicates(), sweep.runs());
            if (grid.isPresent() && sweep.spec().outcomes().contains(Outcome.FINAL_ACTIVE_SHARE)) {
                SweepGrid g = grid.get();
                out[1] = SweepCharts.boundarySentence(sweep, g, Outcome.FINAL_ACTIVE_SHARE, lang);
                List<SweepGrid.Largest> largest = g.largestRowAbove(Outcome.FINAL_ACTIVE_SHARE, 0.5);
                boolean columnInteger = sweep.spec().parameters().get(g.columnParameter()).integer();
                boolean rowInteger = sweep.spec().parameters().get(g.rowParameter()).integer();
                List<String> items = new ArrayList<>();
                for (SweepGrid.Largest l : largest) {
                    String theta = SweepCharts.value(l.column(), columnInteger);
                    items.add(l.none() ? Messages.format(L.LARGEST_NONE, lang, theta)
                            : Messages.format(L.LARGEST_ITEM, lang, theta, SweepCharts.value(l.row(), rowInteger)));
                }
                out[2] = Messages.format(L.FACT_LARGEST, lang, horizon,
                        String.join(lang == Lang.ZH ? "；" : "; ", items));
                double first = largest.get(0).none() ? Double.NEGATIVE_INFINITY : largest.get(0).row();
                SweepGrid.Largest lastColumn = largest.get(largest.size() - 1);
                double last = lastColumn.none() ? Double.NEGATIVE_INFINITY : lastColumn.row();
                out[3] = t(last > first ? L.VERDICT_PHASE_GROWS : L.VERDICT_PHASE_FLAT);
            }
            return out;
        }

        private static String levels(SweepResult sweep, int parameter, double[] values) {
            SweepParameter p = sweep.spec().parameters().get(parameter);
            List<String> out = new ArrayList<>();
            for (double v : values) {
                out.add(SweepCharts.value(v, p.integer()));
            }
            return String.join(", ", out);
        }

        // --- 5. why most groups die -------------------------------------------------------------------

        /**
         * {intro, fact, verdict}: the share of groups alive 7 and 30 days after opening in each world, with the
         * cluster-bootstrap intervals of the survival curves; the verdict says competition decides only if the
         * worlds' day-30 intervals do not overlap.
         */
        private String[] die() {
            LessonModel.Worlds w = m.worlds();
            Scenario s = w.busy().scenario();
            KaplanMeier.Curve busy = w.busy().groups().survival();
            KaplanMeier.Curve quiet = w.quiet().groups().survival();
            String intro = Messages.format(L.DIE_INTRO, lang, s.world().groups(),
                    SweepCharts.value(s.world().operatorPostsPerDay(), false),
                    SweepCharts.value(s.world().outsideHalfLifeDays(), false),
                    SweepCharts.value(s.world().background().perPerson(), false),
                    SweepCharts.value(s.world().background().newPerDay(), false), s.world().deadAfterDays());
            List<Object> args = new ArrayList<>();
            for (KaplanMeier.Curve c : List.of(busy, quiet)) {
                for (int day : GroupCharts.QUOTED_DAYS) {
                    args.add(share(c.at(day)));
                    args.add(share(c.lowAt(day)));
                    args.add(share(c.highAt(day)));
                }
            }
            args.add(Formats.integer(w.busy().groups().rows().size()));
            args.add(Formats.integer(w.replicates()));
            boolean apart = busy.highAt(30) < quiet.lowAt(30);
            return new String[] {intro, Messages.format(L.DIE_FACT, lang, args.toArray()),
                t(apart ? L.DIE_VERDICT_COMPETITION : L.DIE_VERDICT_UNCLEAR)};
        }

        private String share(double v) {
            return Double.isFinite(v) ? Formats.percent(v, lang) : Formats.na(lang);
        }

        // --- 6. reproduce ----------------------------------------------------------------------------

        private List<Fact> facts() {
            return List.of(new Fact(t(L.FACT_RUNS_PER_GROUP), Integer.toString(m.replicates())),
                    new Fact(t(L.FACT_PHASE_RUNS), Messages.format(SweepLabels.T.SUBTITLE, lang,
                            SweepLabels.designName(m.phase().spec().design()), m.phase().points().size(),
                            m.phase().spec().replicates(), m.phase().runs())),
                    new Fact(t(L.FACT_DIE_RUNS), Integer.toString(m.worlds().replicates())),
                    new Fact(t(L.FACT_SEED_GROUPS), Long.toString(m.seed())),
                    new Fact(t(L.FACT_SEED_PHASE), Long.toString(m.phase().spec().seed())),
                    new Fact(t(L.FACT_WALL), HtmlReport.wallTime(m.wallSeconds(), lang)),
                    new Fact(Labels.text(Text.COL_VERSION, lang), m.version()));
        }

        // --- helpers ----------------------------------------------------------------------------------

        private String count(double v) {
            return Formats.value(Outcome.PEAK_ACTIVE, lang, v);
        }

        private String day(double v) {
            return Formats.value(Outcome.PEAK_ACTIVE_DAY, lang, v);
        }

        private String[] twoDecimals(double... xs) {
            String[] s = new String[xs.length];
            for (int i = 0; i < xs.length; i++) {
                s[i] = Double.isNaN(xs[i]) ? Formats.na(lang) : Formats.number(xs[i], 2, false);
            }
            return s;
        }

        private String t(L key) {
            return Messages.text(key, lang);
        }
    }
}
