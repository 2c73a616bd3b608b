package org.communitysim.experiments.report;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Post-processing of the SVG text VectorGraphics2D writes. */
final class SvgText {
    private SvgText() {
    }

    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Pattern REFERENCE = Pattern.compile("(\\bid=\"|url\\(#|href=\"#)([^\")]+)");

    /**
     * Renames every id to {@code prefix-1}, {@code prefix-2}… in order of appearance, and every reference to
     * it. VectorGraphics2D names clip paths after a hash of the clip; renumbering makes the names independent
     * of the hash and unique among the charts of one HTML page.
     */
    static String renumberIds(String svg, String prefix) {
        Map<String, String> names = new HashMap<>();
        Matcher ids = ID.matcher(svg);
        while (ids.find()) {
            names.putIfAbsent(ids.group(1), prefix + "-" + (names.size() + 1));
        }
        if (names.isEmpty()) {
            return svg;
        }
        Matcher refs = REFERENCE.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        while (refs.find()) {
            String renamed = names.get(refs.group(2));
            refs.appendReplacement(out, Matcher.quoteReplacement(
                    refs.group(1) + (renamed == null ? refs.group(2) : renamed)));
        }
        refs.appendTail(out);
        return out.toString();
    }

    private static final Pattern LONG_DECIMAL = Pattern.compile("(?<![\\w.#])(-?\\d+)\\.(\\d{3,})");

    /**
     * Rounds coordinates to two decimals (a hundredth of a pixel): VectorGraphics2D writes doubles in full,
     * which makes a fan chart several times larger than needed. Done on the decimal text, not via floating
     * point, so the result is exact and the same everywhere.
     */
    static String roundNumbers(String svg) {
        Matcher m = LONG_DECIMAL.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        while (m.find()) {
            java.math.BigDecimal rounded = new java.math.BigDecimal(m.group(1) + "." + m.group(2))
                    .setScale(2, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
            String text = rounded.signum() == 0 ? "0" : rounded.toPlainString();
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final Pattern LINE = Pattern.compile(
            "<line style=\"([^\"]*)\" x1=\"([^\"]*)\" x2=\"([^\"]*)\" y1=\"([^\"]*)\" y2=\"([^\"]*)\"/>");

    /**
     * Joins runs of connected {@code <line>} elements of one style into one {@code <polyline>}: XChart draws
     * a series line segment by segment, which repeats the style for every day of a fan chart. Only lines
     * separated by white space, with the same style, each starting where the previous ended, are joined; the
     * drawing is unchanged.
     */
    static String mergeLines(String svg) {
        Matcher m = LINE.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        int copied = 0;
        String style = null;
        StringBuilder points = null;
        String lastX = null;
        String lastY = null;
        int runStart = -1;
        int runEnd = -1;
        int runLength = 0;
        while (m.find()) {
            boolean continues = style != null && m.group(1).equals(style) && m.group(2).equals(lastX)
                    && m.group(4).equals(lastY) && svg.substring(runEnd, m.start()).isBlank();
            if (continues) {
                points.append(' ').append(m.group(3)).append(',').append(m.group(5));
                runLength++;
            } else {
                if (style != null) {
                    copied = flushRun(svg, out, copied, runStart, runEnd, runLength, style, points);
                }
                style = m.group(1);
                points = new StringBuilder().append(m.group(2)).append(',').append(m.group(4)).append(' ')
                        .append(m.group(3)).append(',').append(m.group(5));
                runStart = m.start();
                runLength = 1;
            }
            lastX = m.group(3);
            lastY = m.group(5);
            runEnd = m.end();
        }
        if (style != null) {
            copied = flushRun(svg, out, copied, runStart, runEnd, runLength, style, points);
        }
        out.append(svg, copied, svg.length());
        return out.toString();
    }

    private static int flushRun(String svg, StringBuilder out, int copied, int start, int end, int length,
            String style, StringBuilder points) {
        if (length < 2) {
            return copied; // a lone line stays as it was (copied later with the text around it)
        }
        out.append(svg, copied, start);
        out.append("<polyline style=\"").append(style).append("\" points=\"").append(points).append("\"/>");
        return end;
    }

    /**
     * The {@code <svg>} element alone, for inlining in HTML: no XML declaration, no DOCTYPE (whose DTD address
     * a page does not need), no unused xlink namespace, with an accessible name. The remaining
     * {@code xmlns="http://www.w3.org/2000/svg"} is a namespace name, never fetched.
     */
    static String inline(String svg, String label) {
        int start = svg.indexOf("<svg");
        if (start < 0) {
            throw new IllegalArgumentException("not an SVG document");
        }
        String element = svg.substring(start).strip();
        if (!element.contains("xlink:href")) { // an unused namespace declaration, nothing more
            element = element.replace(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "");
        }
        return "<svg role=\"img\" aria-label=\"" + Html.escape(label) + "\"" + element.substring("<svg".length());
    }
}
