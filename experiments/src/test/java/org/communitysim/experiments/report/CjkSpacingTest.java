package org.communitysim.experiments.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CjkSpacingTest {
    @Test
    void apply_latinNameBesideChinese_spacedOnBothSides() {
        assertEquals("领先 1 组和 kol-led-group", CjkSpacing.apply("领先1组和kol-led-group"));
        assertEquals("应选 reference：", CjkSpacing.apply("应选reference："));
        assertEquals("matrix-of-10-busy 100% 和 kol", CjkSpacing.apply("matrix-of-10-busy 100%和kol"));
        assertEquals("（95% 置信区间）、50%，", CjkSpacing.apply("（95% 置信区间）、50%，"));
        assertEquals("占%比", CjkSpacing.apply("占%比"), "a lone percent sign is punctuation: not spaced");
    }

    @Test
    void apply_throughMarkup_spaceOutsideTheTags() {
        assertEquals("和 <strong>kol</strong> 组", CjkSpacing.apply("和<strong>kol</strong>组"));
    }

    @Test
    void apply_alreadySpacedOrPunctuation_unchanged() {
        for (String s : new String[] {"在 87% 的配对中", "（95% 置信区间", "kol，", "A 更好的比例", "&amp;中", "plain text"}) {
            assertEquals(s, CjkSpacing.apply(s));
        }
    }
}
