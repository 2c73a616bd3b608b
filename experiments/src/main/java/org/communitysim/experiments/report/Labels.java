package org.communitysim.experiments.report;

import org.communitysim.experiments.stats.Verdict;
import org.communitysim.model.Direction;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.CustomOutcome;
import org.communitysim.model.Outcome;
import org.communitysim.model.RunOutcome;
import org.communitysim.scenario.OutcomeDefinition;

/**
 * Every user-visible string of reports and charts, in English and Simplified Chinese. The Chinese names of
 * KPIs are the words community operators use in their own reports (成员数, 活跃成员, 新增量, 留存率, 流失率,
 * 转化率, 复购率, 裂变系数 K…), so that a strategist reads the result in their own terms (docs/model.md §6).
 *
 * <p>The words live in the bundles {@code messages_en.properties} and {@code messages_zh.properties} (see
 * {@link Messages}); this class names them. All strings are plain text: the templates escape them like any other
 * input.
 */
public final class Labels {
    private Labels() {
    }

    /** Fixed texts: section titles, table headers, verdict words, captions, sentence templates. */
    public enum Text implements MessageKey {
        // sections
        SECTION_ANSWER, SECTION_SCENARIOS, SECTION_DECISIONS, SECTION_DISTRIBUTIONS, SECTION_CHARTS,
        SECTION_FAN_CHARTS, SECTION_BOX_PLOTS, SECTION_PARAMETERS, SECTION_REPRODUCE,
        SUBTITLE,
        // scenario list
        COL_SCENARIO, COL_DESCRIPTION, COL_HORIZON, COL_REPLICATES,
        // decision table
        PAIR_CAPTION, COL_OUTCOME, COL_MEAN_A, COL_MEAN_B, COL_DIFFERENCE, COL_P_T, COL_PROB_A_BETTER, COL_VERDICT,
        DECISIONS_NOTE, NO_DECISIONS,
        // one scenario (run): its outcomes instead of a decision table
        SUBTITLE_ONE, SECTION_OUTCOMES, COL_MEAN, COL_SD, COL_MEDIAN, COL_CI, ANSWER_ONE,
        VERDICT_BETTER, VERDICT_NO_CLEAR_DIFFERENCE, VERDICT_NOT_RANKED,
        DIRECTION_HIGHER_IS_BETTER, DIRECTION_LOWER_IS_BETTER, DIRECTION_NEUTRAL,
        // answer paragraph
        ANSWER_RANKING, ANSWER_RANKING_ITEM, ANSWER_CHOOSE, ANSWER_UNCLEAR, ANSWER_COSTS, ANSWER_COSTS_NONE,
        ANSWER_GAINS, ANSWER_DOMINANT, ANSWER_NO_GOAL, ANSWER_TRADE, ANSWER_TRADE_ONE_SIDED, ANSWER_TRADE_ONE_SIDED_MONEY, ANSWER_TRADE_NONE,
        ANSWER_REST, ANSWER_MONEY, ANSWER_GROUPS, ANSWER_GROUP_ONE, MONEY_ITEM, WORD_BETTER, WORD_WORSE, ANSWER_COLLAPSE, ANSWER_NO_SCENARIOS,
        VALUE_VS, LIST_MORE, ANSWER_FAMILY, ANSWER_FAMILY_ONE, ANSWER_TRADE_NONE_ONE, ANSWER_REST_ONE,
        ANSWER_SEVERAL, ANSWER_SEVERAL_ITEM, ANSWER_SEVERAL_SEPARATOR,
        // the terminal (cli)
        TERM_SCENARIO, TERM_COLLAPSED, TERM_PAIR, TERM_GROUPS, TERM_RESULTS, TERM_PROGRESS, TERM_PROGRESS_DONE, TERM_BAR, TERM_FIRST_GROUP, TERM_ALL_GROUPS,
        TERM_LESSON, TERM_LESSON_PAGE, TERM_SWEEP, TERM_CALIBRATE, TERM_CALIBRATE_ESTIMATE, TERM_NOT_IDENTIFIED, TERM_NOT_JUDGED,
        TERM_OPTIMISE, TERM_OPTIMISE_CANDIDATE, TERM_CONSTRAINT_BROKEN, TERM_RESUMED,
        // distributions
        DISTRIBUTIONS_INTRO, COL_COLLAPSED, COL_COLLAPSE_DAY, COL_FINAL_ACTIVE_SPREAD, COL_MEAN_ALIVE,
        COL_MEAN_COLLAPSED, COL_HISTOGRAM, BIMODAL_NOTE, ALL_COLLAPSED_NOTE, NO_COLLAPSE_NOTE, COUNT_OF,
        HISTOGRAM_RANGE,
        // charts
        AXIS_DAY, FAN_TITLE, FAN_HOW_TO_READ, BOX_HOW_TO_READ, BOX_NAN_SKIPPED, BOX_SCENARIO_OMITTED, BOX_NOT_DRAWN,
        CHART_FILES, FONT_FALLBACK, AXIS_PERCENT, AXIS_PERCENT_PER_DAY,
        // actions fired (playbook, KOL departure): the fan charts' markers
        ACTION_SET, ACTION_CAMPAIGN_START, ACTION_CAMPAIGN_END, ACTION_KOLS_LEAVE, ACTION_HAND_OVER, ACTION_PURGE,
        ACTION_EVENT, ACTION_OPEN_GROUP, ACTION_ENDS, ACTION_SPREAD, ACTIONS_NOT_MARKED,
        // a world of many groups: survival curve and small multiples (docs/model.md §4.12)
        SECTION_GROUPS, GROUPS_INTRO, SURVIVAL_TITLE, SURVIVAL_CAPTION, SURVIVAL_FACT, AXIS_DAYS_SINCE_OPENING,
        AXIS_SHARE_ALIVE, MARK_DAY, GROUPS_PANELS_TITLE, GROUPS_PANELS_HOW_TO_READ, GROUP_PANEL_TITLE,
        GROUP_PANEL_FROM, MARK_OPENED, MARK_DIED, GROUPS_NOT_DRAWN,
        // money: the cost table
        SECTION_MONEY, MONEY_INTRO, COL_LINE, MONEY_NONE, MONEY_NONE_SCENARIO, MONEY_PAYBACK_NOTE,
        // parameters
        COL_PARAMETER, NO_PARAMETER_DIFFERENCES,
        // reproduce
        REPRODUCE_INTRO, COL_MASTER_SEED, COL_REPLICATES_PER_SCENARIO, COL_VERSION, COL_WALL_TIME,
        WALL_SECONDS, WALL_MINUTES, WALL_HOURS,
        // units and separators
        UNIT_POINTS, UNIT_DAYS, UNIT_PER_DAY, LIST_SEPARATOR, LIST_LAST_SEPARATOR, SENTENCE_SEPARATOR, NOT_AVAILABLE,
        // custom outcomes (docs/scenarios.md "Custom outcomes"): their formula when the file gives no description
        CUSTOM_AT, CUSTOM_LAST, CUSTOM_MEAN, CUSTOM_SUM, CUSTOM_MIN, CUSTOM_MAX, CUSTOM_FIRST_DAY, CUSTOM_RATIO,
        CUSTOM_LEFT_OUT, CUSTOM_FAMILY;

