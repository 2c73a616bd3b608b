package org.communitysim.experiments.report;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.communitysim.experiments.sweep.DesignType;

/**
 * The user-visible strings of sweep reports and sweep charts, in English and Simplified Chinese, and the names of
 * the scenario parameters a sweep usually varies (the levers of docs/model.md §1: size cap 规模, threshold 门槛,
 * cadence 输出/运营, KOLs 意见领袖, referral reward 裂变). Plain text: the HTML writer escapes it.
 */
final class SweepLabels {
    private SweepLabels() {
    }

    enum T {
        SUBTITLE, SECTION_VARIED, SECTION_DESIGN, SECTION_CHARTS, SECTION_POINTS, SECTION_SENSITIVITY,
        SECTION_REPRODUCE,
        COL_PARAMETER, COL_PATH, COL_VALUES, COL_LEVELS, COL_POINT, COL_MU_STAR, COL_SIGMA, COL_MU, COL_S1, COL_ST,
        RANGE, RANGE_LOG, LEVELS_SAMPLED,
        FACT_DESIGN, FACT_POINTS, FACT_REPLICATES, FACT_RUNS, FACT_OUTCOMES, FACT_BASE, FACT_SEED, FACT_VERSION,
        FACT_WALL, FACT_RESUMED,
        HEATMAP_TITLE, HEATMAP_HOW, BOUNDARY, BOUNDARY_ITEM, BOUNDARY_NEVER, BOUNDARY_ALWAYS, EXTREMES, VALUE_AT,
        LINE_TITLE, LINE_HOW, SCATTER_HOW, SCATTER_LIMIT,
        SENS_TITLE_MORRIS, SENS_TITLE_SOBOL, SENS_HOW_MORRIS, SENS_HOW_SOBOL, SENS_TOP_MORRIS, SENS_TOP_SOBOL,
        SENS_NONE, AXIS_MORRIS, AXIS_SOBOL, SENS_TABLE_CAPTION,
        POINTS_ALL, POINTS_TOP, POINTS_HIGHEST, POINTS_LOWEST, NO_CHARTS,
        REPRODUCE_INTRO, FILES_INTRO, FILE_RUNS, FILE_POINTS, FILE_SENSITIVITY, FILE_SPEC, FILE_MANIFEST,
        FILE_REPORT
    }

    private record Entry(String en, String zh) {
        String in(Lang lang) {
            return lang == Lang.ZH ? zh : en;
        }
    }

    private static final Map<T, Entry> TEXTS = new EnumMap<>(T.class);
    private static final Map<DesignType, Entry> DESIGNS = new EnumMap<>(DesignType.class);
    private static final Map<String, Entry> PARAMETERS = new java.util.HashMap<>();

    static String text(T key, Lang lang) {
        return TEXTS.get(key).in(lang);
    }

    static String format(T key, Lang lang, Object... args) {
        return Labels.fill(text(key, lang), args);
    }

    /** What a design does, in one sentence; {0} is the number of samples. */
    static String design(DesignType design, Lang lang, int samples) {
        return Labels.fill(DESIGNS.get(design).in(lang), samples);
    }

    /** The design's name as the spec file writes it: grid, lhs, morris… */
    static String designName(DesignType design) {
        return design.name().toLowerCase(Locale.ROOT);
    }

    /** A parameter's name for people ("Size cap"); its JSON path when it has none. */
    static String parameter(String path, Lang lang) {
        Entry e = PARAMETERS.get(path);
        return e != null ? e.in(lang) : path;
    }

    private static void text(T key, String en, String zh) {
        TEXTS.put(key, new Entry(en, zh));
    }

    private static void parameter(String path, String en, String zh) {
        PARAMETERS.put(path, new Entry(en, zh));
    }

