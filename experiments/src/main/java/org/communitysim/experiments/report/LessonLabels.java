package org.communitysim.experiments.report;

import java.util.EnumMap;
import java.util.Map;

/**
 * The words of the decay lesson, in English and Simplified Chinese. Sentences that state a result take its numbers
 * as arguments; where a sentence draws a conclusion, each possible conclusion has its own text and the lesson picks
 * the one the numbers support. Plain text: the HTML writer escapes it.
 */
final class LessonLabels {
    private LessonLabels() {
    }

    enum L {
        TITLE, SUBTITLE, LEAD,
        S1_TITLE, S1_GROUP, OPEN_GATE, FACT_PEAK, FACT_SHARE, VERDICT_DECAY, VERDICT_NO_DECAY, NAME_OPEN, NAME_CURATED,
        NAME_ABLATED,
        S2_TITLE, S2_INTRO, STEP1_TITLE, STEP1, STEP2_TITLE, STEP2, STEP3_TITLE, STEP3, STEP4_TITLE, STEP4,
        STEP5_TITLE, STEP5, CYCLE_DIAGRAM, CYCLE_CENTRE, NODE1, NODE2, NODE3, NODE4, NODE5,
        ELEMENTS_TITLE, ELEMENTS_INTRO, COL_ELEMENT, COL_IN_MODEL, COL_IN_CYCLE,
        INTEREST, INTEREST_MODEL, INTEREST_CYCLE, STRUCTURE, STRUCTURE_MODEL, STRUCTURE_CYCLE, OUTPUT, OUTPUT_MODEL,
        OUTPUT_CYCLE, OPERATION, OPERATION_MODEL, OPERATION_CYCLE, SCALE, SCALE_MODEL, SCALE_CYCLE,
        TAG_INTEREST, TAG_STRUCTURE, TAG_OUTPUT, TAG_OPERATION, TAG_SCALE,
        S3_TITLE, S3_INTRO, FACT_LARGEST, LARGEST_ITEM, LARGEST_NONE, VERDICT_PHASE_GROWS, VERDICT_PHASE_FLAT,
        SWEEP_LINK,
        S4_TITLE, S4_INTRO, FACT_ABLATION, VERDICT_ABLATION_GONE, VERDICT_ABLATION_WEAKER, VERDICT_ABLATION_SAME,
        S5_TITLE, Q1, Q2, Q3, Q4,
        S6_TITLE, REPRODUCE_INTRO, FACT_RUNS_PER_GROUP, FACT_PHASE_RUNS, FACT_SEED_GROUPS, FACT_SEED_PHASE,
        FACT_WALL, FACT_VERSION, MORE_DETAIL, COMPARE_REPORT, SWEEP_REPORT, PROJECT_TIP
    }

    private record Entry(String en, String zh) {
        String in(Lang lang) {
            return lang == Lang.ZH ? zh : en;
        }
    }

    private static final Map<L, Entry> TEXTS = new EnumMap<>(L.class);

    static String text(L key, Lang lang) {
        return TEXTS.get(key).in(lang);
    }

    static String format(L key, Lang lang, Object... args) {
        return Labels.fill(text(key, lang), args);
    }

    private static void text(L key, String en, String zh) {
        TEXTS.put(key, new Entry(en, zh));
    }

