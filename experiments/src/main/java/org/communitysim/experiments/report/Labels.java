package org.communitysim.experiments.report;

import java.util.EnumMap;
import java.util.Map;
import org.communitysim.experiments.stats.Verdict;
import org.communitysim.model.Direction;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.Outcome;

/**
 * Every user-visible string of reports and charts, in English and Simplified Chinese. The Chinese names of
 * KPIs are the words community operators use in their own reports (成员数, 活跃成员, 新增量, 留存率, 流失率,
 * 转化率, 复购率, 裂变系数 K…), so that a strategist reads the result in their own terms (docs/model.md §6).
 *
 * <p>All strings are plain text: the HTML writer escapes them like any other input.
 */
public final class Labels {
    private Labels() {
    }

    /** Fixed texts: section titles, table headers, verdict words, captions, sentence templates. */
    public enum Text {
        // sections
        SECTION_ANSWER, SECTION_SCENARIOS, SECTION_DECISIONS, SECTION_DISTRIBUTIONS, SECTION_CHARTS,
        SECTION_FAN_CHARTS, SECTION_BOX_PLOTS, SECTION_PARAMETERS, SECTION_REPRODUCE,
        SUBTITLE,
        // scenario list
        COL_SCENARIO, COL_DESCRIPTION, COL_HORIZON, COL_REPLICATES,
        // decision table
        PAIR_CAPTION, COL_OUTCOME, COL_MEAN_A, COL_MEAN_B, COL_DIFFERENCE, COL_P_T, COL_P_WILCOXON, COL_EFFECT_SIZE,
        COL_PROB_A_GREATER, COL_VERDICT, DECISIONS_NOTE, NO_DECISIONS,
        // one scenario (run): its outcomes instead of a decision table
        SUBTITLE_ONE, SECTION_OUTCOMES, COL_MEAN, COL_SD, COL_MEDIAN, COL_CI, ANSWER_ONE,
        VERDICT_BETTER, VERDICT_NO_CLEAR_DIFFERENCE, VERDICT_NOT_RANKED,
        DIRECTION_HIGHER_IS_BETTER, DIRECTION_LOWER_IS_BETTER, DIRECTION_NEUTRAL,
        // answer paragraph
        ANSWER_LEADS, ANSWER_TIE, ANSWER_NONE, ANSWER_NOTHING_RANKED, ANSWER_FACT, ANSWER_FACT_ACTIVE_SHARE,
        ANSWER_ALSO, ANSWER_BUT, ANSWER_COLLAPSE, ANSWER_OVERALL, ANSWER_OVERALL_ITEM, ANSWER_NO_SCENARIOS, VALUE_VS,
        // distributions
        DISTRIBUTIONS_INTRO, COL_COLLAPSED, COL_COLLAPSE_DAY, COL_FINAL_ACTIVE_SPREAD, COL_MEAN_ALIVE,
        COL_MEAN_COLLAPSED, COL_HISTOGRAM, BIMODAL_NOTE, ALL_COLLAPSED_NOTE, NO_COLLAPSE_NOTE, COUNT_OF,
        HISTOGRAM_RANGE,
        // charts
        AXIS_DAY, FAN_TITLE, FAN_HOW_TO_READ, BOX_HOW_TO_READ, BOX_NAN_SKIPPED, BOX_SCENARIO_OMITTED, BOX_NOT_DRAWN,
        CHART_FILES, FONT_FALLBACK, AXIS_PERCENT, AXIS_PERCENT_PER_DAY,
        // parameters
        COL_PARAMETER, NO_PARAMETER_DIFFERENCES,
        // reproduce
        REPRODUCE_INTRO, COL_MASTER_SEED, COL_REPLICATES_PER_SCENARIO, COL_VERSION, COL_WALL_TIME,
        WALL_SECONDS, WALL_MINUTES, WALL_HOURS,
        // units and separators
        UNIT_POINTS, UNIT_DAYS, UNIT_PER_DAY, LIST_SEPARATOR, LIST_LAST_SEPARATOR, SENTENCE_SEPARATOR, NOT_AVAILABLE
    }

    private record Entry(String en, String zh) {
        String in(Lang lang) {
            return lang == Lang.ZH ? zh : en;
        }
    }

    private record Named(Entry name, Entry description) {
    }

