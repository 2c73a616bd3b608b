package org.communitysim.experiments.report;

import java.awt.Color;
import java.util.Locale;

/**
 * HTML for the few fragments built in Java rather than in a template: the answer's sentences with names in bold
 * (a text of the bundles filled with HTML fragments) and hand-drawn SVG (histograms, the lesson's cycle).
 */
final class Html {
    private Html() {
    }

    /** Escapes text for HTML content and quoted attribute values; null becomes the empty string. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Fills a plain-text template's {@code {0}}, {@code {1}}… with HTML fragments: the template's own text is
     * escaped, the fragments are inserted as they are (the caller escaped what came from input).
     */
    static String fill(String template, String... fragments) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(template.substring(i + 1, close));
                if (index >= fragments.length) {
                    throw new IllegalArgumentException("template needs argument " + index + ": " + template);
                }
                out.append(escape(literal.toString())).append(fragments[index]);
                literal.setLength(0);
                i = close + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        return out.append(escape(literal.toString())).toString();
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }

    static String rgba(Color c, double alpha) {
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,%.2f)", c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