    static {
        text(L.TITLE, "Why do big open groups fall silent?", "为什么开放的大群会沉寂？");
        text(L.SUBTITLE, "A classroom lesson simulated with community-sim: {0} runs of each group and {1} runs for the "
                + "phase diagram. Every number on this page was computed by this run.",
                "由 community-sim 模拟的课堂演示：每个群运行 {0} 次，相图运行 {1} 次。本页的每一个数字都由这次运行算出。");
        text(L.LEAD, "A community operator decides how big the group may grow and how hard it is to get in. Big open "
                + "groups grow fast — do they stay alive? We simulate two strategies in the same market, then ask why, "
                + "where the line lies, and whether the explanation survives a test.",
                "社群运营者要决定群最多能有多大、入群有多难。开放的大群增长很快——但它们能一直活跃吗？我们在同一个市场里模拟两种策略，"
                        + "然后追问原因、寻找界线，并检验这个解释是否站得住。");

        text(L.S1_TITLE, "1. Two strategies, one market", "1. 同一个市场，两种策略");
        text(L.S1_GROUP, "{0}: size cap {1}, entry threshold θ = {2}{3}.", "{0}：规模上限 {1}，入群门槛 θ = {2}{3}。");
        text(L.OPEN_GATE, " (anyone who applies gets in)", "（申请即可入群）");
        text(L.FACT_PEAK, "In a typical run (medians over replicates of each run's own peak, which the day-by-day "
                + "median line of the chart smooths out), the big open group peaked at {0} active members around day {1} "
                + "and kept {2} of them by day {3}; the small curated group peaked at {4} active members and kept {5}.",
                "在典型的一次运行中（各次运行自身峰值的中位数；图中逐日中位数曲线会把峰值抹平），大型开放群在第 {1} 天前后达到 {0} "
                        + "名活跃成员的峰值，到第 {3} 天保住了其中的 {2}；小型精选群的峰值为 {4} 名活跃成员，保住了 {5}。");
        text(L.FACT_SHARE, "On day {0}, {1} of the open group's {2} members were still active, against {3} of the "
                + "curated group's {4}.",
                "第 {0} 天，大型开放群的 {2} 名成员中仍活跃的占 {1}；小型精选群的 {4} 名成员中占 {3}。");
        text(L.VERDICT_DECAY, "The open group lost much more of its activity than the curated group.",
                "开放群失去的活跃度远多于精选群。");
        text(L.VERDICT_NO_DECAY, "In this run the open group did not lose clearly more of its activity than the "
                + "curated group: the usual story does not hold here — ask the class why.",
                "在这次运行中，开放群失去的活跃度并不明显多于精选群：通常的结论在这里不成立——请同学们讨论原因。");
        text(L.NAME_OPEN, "Big open group", "大型开放群");
        text(L.NAME_CURATED, "Small curated group", "小型精选群");
        text(L.NAME_ABLATED, "Big open group, 3 mechanisms off", "大型开放群（关闭三个机制）");

        text(L.S2_TITLE, "2. Why: a vicious cycle", "2. 原因：恶性循环");
        text(L.S2_INTRO, "No rule of the model says that big groups die. The decline emerges from small mechanisms "
                + "that feed each other:", "模型中没有任何一条规则写着“大群会死”。衰落是从几个相互强化的小机制中涌现出来的：");
        text(L.STEP1_TITLE, "Dilution", "稀释");
        text(L.STEP1, "An open gate lets in people who barely care about the topic, and advertisers who come for the "
                + "crowd. Mean affinity of the members to the topic on day {0}: {1} in the open group, {2} in the "
                + "curated group.",
                "门槛一开，对话题不太在乎的人、冲着人多而来的广告号都进来了。第 {0} 天成员对群话题的平均契合度：开放群 {1}，精选群 {2}。");
        text(L.STEP2_TITLE, "Bystanders", "旁观者效应");
        text(L.STEP2, "In a crowd each member feels less responsible to speak up: valuable on-topic posts thin out as "
                + "the group grows, while chatter does not. Members' on-topic posts per day on day {0}: {1} in the open "
                + "group ({2} members), {3} in the curated group ({4} members).",
                "人越多，每个人越觉得“轮不到我说”：群越大，有价值的切题发言越稀少，闲聊却不减少。第 {0} 天成员每天的切题发帖：开放群 {1}"
                        + "（{2} 名成员），精选群 {3}（{4} 名成员）。");
        text(L.STEP3_TITLE, "Noise exceeds attention", "噪声超过注意力");
        text(L.STEP3, "Chatter, ads and promotions pile up faster than anyone can read, so what members read is worth "
                + "less. Mean post value (signal-to-noise) on day {0}: {1} in the open group, {2} in the curated group.",
                "闲聊、广告和促销堆积的速度超过任何人的阅读能力，成员读到的内容越来越不值得读。第 {0} 天的平均帖子价值（信噪比）："
                        + "开放群 {1}，精选群 {2}。");
        text(L.STEP4_TITLE, "The most engaged leave first", "最投入的人先走");
        text(L.STEP4, "Those who care most about the topic have the best alternatives elsewhere, so they are the first "
                + "to fall silent or leave. In the open group the members' mean affinity went from {0} on day {1} to "
                + "{2} on day {3}.",
                "最在乎这个话题的人在别处也有最好的选择，所以最先沉默或退群。开放群成员的平均契合度从第 {1} 天的 {0} 变为第 {3} 天的 {2}。");
        text(L.STEP5_TITLE, "Quality drops further", "质量进一步下降");
        text(L.STEP5, "Fewer valuable voices make the group worth less to those who stay — and the cycle turns again. "
                + "Active share on day {0}: {1} in the open group, {2} in the curated group.",
                "有价值的声音越少，群对留下的人就越没有价值——循环再转一圈。第 {0} 天的活跃率：开放群 {1}，精选群 {2}。");
        text(L.CYCLE_CENTRE, "vicious cycle", "恶性循环");
        text(L.NODE1, "Dilution", "稀释");
        text(L.NODE2, "Bystanders", "旁观者");
        text(L.NODE3, "Noise > attention", "噪声>注意力");
        text(L.NODE4, "Best leave first", "投入者先走");
        text(L.NODE5, "Quality drops", "质量下降");
        text(L.CYCLE_DIAGRAM, "The vicious cycle: dilution, bystanders, noise exceeding attention, the most engaged "
                + "leaving first, quality dropping, and back to dilution.",
                "恶性循环：稀释、旁观者效应、噪声超过注意力、最投入的人先走、质量下降，再回到稀释。");

        text(L.ELEMENTS_TITLE, "The five elements of a community", "社群五要素");
        text(L.ELEMENTS_INTRO, "Marketing teaching describes a community by five elements. Each is a part of the "
                + "model, and each takes part in the cycle:", "营销教学用五个要素描述一个社群。每个要素都是模型的一部分，也都参与了这个循环：");
        text(L.COL_ELEMENT, "Element", "要素");
        text(L.COL_IN_MODEL, "In the model", "在模型中");
        text(L.COL_IN_CYCLE, "In the cycle", "在循环中");
        text(L.INTEREST, "Interest (同好)", "同好");
        text(L.INTEREST_MODEL, "each person's interests; their affinity to the group's topic",
                "每个人的兴趣；与群话题的契合度");
        text(L.INTEREST_CYCLE, "diluted by an open gate (1); the most interested leave first (4)",
                "被敞开的大门稀释（1）；最有兴趣的人先走（4）");
        text(L.STRUCTURE, "Structure (结构)", "结构");
        text(L.STRUCTURE_MODEL, "roles (operator, KOL, active members, lurkers) and trust ties",
                "角色（群主、意见领袖、活跃成员、潜水者）与信任关系");
        text(L.STRUCTURE_CYCLE, "in a crowd members become bystanders and lurk (2); friends leaving pull others out",
                "人多时成员变成旁观者、开始潜水（2）；朋友离开会带走更多人");
        text(L.OUTPUT, "Output (输出)", "输出");
        text(L.OUTPUT_MODEL, "posts and their quality", "帖子及其质量");
        text(L.OUTPUT_CYCLE, "drowned by noise (3); quality drops (5)", "被噪声淹没（3）；质量下降（5）");
        text(L.OPERATION, "Operation (运营)", "运营");
        text(L.OPERATION_MODEL, "screening, cadence, events, welcoming newcomers, moderation",
                "入群审核、发帖节奏、活动、欢迎新人、管理");
        text(L.OPERATION_CYCLE, "the operator's levers: the threshold and the size cap decide whether the cycle starts",
                "运营者的杠杆：门槛和规模上限决定循环是否启动");
        text(L.SCALE, "Scale (规模)", "规模");
        text(L.SCALE_MODEL, "the size cap, and the mechanisms that grow with size: bystander effect, advertiser "
                + "pull, overload", "规模上限，以及随规模增强的机制：旁观者效应、对广告号的吸引、信息过载");
        text(L.SCALE_CYCLE, "drives steps 1–3; the phase diagram (section 3) shows where it tips",
                "推动第 1–3 步；相图（第 3 部分）显示临界点在哪里");
        text(L.TAG_INTEREST, "Interest", "同好");
        text(L.TAG_STRUCTURE, "Structure", "结构");
        text(L.TAG_OUTPUT, "Output", "输出");
        text(L.TAG_OPERATION, "Operation", "运营");
        text(L.TAG_SCALE, "Scale", "规模");

        text(L.S3_TITLE, "3. Where is the line? Size cap × entry threshold", "3. 界线在哪里？规模上限 × 入群门槛");
        text(L.S3_INTRO, "The same big open group in a larger market ({0} people, {1} outside exposures a day, so that "
                + "big caps can fill), for every combination of size cap ({2}) and entry threshold ({3}): {4} runs per "
                + "combination, {5} runs in all.",
                "同样的大型开放群，放在更大的市场中（{0} 人，每天 {1} 次外部曝光，使大群也能坐满），遍历规模上限（{2}）与入群门槛（{3}）"
                        + "的每一种组合：每种组合 {4} 次运行，共 {5} 次。");
        text(L.FACT_LARGEST, "For each threshold, the largest size cap at which more than half of the members were still "
                + "active on day {0}: {1}.", "对每个门槛，第 {0} 天仍有过半成员活跃的最大规模上限：{1}。");
        text(L.LARGEST_ITEM, "θ = {0} → {1}", "θ = {0} → {1}");
        text(L.LARGEST_NONE, "θ = {0} → none", "θ = {0} → 没有");
        text(L.VERDICT_PHASE_GROWS, "The largest group that stays active grows with the entry threshold: size alone is "
                + "not death.", "能保持活跃的最大群随入群门槛提高而变大：规模本身并不致命。");
        text(L.VERDICT_PHASE_FLAT, "In this run the largest group that stays active did not grow with the entry "
                + "threshold.", "在这次运行中，能保持活跃的最大群并没有随入群门槛提高而变大。");
        text(L.SWEEP_LINK, "The sweep's own report, with every point:", "该扫描的完整报告（含每个点）：");

        text(L.S4_TITLE, "4. The test: switch three mechanisms off", "4. 检验：关掉三个机制");
        text(L.S4_INTRO, "If the cycle explains the decline, removing its engine should remove the decline. The same "
                + "big open group runs again on the same random numbers with three mechanisms switched off: noise "
                + "(off-topic chatter), the bystander effect and attention overload ({0}). Everything else stays, "
                + "advertisers included.",
                "如果这个循环解释了衰落，那么拆掉它的发动机，衰落就应该消失。同一个大型开放群用相同的随机数再运行一次，但关掉三个机制："
                        + "噪声（离题闲聊）、旁观者效应和注意力过载（{0}）。其他一切不变，广告号也还在。");
        text(L.FACT_ABLATION, "With noise, bystander effect and overload off, the big open group peaked at {0} active "
                + "members around day {1} and kept {2} of them by day {3}, against {4} with them on; on day {3}, {5} of "
                + "its members were active (against {6}).",
                "关掉噪声、旁观者效应和过载后，大型开放群在第 {1} 天前后达到 {0} 名活跃成员的峰值，到第 {3} 天保住了其中的 {2}，"
                        + "而三个机制都在时为 {4}；第 {3} 天有 {5} 的成员活跃（原来为 {6}）。");
        text(L.VERDICT_ABLATION_GONE, "The decay disappears: these three mechanisms drive it.",
                "衰落消失了：正是这三个机制驱动了衰落。");
        text(L.VERDICT_ABLATION_WEAKER, "The decay is much weaker without them, but in this run it does not vanish "
                + "entirely.", "没有它们，衰落弱了很多，但在这次运行中并未完全消失。");
        text(L.VERDICT_ABLATION_SAME, "In this run switching them off did not remove the decay — ask the class what "
                + "else could drive it.", "在这次运行中，关掉它们并没有消除衰落——请同学们讨论还有什么在驱动它。");

        text(L.S5_TITLE, "For discussion", "课堂讨论");
        text(L.Q1, "A 500-member group has fallen silent. Which of the five elements would you change first, and why?",
                "一个 500 人的群已经沉寂了。你会先改变五要素中的哪一个？为什么？");
        text(L.Q2, "The curated group turns many applicants away. What does its operator give up, and what does she "
                + "gain?", "精选群拒绝了很多申请者。它的运营者放弃了什么，又得到了什么？");
        text(L.Q3, "Read the phase diagram: if your group must hold 300 members, which threshold would you choose?",
                "看相图：如果你的群必须容纳 300 人，你会选择多高的门槛？");
        text(L.Q4, "No real group can switch noise off. Which operator actions come closest: rules, moderation, topic "
                + "channels, cadence?", "现实中没有哪个群能“关掉噪声”。哪些运营手段最接近这一效果：群规、管理、分话题子群、发帖节奏？");

        text(L.S6_TITLE, "How this page was made", "本页如何生成");
        text(L.REPRODUCE_INTRO, "This command re-creates the page with the same numbers (same seeds, whatever the "
                + "number of threads):", "运行以下命令可以用相同的数字重新生成本页（相同种子，与线程数无关）：");
        text(L.FACT_RUNS_PER_GROUP, "Runs per group", "每个群的运行次数");
        text(L.FACT_PHASE_RUNS, "Phase diagram runs", "相图运行次数");
        text(L.FACT_SEED_GROUPS, "Master seed of the groups", "群运行的主种子");
        text(L.FACT_SEED_PHASE, "Master seed of the phase diagram", "相图的主种子");
        text(L.FACT_WALL, "Wall time (runs and the two reports)", "耗时（运行与两份报告）");
        text(L.FACT_VERSION, "Engine version", "引擎版本");
        text(L.MORE_DETAIL, "More detail, with every outcome and the statistics:", "更多细节（全部指标与统计）：");
        text(L.COMPARE_REPORT, "comparison of the three groups", "三个群的比较报告");
        text(L.SWEEP_REPORT, "phase-diagram sweep", "相图扫描报告");
        text(L.PROJECT_TIP, "To project: open this file in a browser and press F11 for full screen; Ctrl + and Ctrl − "
                + "zoom. The page needs no network.", "投影：在浏览器中打开本文件，按 F11 全屏；Ctrl + 与 Ctrl − 缩放。本页无需联网。");
    }
}
