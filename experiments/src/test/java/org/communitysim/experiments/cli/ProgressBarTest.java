package org.communitysim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.communitysim.experiments.report.Lang;
import org.junit.jupiter.api.Test;

/** The progress line and bar speak the report's language, durations included (with the CJK spacing of every Chinese line). */
class ProgressBarTest {
    @Test
    void duration_inBothLanguages() {
        assertEquals("37s", ProgressBar.duration(37.2, Lang.EN));
        assertEquals("1m05s", ProgressBar.duration(65, Lang.EN));
        assertEquals("37秒", ProgressBar.duration(37.2, Lang.ZH));
        assertEquals("1分05秒", ProgressBar.duration(65, Lang.ZH));
    }

    @Test
    void lines_andBar_inChinese_haveNoEnglishWords() {
        AtomicLong clock = new AtomicLong();
        StringWriter lines = new StringWriter();
        ProgressBar.Lines l = new ProgressBar.Lines(new PrintWriter(lines), Lang.ZH, clock::get);
        clock.set(10_000_000_000L); // 10 s: 100 of 400 runs, 10 runs/s, 30 s to go
        l.update(100, 400);
        l.update(400, 400);
        StringWriter bar = new StringWriter();
        clock.set(0);
        ProgressBar.Bar b = new ProgressBar.Bar(new PrintWriter(bar), Lang.ZH, clock::get);
        clock.set(65_000_000_000L); // 65 s: 100 of 200 runs, 65 s to go
        b.update(100, 200);
        String both = lines + "\n" + bar;
        assertTrue(lines.toString().contains("预计还需 30 秒"), lines.toString());
        assertTrue(bar.toString().contains("100/200 次运行") && bar.toString().contains("预计还需 1 分 05 秒"),
                bar.toString());
        assertFalse(both.contains("runs") || both.contains("ETA"), both);
    }
}