    static {
        parameter("group.sizeCap", "Size cap", "群规模上限");
        parameter("group.threshold", "Entry threshold θ", "入群门槛 θ");
        parameter("group.outsideExposure", "Outside exposure per day", "每日外部曝光");
        parameter("group.seedMembers", "Seed members", "种子成员数");
        parameter("group.moderation", "Moderation (share of ads removed)", "管理（广告删除比例）");
        parameter("content.cadence", "Operator posts per day", "运营每日发帖数");
        parameter("content.quality", "Operator post quality", "运营帖质量");
        parameter("content.promoShare", "Share of promotions", "促销帖占比");
        parameter("content.eventEveryDays", "Days between events", "活动间隔天数");
        parameter("kols.count", "KOLs", "意见领袖 (KOL) 人数");
        parameter("kols.departureDay", "Day the KOLs leave", "意见领袖离开日");
        parameter("referral.reward", "Referral reward", "邀请奖励");
        parameter("population.size", "Population", "人口规模");
        parameter("horizonDays", "Days simulated", "模拟天数");

        DESIGNS.put(DesignType.GRID, new Entry("Full grid: every combination of the parameters' values.",
                "全因子网格：参数取值的每一种组合。"));
        DESIGNS.put(DesignType.RANDOM, new Entry("{0} points drawn uniformly at random from the ranges.",
                "在范围内均匀随机抽取 {0} 个点。"));
        DESIGNS.put(DesignType.LHS, new Entry("Latin hypercube of {0} points: each range is cut into {0} strata "
                + "and every stratum of every parameter holds one point.",
                "{0} 个点的拉丁超立方：每个参数的范围分为 {0} 层，每层恰有一个点。"));
        DESIGNS.put(DesignType.SOBOL, new Entry("{0} points of Sobol' low-discrepancy sequence, spread evenly over "
                + "the parameter space.", "Sobol 低差异序列的 {0} 个点，均匀铺满参数空间。"));
        DESIGNS.put(DesignType.MORRIS, new Entry("Morris elementary effects: {0} trajectories, each changing one "
                + "parameter at a time — a screening of which parameters matter.",
                "Morris 基本效应：{0} 条轨迹，每一步只改变一个参数——用于筛选哪些参数重要。"));
        DESIGNS.put(DesignType.SALTELLI, new Entry("Saltelli's scheme with {0} base rows, for Sobol' indices: how "
                + "much of the outcome's variance each parameter explains alone (S1) and with its interactions (ST).",
                "Saltelli 方案，{0} 个基础行，用于估计 Sobol 指数：每个参数单独（S1）以及连同交互作用（ST）解释了结果方差的多少。"));

        text(T.SUBTITLE, "Parameter sweep ({0} design): {1} points × {2} replicates = {3} runs.",
                "参数扫描（{0} 设计）：{1} 个点 × 每点 {2} 次重复 = {3} 次运行。");
        text(T.SECTION_VARIED, "What was varied", "改变了哪些参数");
        text(T.SECTION_DESIGN, "Design", "实验设计");
        text(T.SECTION_CHARTS, "Charts", "图表");
        text(T.SECTION_POINTS, "Results by point", "各点结果");
        text(T.SECTION_SENSITIVITY, "Sensitivity", "敏感性分析");
        text(T.SECTION_REPRODUCE, "How to reproduce", "如何复现");
        text(T.COL_PARAMETER, "Parameter", "参数");
        text(T.COL_PATH, "JSON path", "JSON 路径");
        text(T.COL_VALUES, "Values or range", "取值或范围");
        text(T.COL_LEVELS, "Levels", "水平数");
        text(T.COL_POINT, "Point", "点");
        text(T.COL_MU_STAR, "μ* (95% CI)", "μ*（95% 置信区间）");
        text(T.COL_SIGMA, "σ (95% CI)", "σ（95% 置信区间）");
        text(T.COL_MU, "μ", "μ");
        text(T.COL_S1, "S1 (95% CI)", "S1（95% 置信区间）");
        text(T.COL_ST, "ST (95% CI)", "ST（95% 置信区间）");
        text(T.RANGE, "{0} to {1}", "{0} 至 {1}");
        text(T.RANGE_LOG, "{0} to {1}, log scale", "{0} 至 {1}，对数刻度");
        text(T.LEVELS_SAMPLED, "sampled", "抽样");
        text(T.FACT_DESIGN, "Design", "设计");
        text(T.FACT_POINTS, "Points", "点数");
        text(T.FACT_REPLICATES, "Replicates per point", "每点重复次数");
        text(T.FACT_RUNS, "Runs", "运行次数");
        text(T.FACT_OUTCOMES, "Outcomes of interest", "关注的指标");
        text(T.FACT_BASE, "Base scenario", "基础方案");
        text(T.FACT_SEED, "Master seed", "主种子");
        text(T.FACT_VERSION, "Engine version", "引擎版本");
        text(T.FACT_WALL, "Wall time of the runs computed by this invocation", "本次调用计算的运行耗时");
        text(T.FACT_RESUMED, "{0} runs computed now, {1} taken from an interrupted sweep", "本次计算 {0} 次，{1} 次取自中断的扫描");
        text(T.HEATMAP_TITLE, "{0} by {1} and {2}", "{0}：{1} × {2}");
        text(T.HEATMAP_HOW, "How to read: each cell is one point of the grid, coloured and labelled by the mean over "
                + "its {0} replicates; the colour scale is on the right.",
                "读图：每个格子是网格中的一个点，颜色和数字为该点 {0} 次重复的均值；色标在右侧。");
        text(T.BOUNDARY, "For each {0}, the lowest {1} at which the mean {2} exceeds 50%: {3}.",
                "对每个{0}，{2}均值超过 50% 的最低{1}：{3}。");
        text(T.BOUNDARY_ITEM, "{0} → {1}", "{0} → {1}");
        text(T.BOUNDARY_NEVER, "{0} → never (at most {1})", "{0} → 从未超过（最高 {1}）");
        text(T.BOUNDARY_ALWAYS, "{0} → already at {1}", "{0} → 在 {1} 时已超过");
        text(T.EXTREMES, "Highest mean {0}: {1} at {2}; lowest: {3} at {4}.", "{0}均值最高为 {1}（{2}），最低为 {3}（{4}）。");
        text(T.VALUE_AT, "{0} = {1}", "{0} = {1}");
        text(T.LINE_TITLE, "{0} vs {1}", "{0}随{1}的变化");
        text(T.LINE_HOW, "The line is the mean over the {0} replicates of each point, the band its 95% confidence "
                + "interval.", "线为每个点 {0} 次重复的均值，色带为其 95% 置信区间。");
        text(T.SCATTER_HOW, "Each dot is one point of the design (mean over its {0} replicates); the other "
                + "parameters vary at the same time, so the cloud's spread is partly their effect.",
                "每个点代表设计中的一个点（{0} 次重复的均值）；其他参数同时在变化，所以点云的离散部分来自它们的影响。");
        text(T.SCATTER_LIMIT, "Only the first {0} of {1} scatter plots are drawn.", "只绘制了 {1} 张散点图中的前 {0} 张。");
        text(T.SENS_TITLE_MORRIS, "{0}: Morris μ* and σ", "{0}：Morris μ* 与 σ");
        text(T.SENS_TITLE_SOBOL, "{0}: Sobol' indices S1 and ST", "{0}：Sobol 指数 S1 与 ST");
        text(T.SENS_HOW_MORRIS, "How to read: one colour per parameter; the solid bar is μ* (the mean absolute "
                + "elementary effect: how far the outcome moves when the parameter moves across its range), the light "
                + "bar σ (how much those effects differ: non-linearity or interactions); whiskers are 95% bootstrap "
                + "confidence intervals. Values are in the outcome's units (shares as fractions).",
                "读图：每个参数一种颜色；实心柱为 μ*（基本效应绝对值的均值：参数在其范围内变化时结果变化多少），浅色柱为 σ"
                        + "（这些效应之间的差异：非线性或交互作用）；须线为 95% 自助法置信区间。数值以结果的单位表示（比率为小数）。");
        text(T.SENS_HOW_SOBOL, "How to read: one colour per parameter; the solid bar is S1 (the share of the "
                + "outcome's variance due to the parameter alone), the light bar ST (including all its interactions); "
                + "whiskers are 95% bootstrap confidence intervals. A gap between ST and S1 means interactions.",
                "读图：每个参数一种颜色；实心柱为 S1（单由该参数造成的结果方差占比），浅色柱为 ST（包括其全部交互作用）；"
                        + "须线为 95% 自助法置信区间。ST 与 S1 之间的差距意味着交互作用。");
        text(T.SENS_TOP_MORRIS, "Most influential on {0}: {1} (μ* = {2}, 95% CI {3} to {4}); least: {5} (μ* = {6}).",
                "对{0}影响最大的是{1}（μ* = {2}，95% 置信区间 {3} 至 {4}）；最小的是{5}（μ* = {6}）。");
        text(T.SENS_TOP_SOBOL, "{1} alone explains the largest share of the variance of {0} (S1 = {2}, 95% CI {3} to "
                + "{4}); the largest total effect is {5}'s (ST = {6}).",
                "{1}单独解释了{0}方差的最大份额（S1 = {2}，95% 置信区间 {3} 至 {4}）；总效应最大的是{5}（ST = {6}）。");
        text(T.SENS_NONE, "{0}: no index could be computed (too few finite values).", "{0}：无法计算指数（有效值太少）。");
        text(T.AXIS_MORRIS, "μ* and σ", "μ* 与 σ");
        text(T.AXIS_SOBOL, "Sobol' index", "Sobol 指数");
        text(T.SENS_TABLE_CAPTION, "{0}, sorted by {1}", "{0}，按 {1} 排序");
        text(T.POINTS_ALL, "All {0} points: the mean over replicates, with the 95% confidence interval of the mean.",
                "全部 {0} 个点：各次重复的均值及其 95% 置信区间。");
        text(T.POINTS_TOP, "The {0} points with the {1} mean {2}, of {3} (all of them are in points.csv): the mean "
                + "over replicates, with the 95% confidence interval of the mean.",
                "{2}均值{1}的 {0} 个点（共 {3} 个，全部见 points.csv）：各次重复的均值及其 95% 置信区间。");
        text(T.POINTS_HIGHEST, "highest", "最高");
        text(T.POINTS_LOWEST, "lowest", "最低");
        text(T.NO_CHARTS, "No chart fits this sweep.", "此扫描没有合适的图表。");
        text(T.REPRODUCE_INTRO, "This command reproduces every number of this report (same master seed, same "
                + "results, whatever the number of threads):",
                "运行以下命令可复现本报告的全部数字（相同主种子，相同结果，与线程数无关）：");
        text(T.FILES_INTRO, "Files in this folder:", "本文件夹中的文件：");
        text(T.FILE_RUNS, "one row per run: point, parameters, replicate, seed and every outcome",
                "每次运行一行：点、参数、重复序号、种子和全部指标");
        text(T.FILE_POINTS, "per point and outcome of interest: n, mean, sd, median, 95% CI",
                "每个点、每个关注指标一行：n、均值、标准差、中位数、95% 置信区间");
        text(T.FILE_SENSITIVITY, "the sensitivity indices with their bootstrap CIs", "敏感性指数及其自助法置信区间");
        text(T.FILE_SPEC, "the resolved spec (every point's base fully resolved) and its hash; --resume checks it",
                "解析后的扫描配置（含完整的基础方案）及其哈希值；--resume 会核对它");
        text(T.FILE_MANIFEST, "version, command, seed, runs and wall time", "版本、命令、种子、运行次数与耗时");
        text(T.FILE_REPORT, "this report; its charts are in charts/ (PNG and SVG)", "本报告；图表在 charts/ 中（PNG 与 SVG）");
    }
}
