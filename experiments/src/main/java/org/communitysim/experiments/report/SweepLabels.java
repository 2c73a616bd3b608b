package org.communitysim.experiments.report;

import java.util.Locale;
import org.communitysim.experiments.sweep.DesignType;

/**
 * The user-visible strings of sweep reports and sweep charts, in English and Simplified Chinese, and the names of
 * the scenario parameters a sweep usually varies (the levers of docs/model.md §1: size cap 规模, threshold 门槛,
 * cadence 输出/运营, KOLs 意见领袖, referral reward 裂变), named here and worded in the bundles (see {@link Messages}).
 * Plain text: the templates escape it.
 */
final class SweepLabels {
    private SweepLabels() {
    }

    enum T implements MessageKey {
        SUBTITLE, SECTION_VARIED, SECTION_DESIGN, SECTION_POINTS, SECTION_SENSITIVITY,
        COL_PARAMETER, COL_PATH, COL_VALUES, COL_LEVELS, COL_POINT, COL_MU_STAR, COL_SIGMA, COL_MU, COL_S1, COL_ST,
        RANGE, RANGE_LOG, LEVELS_SAMPLED,
        FACT_DESIGN, FACT_POINTS, FACT_REPLICATES, FACT_RUNS, FACT_OUTCOMES, FACT_BASE,
        FACT_WALL, FACT_RESUMED,
        HEATMAP_TITLE, HEATMAP_HOW, HEATMAP_CI_TITLE, HEATMAP_CI_HOW, HEATMAP_CI_WIDEST, HEATMAP_FEW, BOUNDARY, BOUNDARY_ITEM, BOUNDARY_NEVER, BOUNDARY_ALWAYS, EXTREMES, VALUE_AT,
        LINE_TITLE, LINE_HOW, SCATTER_HOW, SCATTER_LIMIT,
        SENS_TITLE_MORRIS, SENS_TITLE_SOBOL, SENS_HOW_MORRIS, SENS_HOW_SOBOL, SENS_TOP_MORRIS, SENS_TOP_SOBOL,
        SENS_TIE_MORRIS, SENS_TIE_SOBOL,
        SENS_NONE, AXIS_MORRIS, AXIS_SOBOL, SENS_TABLE_CAPTION,
        POINTS_ALL, POINTS_TOP, POINTS_HIGHEST, POINTS_LOWEST, NO_CHARTS,
        REPRODUCE_INTRO, FILES_INTRO, FILE_RUNS, FILE_POINTS, FILE_SENSITIVITY, FILE_SPEC, FILE_MANIFEST,
        FILE_REPORT;

        @Override
        public String group() {
            return "sweep";
        }
    }

    /** What a design does, in one sentence; {0} is the number of samples. */
    static String design(DesignType design, Lang lang, int samples) {
        return Messages.fill(Messages.text(designKey(design), lang), samples);
    }

    /** The bundle key of a design's sentence: {@code design.<name>}. */
    static String designKey(DesignType design) {
        return "design." + designName(design);
    }

    /** The design's name as the spec file writes it: grid, lhs, morris… */
    static String designName(DesignType design) {
        return design.name().toLowerCase(Locale.ROOT);
    }

    /** A parameter's name for people ("Size cap"); its JSON path when it has none. */
    static String parameter(String path, Lang lang) {
        return Messages.textOr(PARAMETER + path, lang, path);
    }

    /** The bundle key of a parameter's name is this and its JSON path: {@code parameter.group.sizeCap}. */
    static final String PARAMETER = "parameter.";
}