        @Override
        public String group() {
            return "report";
        }
    }

    /**
     * The name of a daily metric (a chart title, a table row); a metric the model added after the bundles were
     * written shows its column name until they name it (MessagesTest fails meanwhile).
     */
    public static String name(DailyMetric metric, Lang lang) {
        return Messages.textOr(key(metric), lang, metric.column());
    }

    /** One sentence saying what a daily metric counts. */
    public static String description(DailyMetric metric, Lang lang) {
        return Messages.textOr(key(metric) + DESCRIPTION, lang, metric.description());
    }

    /** The name of a per-run outcome (a KPI); a custom outcome is named by its column, as its file names it. */
    public static String name(RunOutcome outcome, Lang lang) {
        if (outcome instanceof CustomOutcome) {
            return outcome.column();
        }
        return Messages.textOr(key(outcome), lang, outcome.column());
    }

    /**
     * One sentence defining a per-run outcome. A custom outcome's is its file's description in the language
     * ({@code descriptionZh} for Chinese, the English one when that is missing), else its formula in words.
     */
    public static String description(RunOutcome outcome, Lang lang) {
        if (outcome instanceof CustomOutcome c) {
            OutcomeDefinition d = c.definition();
            String given = lang == Lang.ZH && !d.descriptionZh().isEmpty() ? d.descriptionZh() : d.description();
            return given.isEmpty() ? formula(d, lang) : given;
        }
        return Messages.textOr(key(outcome) + DESCRIPTION, lang, outcome.description());
    }