    private static final Map<Text, Entry> TEXTS = new EnumMap<>(Text.class);
    private static final Map<DailyMetric, Named> METRICS = new EnumMap<>(DailyMetric.class);
    private static final Map<Outcome, Named> OUTCOMES = new EnumMap<>(Outcome.class);

    /** The name of a daily metric (a chart title, a table row). */
    public static String name(DailyMetric metric, Lang lang) {
        return metric(metric).name().in(lang);
    }

    /** One sentence saying what a daily metric counts. */
    public static String description(DailyMetric metric, Lang lang) {
        return metric(metric).description().in(lang);
    }

    /** The name of a per-run outcome (a KPI). */
    public static String name(Outcome outcome, Lang lang) {
        return outcome(outcome).name().in(lang);
    }

    /** One sentence defining a per-run outcome. */
    public static String description(Outcome outcome, Lang lang) {
        return outcome(outcome).description().in(lang);
    }

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

    /** A metric the model added after these labels were written is shown by its column name (LabelsTest fails). */
    private static Named metric(DailyMetric m) {
        Named named = METRICS.get(m);
        return named != null ? named : new Named(new Entry(m.column(), m.column()), new Entry(m.description(), m.description()));
    }

    private static Named outcome(Outcome o) {
        Named named = OUTCOMES.get(o);
        return named != null ? named : new Named(new Entry(o.column(), o.column()), new Entry(o.description(), o.description()));
    }

    /** A fixed text. */
    public static String text(Text key, Lang lang) {
        return TEXTS.get(key).in(lang);
    }

    /**
     * A text with its placeholders {@code {0}}, {@code {1}}… replaced by the arguments, verbatim (no quoting
     * rules, no locale-dependent number formatting: numbers are formatted before they get here).
     */
    public static String format(Text key, Lang lang, Object... args) {
        return fill(text(key, lang), args);
    }

