package org.communitysim.experiments.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words of every page and chart, read from {@code messages_en.properties} and {@code messages_zh.properties}
 * beside this class (UTF-8): a translator edits one file per language, and MessagesTest checks that both have the
 * same keys and placeholders. The files are read with {@link Properties} rather than {@code ResourceBundle} so
 * that the JVM's default locale can never pick a different language than the one asked for.
 */
final class Messages {
    private Messages() {
    }

    private static final Map<Lang, Map<String, String>> TEXTS = new EnumMap<>(Lang.class);

    static {
        for (Lang lang : Lang.values()) {
            TEXTS.put(lang, load(lang));
        }
    }

    /** The bundle file of a language, relative to this class. */
    static String fileName(Lang lang) {
        return "messages_" + lang.name().toLowerCase(Locale.ROOT) + ".properties";
    }

    /** The text of a key; a key missing from the bundle is a programming error (MessagesTest catches it). */
    static String text(String key, Lang lang) {
        String text = TEXTS.get(lang).get(key);
        if (text == null) {
            throw new IllegalStateException("no text '" + key + "' in " + fileName(lang));
        }
        return text;
    }

    static String text(MessageKey key, Lang lang) {
        return text(key.key(), lang);
    }

    /** The text of a key, or {@code fallback} when the bundle has none (a metric added after the bundles were). */
    static String textOr(String key, Lang lang, String fallback) {
        return TEXTS.get(lang).getOrDefault(key, fallback);
    }

    static String format(MessageKey key, Lang lang, Object... args) {
        return fill(text(key, lang), args);
    }

    /** Every key of a language's bundle, sorted. */
    static Set<String> keys(Lang lang) {
        return Collections.unmodifiableSet(new TreeSet<>(TEXTS.get(lang).keySet()));
    }

    /**
     * Replaces {@code {0}}, {@code {1}}… of a text by the arguments, verbatim (no quoting rules, no locale-dependent
     * number formatting: numbers are formatted before they get here, and an apostrophe stays an apostrophe).
     */
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

    private static Map<String, String> load(Lang lang) {
        String file = fileName(lang);
        try (InputStream in = Messages.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + file + " beside " + Messages.class.getName());
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> texts = new java.util.HashMap<>();
            properties.forEach((k, v) -> texts.put((String) k, (String) v));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
