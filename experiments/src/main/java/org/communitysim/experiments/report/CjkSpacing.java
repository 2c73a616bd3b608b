package org.communitysim.experiments.report;

/**
 * Spaces between Chinese and Latin text, as Chinese typesetting asks ("领先 1 组和 kol-led-group", not
 * "领先1组和kol-led-group"; W3C, Requirements for Chinese Text Layout, §3.2.3 on mixed text): one space is inserted
 * where a Chinese character meets a Latin letter or digit, on either side, unless a space is already there. Markup is
 * transparent: in {@code 和<strong>kol</strong>} the space goes before the tag. Punctuation (full-width or not) is
 * never spaced, so "（95% 置信区间" and "kol，" stay as they are; a percent sign after a digit belongs to the number
 * ("100% 和 kol").
 */
public final class CjkSpacing {
    private CjkSpacing() {
    }

    /** The text with a space wherever a Chinese character and a Latin letter or digit touch (tags ignored). */
    public static String apply(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int lastKind = NONE; // kind of the last visible character written
        int insertAt = -1; // where a space would go: before the tags that followed the last visible character
        boolean inTag = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inTag) {
                out.append(c);
                inTag = c != '>';
                continue;
            }
            if (c == '<' && looksLikeTag(text, i)) {
                if (insertAt < 0) {
                    insertAt = out.length();
                }
                out.append(c);
                inTag = true;
                continue;
            }
            int kind = c == '%' && lastKind == LATIN ? LATIN : kind(c); // "100%" is one Latin run: "100% 和"
            if (kind != NONE && lastKind != NONE && kind != lastKind) {
                int at = kind == LATIN && insertAt >= 0 ? insertAt : out.length();
                out.insert(at, ' ');
            }
            out.append(c);
            lastKind = c == '&' ? NONE : kind; // an entity such as &amp; is not a letter
            insertAt = -1;
        }
        return out.toString();
    }

    private static final int NONE = 0;
    private static final int CJK = 1;
    private static final int LATIN = 2;

    private static int kind(char c) {
        if (c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF') {
            return CJK;
        }
        if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
            return LATIN;
        }
        return NONE;
    }

    private static boolean looksLikeTag(String text, int i) {
        return i + 1 < text.length() && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '/');
    }
}