    /** Replaces {@code {0}}, {@code {1}}… of a template by the arguments, verbatim; shared by every label table. */
    static String fill(String template, Object... args) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && allDigits(template, i + 1, close)) {
                int index = Integer.parseInt(template.substring(i + 1, close));
                if (index >= args.length) {
                    throw new IllegalArgumentException("template needs argument " + index + ", got " + args.length
                            + ": " + template);
                }
                out.append(args[index]);
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void text(Text key, String en, String zh) {
        TEXTS.put(key, new Entry(en, zh));
    }

    /** English description: the model's own definition, kept in one place (the enum). */
    private static void metric(DailyMetric m, String en, String zh, String zhDescription) {
        METRICS.put(m, new Named(new Entry(en, zh), new Entry(m.description(), zhDescription)));
    }

    private static void outcome(Outcome o, String en, String zh, String zhDescription) {
        OUTCOMES.put(o, new Named(new Entry(en, zh), new Entry(o.description(), zhDescription)));
    }

    static {
        metric(DailyMetric.MEMBERS, "Members", "成员数", "当天结束时的群成员数（含所有角色）");
        metric(DailyMetric.ACTIVE, "Active members", "活跃成员", "未潜水的成员：高于潜水线的普通成员，加上意见领袖 (KOL)");
        metric(DailyMetric.LURKERS, "Lurkers", "潜水成员", "低于潜水线的普通成员");
        metric(DailyMetric.ADVERTISERS, "Advertisers", "广告号", "身为群成员的广告发布者");
        metric(DailyMetric.JOINS, "Joins", "新增成员", "当天入群的人数");
        metric(DailyMetric.JOINS_SEED, "Joins (seed)", "新增成员（种子）", "种子渠道入群：运营者的圈子与意见领袖 (KOL)，第 0 天");
        metric(DailyMetric.JOINS_OUTSIDE, "Joins (outside)", "新增成员（外部引流）", "通过外部曝光（公域流量）入群");
        metric(DailyMetric.JOINS_REFERRAL, "Joins (referral)", "新增成员（裂变邀请）", "通过成员邀请入群");
        metric(DailyMetric.LEAVES, "Leaves", "退群人数", "当天离开的成员（流失、封禁和意见领袖 (KOL) 离开）");
        metric(DailyMetric.BANS, "Bans", "封禁数", "当天被封禁的广告号");
        metric(DailyMetric.APPLICATIONS, "Applications", "入群申请", "当天审核的入群申请（外部与邀请）");
        metric(DailyMetric.REJECTIONS, "Rejections", "审核拒绝", "当天审核未通过的申请人");
        metric(DailyMetric.TURNED_AWAY, "Turned away (group full)", "满员被拒", "因群已满员而被拒的申请人");
        metric(DailyMetric.INVITATIONS_SENT, "Invitations sent", "发出邀请", "成员发出的邀请");
        metric(DailyMetric.INVITATIONS_ACCEPTED, "Invitations accepted", "接受邀请", "被接受的邀请（受邀者随后申请入群）");
        metric(DailyMetric.POSTS_ON_TOPIC, "On-topic posts", "主题发帖", "普通成员发布的切题帖子");
        metric(DailyMetric.POSTS_NOISE, "Off-topic posts", "闲聊发帖", "普通成员发布的离题帖子（闲聊）");
        metric(DailyMetric.POSTS_ADS, "Ads", "广告帖", "未被管理员删除的广告");
        metric(DailyMetric.ADS_REMOVED, "Ads removed", "删除广告", "被管理员删除的广告");
        metric(DailyMetric.POSTS_OPERATOR, "Operator posts", "运营发帖", "运营者发布的非促销帖子");
        metric(DailyMetric.POSTS_KOL, "KOL posts", "意见领袖 (KOL) 发帖", "意见领袖 (KOL) 发布的帖子");
        metric(DailyMetric.POSTS_PROMO, "Promotions", "促销帖", "运营者发布的促销");
        metric(DailyMetric.MEAN_POST_VALUE, "Mean post value (signal-to-noise)", "平均帖子价值（信噪比）",
                "当天帖子的平均质量（闲聊、广告、促销计为 0）：信噪比");
        metric(DailyMetric.MEAN_SATISFACTION, "Mean satisfaction", "平均满意度", "普通成员的平均满意度 S");
        metric(DailyMetric.MEAN_AFFINITY, "Mean affinity", "平均话题契合度", "成员对群主题的平均契合度");
        metric(DailyMetric.QUESTIONS_ASKED, "Questions asked", "新人提问", "新成员提出的问题");
        metric(DailyMetric.QUESTIONS_ANSWERED, "Questions answered", "提问获答", "得到回答的新人问题");
        metric(DailyMetric.PURCHASES, "First purchases", "首购", "首次购买（新买家）");
        metric(DailyMetric.REPURCHASES, "Repurchases", "复购", "老买家的再次购买");
        metric(DailyMetric.EVENT, "Event day", "活动日", "活动日为 1，否则为 0");

        outcome(Outcome.PEAK_MEMBERS, "Peak members", "峰值成员数", "成员数的最大值");
        outcome(Outcome.PEAK_MEMBERS_DAY, "Day of peak members", "成员数达峰日", "成员数首次达到其最大值 95% 的那一天");
        outcome(Outcome.PEAK_ACTIVE, "Peak active members", "峰值活跃成员", "活跃成员的最大值");
        outcome(Outcome.PEAK_ACTIVE_DAY, "Day of peak activity", "活跃达峰日", "活跃成员首次达到其最大值 95% 的那一天");
        outcome(Outcome.FINAL_MEMBERS, "Members at the horizon", "期末成员数", "期末成员数（最后 7 天的平均）");
        outcome(Outcome.FINAL_ACTIVE, "Active members at the horizon", "期末活跃成员", "期末活跃成员数（最后 7 天的平均）");
        outcome(Outcome.FINAL_ACTIVE_SHARE, "Active share at the horizon", "期末活跃率",
                "期末活跃成员 ÷ 成员数（最后 7 天平均值之比）");
        outcome(Outcome.ACTIVE_RETAINED, "Activity kept from the peak", "活跃保持率", "期末活跃成员 ÷ 峰值活跃成员");
        outcome(Outcome.ACTIVITY_HALF_LIFE, "Activity half-life", "活跃半衰期",
                "从活跃度最高的那天到活跃成员首次降到一半所经过的天数；期内未降到一半则无取值（删失）");
        outcome(Outcome.HALF_LIFE_CENSORED, "Half-life not reached", "未到半衰期", "期内活跃成员从未降到最大值的一半则为 1");
        outcome(Outcome.JOINS_30, "Joins in the first 30 days", "前 30 天新增量", "第 0–29 天的新增成员，不含种子成员");
        outcome(Outcome.JOINS_TOTAL, "Total joins", "累计新增量", "全部新增成员，不含种子成员");
        outcome(Outcome.JOINS_OUTSIDE, "Joins from outside", "外部引流新增", "通过外部曝光入群的人数");
        outcome(Outcome.JOINS_REFERRAL, "Joins by referral", "裂变新增", "通过成员邀请入群的人数");
        outcome(Outcome.RETENTION_30, "30-day retention", "30 天留存率",
                "新成员（外部引流与邀请）入群 30 天后仍在群内的比例，只计距期末至少 30 天前入群的批次");
        outcome(Outcome.RETENTION_30_REFERRAL, "30-day retention (referral)", "30 天留存率（裂变邀请）", "受邀新成员的 30 天留存率");
        outcome(Outcome.RETENTION_30_OUTSIDE, "30-day retention (outside)", "30 天留存率（外部引流）", "外部引流新成员的 30 天留存率");
        outcome(Outcome.CHURN_RATE, "Churn rate", "流失率", "每成员每天的退群人数");
        outcome(Outcome.VIRAL_K, "Viral coefficient K", "裂变系数 K", "裂变新增 ÷ 曾经入群的总人数");
        outcome(Outcome.GINI_POSTS, "Participation inequality (Gini of posts)", "参与不均（发帖基尼系数）",
                "观察窗口内全程在群成员的人均发帖数的基尼系数");
        outcome(Outcome.TOP1_SHARE, "Posts by the top 1%", "头部 1% 发帖占比", "发帖最多的 1% 成员所发帖子的占比");
        outcome(Outcome.TOP10_SHARE, "Posts by the top 10%", "头部 10% 发帖占比", "发帖最多的 10% 成员所发帖子的占比");
        outcome(Outcome.NEVER_POSTED_SHARE, "Never posted", "从未发帖占比", "观察窗口内全程在群但从未发帖的成员占比");
        outcome(Outcome.INEQUALITY_MEMBERS, "Members in the inequality window", "参与不均统计人数", "观察窗口内全程在群的成员数");
        outcome(Outcome.CONVERSION_RATE, "Conversion rate", "转化率", "买家 ÷ 曾经入群的普通成员");
        outcome(Outcome.REPURCHASE_RATE, "Repurchase rate", "复购率", "再次购买的买家 ÷ 买家");
        outcome(Outcome.PURCHASES_TOTAL, "Purchases", "购买次数", "首购加复购");
        outcome(Outcome.DEAD, "Collapsed", "死群", "期末活跃成员低于死群下限则为 1");
        outcome(Outcome.DEAD_DAY, "Day of collapse", "死群日", "活跃成员从此一直低于下限的第一天；未死群则无取值");
        outcome(Outcome.MEAN_AFFINITY_FINAL, "Mean affinity at the horizon", "期末平均契合度", "期末成员对群主题的平均契合度");
        outcome(Outcome.MEAN_AFFINITY_REFERRAL, "Mean affinity of referral joiners", "裂变新成员平均契合度", "受邀新成员的平均契合度");
        outcome(Outcome.MEAN_AFFINITY_OUTSIDE, "Mean affinity of outside joiners", "外部新成员平均契合度", "外部引流新成员的平均契合度");
        outcome(Outcome.INVITATIONS_SENT, "Invitations sent", "发出邀请总数", "整个模拟期内发出的邀请");
        outcome(Outcome.MEAN_REFERRAL_DEPTH, "Mean referral depth", "平均裂变层级", "受邀新成员的平均邀请层级（由种子成员或外部新成员邀请 = 1）");
        outcome(Outcome.POSTS_ON_TOPIC_FINAL, "On-topic posts per day at the horizon", "期末日均主题发帖",
                "期末每天的成员主题发帖数（最后 7 天的平均）");
        outcome(Outcome.MEAN_POST_VALUE_FINAL, "Mean post value at the horizon", "期末平均帖子价值", "期末平均帖子价值（最后 7 天的平均）");
        outcome(Outcome.MEAN_SATISFACTION_FINAL, "Mean satisfaction at the horizon", "期末平均满意度", "期末平均满意度（最后 7 天的平均）");

        text(Text.SECTION_ANSWER, "The answer", "结论");
        text(Text.SECTION_SCENARIOS, "Scenarios", "方案");
        text(Text.SECTION_DECISIONS, "Decision table", "决策表");
        text(Text.SECTION_DISTRIBUTIONS, "Collapse and bimodal outcomes", "死群与两极分化");
        text(Text.SECTION_CHARTS, "Charts", "图表");
        text(Text.SECTION_FAN_CHARTS, "Day by day", "每日走势");
        text(Text.SECTION_BOX_PLOTS, "Outcomes across replicates", "各次重复实验的结果分布");
        text(Text.SECTION_PARAMETERS, "Parameters that differ", "方案之间不同的参数");
        text(Text.SECTION_REPRODUCE, "How to reproduce", "如何复现");
        text(Text.SUBTITLE, "Monte Carlo comparison of {0} scenarios, {1} replicates each, paired by common random numbers.",
                "{0} 个方案的蒙特卡洛比较，每个方案重复 {1} 次，按共同随机数配对。");

        text(Text.COL_SCENARIO, "Scenario", "方案");
        text(Text.COL_DESCRIPTION, "Description", "说明");
        text(Text.COL_HORIZON, "Days simulated", "模拟天数");
        text(Text.COL_REPLICATES, "Replicates", "重复次数");

        text(Text.PAIR_CAPTION, "A = {0}, B = {1}", "A = {0}，B = {1}");
        text(Text.COL_OUTCOME, "Outcome", "指标");
        text(Text.COL_MEAN_A, "Mean A", "A 均值");
        text(Text.COL_MEAN_B, "Mean B", "B 均值");
        text(Text.COL_DIFFERENCE, "Difference A − B (95% CI)", "差值 A − B（95% 置信区间）");
        text(Text.COL_P_T, "Holm p (paired t)", "Holm 校正 p 值（配对 t 检验）");
        text(Text.COL_P_WILCOXON, "Holm p (Wilcoxon)", "Holm 校正 p 值（Wilcoxon 检验）");
        text(Text.COL_EFFECT_SIZE, "Effect size d_z", "效应量 d_z");
        text(Text.COL_PROB_A_GREATER, "P(A > B)", "A 高于 B 的比例");
        text(Text.COL_VERDICT, "Verdict", "判定");
        text(Text.DECISIONS_NOTE,
                "Each replicate of A is paired with the replicate of B run on the same random numbers. A scenario is "
                        + "called better when the Holm-adjusted p-value of the paired t-test is below 0.05 and the 95% "
                        + "confidence interval of the difference excludes 0; outcomes with no better direction are not "
                        + "ranked. P(A > B) is the share of pairs in which A is higher (ties count one half). Shares are "
                        + "in %, their differences in percentage points.",
                "A 的每次重复实验与使用相同随机数的 B 的重复实验配对。当配对 t 检验的 Holm 校正 p 值小于 0.05 且差值的 "
                        + "95% 置信区间不含 0 时，判定一方更好；没有好坏方向的指标不排名。“A 高于 B 的比例”为 A 取值更高的配对"
                        + "所占比例（相等计一半）。比率以 % 表示，其差值以百分点表示。");
        text(Text.NO_DECISIONS, "The decision table is empty: no pair of scenarios was compared.", "决策表为空：没有比较任何两个方案。");
        text(Text.SUBTITLE_ONE, "Monte Carlo run of one scenario, {0} replicates.", "单个方案的蒙特卡洛模拟，共 {0} 次重复。");
        text(Text.SECTION_OUTCOMES, "Outcomes", "结果");
        text(Text.COL_MEAN, "Mean", "均值");
        text(Text.COL_SD, "SD", "标准差");
        text(Text.COL_MEDIAN, "Median", "中位数");
        text(Text.COL_CI, "95% CI of the mean", "均值的 95% 置信区间");
        text(Text.ANSWER_ONE, "{0} keeps {1} of its members active at day {2} (95% CI {3} to {4}); it collapsed in {5} of {6} replicates.",
                "{0} 在第 {2} 天仍有 {1} 的成员活跃（95% 置信区间 {3} 至 {4}）；{6} 次重复中有 {5} 次衰亡。");
        text(Text.VERDICT_BETTER, "{0} better", "{0} 更好");
        text(Text.VERDICT_NO_CLEAR_DIFFERENCE, "no clear difference", "无明显差异");
        text(Text.VERDICT_NOT_RANKED, "not ranked", "不排名");
        text(Text.DIRECTION_HIGHER_IS_BETTER, "higher is better", "越高越好");
        text(Text.DIRECTION_LOWER_IS_BETTER, "lower is better", "越低越好");
        text(Text.DIRECTION_NEUTRAL, "neither higher nor lower is better", "无好坏方向");

        text(Text.ANSWER_LEADS,
                "{0} does better than {1} on the key KPIs: better on {2} of {3} ranked outcomes, worse on {4}, no clear difference on {5}.",
                "在关键指标上，{0} 优于 {1}：{3} 项排名指标中 {2} 项更好，{4} 项更差，{5} 项无明显差异。");
        text(Text.ANSWER_TIE,
                "Neither {0} nor {1} is better overall: each is better on {2} of {3} ranked outcomes, no clear difference on {4}.",
                "{0} 与 {1} 各有所长：{3} 项排名指标中各有 {2} 项更好，{4} 项无明显差异。");
        text(Text.ANSWER_NONE, "No clear difference between {0} and {1} on any of the {2} ranked outcomes.",
                "{0} 与 {1} 在全部 {2} 项排名指标上均无明显差异。");
        text(Text.ANSWER_NOTHING_RANKED, "No outcome of {0} against {1} is ranked.", "{0} 与 {1} 之间没有排名指标。");
        text(Text.ANSWER_FACT, "{0}: {1} for {2} vs {3} for {4} (difference {5}, 95% CI {6} to {7}).",
                "{0}：{2} 为 {1}，{4} 为 {3}（差值 {5}，95% 置信区间 {6} 至 {7}）。");
        text(Text.ANSWER_FACT_ACTIVE_SHARE,
                "{2} keeps {1} of its members active at day {8} vs {3} for {4} (difference {5}, 95% CI {6} to {7}).",
                "第 {8} 天，{2} 仍有 {1} 的成员保持活跃，{4} 为 {3}（相差 {5}，95% 置信区间 {6} 至 {7}）。");
        text(Text.ANSWER_ALSO, "It is also better on {0}.", "它在{0}上也更好。");
        text(Text.ANSWER_BUT, "{0} is better on {1}.", "{0} 在{1}上更好。");
        text(Text.ANSWER_COLLAPSE, "Share of replicates in which the group collapsed: {0}.", "出现死群的重复实验比例：{0}。");
        text(Text.ANSWER_OVERALL, "In the pairwise comparisons, {0}.", "两两比较中，{0}。");
        text(Text.ANSWER_OVERALL_ITEM, "{0} comes out ahead in {1} of {2}", "{0} 在 {2} 组比较中领先 {1} 组");
        text(Text.ANSWER_NO_SCENARIOS, "The report holds no scenario.", "报告中没有方案。");
        text(Text.VALUE_VS, "{0} ({1} vs {2})", "{0}（{1} 对 {2}）");

        text(Text.DISTRIBUTIONS_INTRO,
                "Near a tipping point a community either takes off or dies out, so its outcomes are bimodal across "
                        + "replicates and a mean can describe neither group. For each scenario: how many replicates "
                        + "collapsed (active members below the floor at the horizon) and how active members at the "
                        + "horizon are spread.",
                "在临界点附近，社群要么起势，要么沉寂，因此各次重复实验的结果呈两极分化，均值可能两头都不代表。下表列出每个方案"
                        + "出现死群（期末活跃成员低于下限）的重复实验数，以及期末活跃成员的分布。");
        text(Text.COL_COLLAPSED, "Collapsed", "死群");
        text(Text.COL_COLLAPSE_DAY, "Median day of collapse", "死群日中位数");
        text(Text.COL_FINAL_ACTIVE_SPREAD, "Active at the horizon: median (5%–95%)", "期末活跃成员：中位数（5%–95%）");
        text(Text.COL_MEAN_ALIVE, "Mean if alive", "存活时均值");
        text(Text.COL_MEAN_COLLAPSED, "Mean if collapsed", "死群时均值");
        text(Text.COL_HISTOGRAM, "Histogram of active at the horizon", "期末活跃成员直方图");
        text(Text.BIMODAL_NOTE,
                "{0}: {1} of replicates collapse while the rest stay alive — a bimodal outcome; read the two groups, not the mean.",
                "{0}：{1} 的重复实验出现死群，其余存活——结果呈两极分化，应分别看两组，而不是只看均值。");
        text(Text.ALL_COLLAPSED_NOTE, "{0}: every replicate collapsed.", "{0}：所有重复实验均出现死群。");
        text(Text.NO_COLLAPSE_NOTE, "No replicate of any scenario collapsed.", "所有方案的所有重复实验均未出现死群。");
        text(Text.COUNT_OF, "{0} of {1}", "{1} 次中 {0} 次");
        text(Text.HISTOGRAM_RANGE, "Histogram range {0} to {1}, same for every scenario.", "直方图范围 {0} 至 {1}，各方案相同。");

        text(Text.AXIS_DAY, "Day", "天数");
        text(Text.FAN_TITLE, "{0}: median, 50% and 90% bands", "{0}：中位数、50% 与 90% 区间");
        text(Text.FAN_HOW_TO_READ,
                "How to read: one colour per scenario; the line is the median over {0} replicates, the darker band "
                        + "the middle 50% of replicates (25th–75th percentile), the lighter band the middle 90% "
                        + "(5th–95th percentile).",
                "读图：每个方案一种颜色；线为 {0} 次重复实验的中位数，深色带为中间 50% 的重复实验（第 25–75 百分位），"
                        + "浅色带为中间 90%（第 5–95 百分位）。");
        text(Text.BOX_HOW_TO_READ,
                "How to read: one colour per scenario; each dot is one replicate, the box spans the 25th to 75th "
                        + "percentile, the thick line is the median, the whiskers reach the most extreme replicate "
                        + "within 1.5 box heights of the box.",
                "读图：每个方案一种颜色；每个点代表一次重复实验，箱体为第 25–75 百分位，粗线为中位数，须线延伸到距箱体 1.5 倍箱高以内"
                        + "最远的重复实验。");
        text(Text.BOX_NAN_SKIPPED, "{0}: {1} replicate(s) without a value left out.", "{0}：{1} 次重复实验没有取值，已略去。");
        text(Text.BOX_SCENARIO_OMITTED, "{0}: no replicate has a value, so the scenario is not in this chart.",
                "{0}：没有任何重复实验有取值，因此本图不含该方案。");
        text(Text.BOX_NOT_DRAWN, "{0}: no scenario has a value, so the chart is not drawn.", "{0}：所有方案都没有取值，因此未绘制此图。");
        text(Text.CHART_FILES, "Files:", "文件：");
        text(Text.FONT_FALLBACK,
                "No font with Chinese glyphs was found on the machine that drew the charts, so the text inside the charts is in English.",
                "绘图的机器上没有找到中文字体，因此图表内的文字为英文。");
        text(Text.AXIS_PERCENT, "%", "%");
        text(Text.AXIS_PERCENT_PER_DAY, "% per member-day", "每成员每天 %");

        text(Text.COL_PARAMETER, "Parameter (JSON path)", "参数（JSON 路径）");
        text(Text.NO_PARAMETER_DIFFERENCES, "The scenarios have the same parameters.", "各方案的参数相同。");

        text(Text.REPRODUCE_INTRO, "This command reproduces every number of this report (same master seed, same results):",
                "运行以下命令可复现本报告的全部数字（相同主种子，相同结果）：");
        text(Text.COL_MASTER_SEED, "Master seed", "主种子");
        text(Text.COL_REPLICATES_PER_SCENARIO, "Replicates per scenario", "每个方案的重复次数");
        text(Text.COL_VERSION, "Engine version", "引擎版本");
        text(Text.COL_WALL_TIME, "Wall time of the runs", "运行耗时");
        text(Text.WALL_SECONDS, "{0} s", "{0} 秒");
        text(Text.WALL_MINUTES, "{0} min {1} s", "{0} 分 {1} 秒");
        text(Text.WALL_HOURS, "{0} h {1} min", "{0} 小时 {1} 分");

        text(Text.UNIT_POINTS, " points", " 个百分点");
        text(Text.UNIT_DAYS, " days", " 天");
        text(Text.UNIT_PER_DAY, "/day", "/天");
        text(Text.LIST_SEPARATOR, ", ", "、");
        text(Text.LIST_LAST_SEPARATOR, " and ", "和");
        text(Text.SENTENCE_SEPARATOR, " ", "");
        text(Text.NOT_AVAILABLE, "—", "—");
    }
}
