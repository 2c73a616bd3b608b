package org.communitysim.experiments.report;

/**
 * The words of the decay lesson, in English and Simplified Chinese. Sentences that state a result take its numbers
 * as arguments; where a sentence draws a conclusion, each possible conclusion has its own text and the lesson picks
 * the one the numbers support. Worded in the bundles (see {@link Messages}); plain text: the templates escape it.
 */
final class LessonLabels {
    private LessonLabels() {
    }

    enum L implements MessageKey {
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
        DIE_TITLE, DIE_INTRO, DIE_FACT, DIE_VERDICT_COMPETITION, DIE_VERDICT_UNCLEAR, DIE_LINK, NAME_BUSY, NAME_QUIET,
        FACT_DIE_RUNS, Q5,
        S5_TITLE, Q1, Q2, Q3, Q4,
        S6_TITLE, REPRODUCE_INTRO, FACT_RUNS_PER_GROUP, FACT_PHASE_RUNS, FACT_SEED_GROUPS, FACT_SEED_PHASE,
        FACT_WALL, MORE_DETAIL, COMPARE_REPORT, SWEEP_REPORT, PROJECT_TIP;

        @Override
        public String group() {
            return "lesson";
        }
    }
}