    /** A custom outcome's formula in words: "mean of joins (people admitted) over days 30-60". */
    public static String formula(OutcomeDefinition d, Lang lang) {
        String q = metricName(d.metric(), lang);
        if (!d.per().isEmpty()) {
            q = format(Text.CUSTOM_RATIO, lang, q, metricName(d.per(), lang));
        }
        return switch (d.statistic()) {
            case AT -> format(Text.CUSTOM_AT, lang, q, d.from());
            case LAST -> format(Text.CUSTOM_LAST, lang, q);
            case MEAN -> format(Text.CUSTOM_MEAN, lang, q, d.from(), d.to());
            case SUM -> format(Text.CUSTOM_SUM, lang, q, d.from(), d.to());
            case MIN -> format(Text.CUSTOM_MIN, lang, q, d.from(), d.to());
            case MAX -> format(Text.CUSTOM_MAX, lang, q, d.from(), d.to());
            case FIRST_DAY -> format(Text.CUSTOM_FIRST_DAY, lang, q, d.comparison().symbol,
                    java.math.BigDecimal.valueOf(d.threshold()).stripTrailingZeros().toPlainString(), d.from());
        };
    }

    /**
     * What a pair's table says about its custom outcomes: that its last rows are a family of their own, and which
     * custom outcomes were left out because the scenarios define them differently; "" when neither applies. Each
     * part starts with its separator ("; "), so it follows a table's caption.
     */
    public static String customNote(java.util.List<org.communitysim.experiments.stats.Decision> pairRows,
            java.util.List<org.communitysim.scenario.Scenario> scenarios, Lang lang) {
        StringBuilder note = new StringBuilder();
        long custom = pairRows.stream().filter(d -> d.outcome() instanceof CustomOutcome).count();
        if (custom > 0) {
            note.append(format(Text.CUSTOM_FAMILY, lang, custom));
        }
        for (var e : CustomOutcome.leftOut(scenarios).entrySet()) {
            note.append(format(Text.CUSTOM_LEFT_OUT, lang, e.getKey(),
                    String.join(", ", e.getValue())));
        }
        return note.toString();
    }

    private static String metricName(String column, Lang lang) {
        for (DailyMetric m : DailyMetric.values()) {
            if (m.column().equals(column)) {
                return inSentence(name(m, lang), lang);
            }
        }
        return column;
    }

    /** The bundle key of a daily metric's name: {@code daily.<column>} (the metric's label key). */
    static String key(DailyMetric metric) {
        return "daily." + metric.column();
    }

    /** The bundle key of an outcome's name: {@code outcome.<column>} (the outcome's label key). */
    static String key(RunOutcome outcome) {
        return "outcome." + outcome.column();
    }

    /** Appended to a name's key, the key of its one-sentence definition. */
    static final String DESCRIPTION = ".description";

    /** Whether higher is better, in words. */
    public static String direction(Direction direction, Lang lang) {
        return text(switch (direction) {
            case HIGHER_IS_BETTER -> Text.DIRECTION_HIGHER_IS_BETTER;
            case LOWER_IS_BETTER -> Text.DIRECTION_LOWER_IS_BETTER;
            case NEUTRAL -> Text.DIRECTION_NEUTRAL;
        }, lang);
    }

    /** The verdict of a decision row in words, naming the winner: "small-group better". */
    public static String verdict(Verdict verdict, String a, String b, Lang lang) {
        return switch (verdict) {
            case A_BETTER -> format(Text.VERDICT_BETTER, lang, a);
            case B_BETTER -> format(Text.VERDICT_BETTER, lang, b);
            case NO_CLEAR_DIFFERENCE -> text(Text.VERDICT_NO_CLEAR_DIFFERENCE, lang);
            case NOT_RANKED -> text(Text.VERDICT_NOT_RANKED, lang);
        };
    }

    /** A description as a sentence: capital first letter (English), final full stop. */
    static String sentence(String text, Lang lang) {
        if (text.isEmpty()) {
            return text;
        }
        String first = lang == Lang.EN ? text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) : text.substring(0, 1);
        String body = first + text.substring(1);
        return lang == Lang.ZH ? (body.endsWith("。") ? body : body + "。") : (body.endsWith(".") ? body : body + ".");
    }

    /**
     * A name placed inside an English sentence: "Churn rate" becomes "churn rate", "KOL posts" stays (a first
     * word in capitals is an acronym). Chinese has no case.
     */
    static String inSentence(String name, Lang lang) {
        if (lang != Lang.EN || name.length() < 2 || !Character.isUpperCase(name.charAt(0))
                || !Character.isLowerCase(name.charAt(1))) {
            return name;
        }
        return name.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + name.substring(1);
    }

    /** A fixed text. */
    public static String text(Text key, Lang lang) {
        return Messages.text(key, lang);
    }

    /**
     * A text with its placeholders {@code {0}}, {@code {1}}… replaced by the arguments, verbatim (no quoting
     * rules, no locale-dependent number formatting: numbers are formatted before they get here).
     */
    public static String format(Text key, Lang lang, Object... args) {
        return Messages.format(key, lang, args);
    }
}
