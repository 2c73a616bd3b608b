package org.communitysim.experiments.report;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which installed font draws the text of a chart. XChart turns text into glyph outlines (in PNG and in SVG
 * alike), so a glyph the font lacks becomes an empty box in every output, and the browser cannot help.
 * Java's logical {@code SansSerif} covers Chinese only if fontconfig finds a CJK font; when it does not, an
 * installed family that can display the text is used instead, and when none exists the caller falls back to
 * English chart text.
 */
final class ChartFonts {
    private ChartFonts() {
    }

    /** Families tried first, in order, when the logical font lacks a glyph (common CJK fonts on Linux, macOS, Windows). */
    private static final List<String> PREFERRED = List.of(
            "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Micro Hei",
            "WenQuanYi Zen Hei", "Droid Sans Fallback", "AR PL UMing CN", "AR PL UKai CN", "PingFang SC",
            "Hiragino Sans GB", "Heiti SC", "Microsoft YaHei", "SimHei", "SimSun", "Noto Sans CJK JP",
            "Noto Sans CJK TC", "Noto Sans CJK KR");

    private static volatile List<String> installed;

    /**
     * The family that displays every text given, or empty if no installed font can: {@code SansSerif} when
     * the logical font can (the common case), else the first capable family of {@link #PREFERRED}, else of the
     * installed families in alphabetical order (a stable choice on one machine).
     */
    static Optional<String> familyFor(Collection<String> texts) {
        String all = String.join("", texts);
        if (canDisplay(Font.SANS_SERIF, all)) {
            return Optional.of(Font.SANS_SERIF);
        }
        List<String> families = installedFamilies();
        for (String family : PREFERRED) {
            if (families.contains(family) && canDisplay(family, all)) {
                return Optional.of(family);
            }
        }
        for (String family : families) {
            if (canDisplay(family, all)) {
                return Optional.of(family);
            }
        }
        return Optional.empty();
    }

    /** Whether some installed font can draw Simplified Chinese (a sample of the labels' characters). */
    static boolean chineseAvailable() {
        return familyFor(List.of("成员数活跃留存率流失转化复购裂变系数天")).isPresent();
    }

    /** A one-line account of the fonts, for diagnostics. */
    static String describe() {
        Optional<String> zh = familyFor(List.of("成员数活跃留存率流失转化复购裂变系数天"));
        return "installed families: " + installedFamilies() + "; Chinese chart text: "
                + zh.map(f -> "drawn with " + f).orElse("no capable font, charts fall back to English");
    }

    private static boolean canDisplay(String family, String text) {
        return new Font(family, Font.PLAIN, 12).canDisplayUpTo(text) == -1;
    }

    private static List<String> installedFamilies() {
        List<String> result = installed;
        if (result == null) {
            String[] names = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
            Arrays.sort(names);
            result = List.copyOf(new ArrayList<>(Arrays.asList(names)));
            installed = result;
        }
        return result;
    }
}
