package org.communitysim.experiments.report;

/** The texts of one language, as the templates ask for them: {@code ${w.text(Text.SECTION_ANSWER)}}. */
record Words(Lang lang) {
    String text(MessageKey key) {
        return Messages.text(key, lang);
    }

    String format(MessageKey key, Object... args) {
        return Messages.format(key, lang, args);
    }
}
