package org.communitysim.experiments.report;

/**
 * The command line's error lines in both languages (see {@link Messages}): the {@code error:} prefix, the notes
 * after an environment error or a runtime failure, and the templates of the common validation messages, whose
 * English forms the messages the program builds follow word for word (the command line matches them and fills the
 * Chinese template with the same field path, value and bounds, verbatim).
 */
public final class CliLabels {
    private CliLabels() {
    }

    /** The keys ({@code cli.<constant in lower case>}). */
    public enum E implements MessageKey {
        ERROR_LINE, USAGE_HINT, ENVIRONMENT_NOTE, RUNTIME_NOTE, MORE_PROBLEMS,
        EXPECTED, EXPECTED_AT_MOST,
        ALLOWED_INTEGER_IN, ALLOWED_NUMBER_IN, ALLOWED_INTEGER_BOUND, ALLOWED_NUMBER_BOUND, ALLOWED_INTEGER,
        ALLOWED_FINITE_NUMBER, ALLOWED_BOOLEAN, ALLOWED_ONE_OF, ALLOWED_INTEGER_LIST, ALLOWED_NUMBER_LIST,
        UNKNOWN_KEY_DID_YOU_MEAN, UNKNOWN_KEY_ALLOWED, UNKNOWN_KEY_ALLOWED_KEYS,
        OPTION_AT_LEAST, OPTION_AT_MOST, OPTION_BETWEEN, OPTION_EMPTY_PATH, SET_FORM, NO_SUCH_SCENARIO,
        FOLDER_IN_USE, FOLDER_NOT_EMPTY, NOT_A_FOLDER,
        UNKNOWN_OPTION, UNKNOWN_OPTIONS, NOT_AN_INT, NOT_A_NUMBER, MISSING_PARAMETER, MISSING_OPTION, UNMATCHED,
        VALIDATE_OK, UNKNOWN_EFFECT, NOT_A_METRIC, NOT_A_GROUP_SETTING, DID_YOU_MEAN,
        RESUME_SEED, RESUME_SPEC_CHANGED, RESUME_NO_SPEC, ALREADY_HOLDS,
        SWEEP_NO_SPEC, SWEEP_SPEC_CHANGED, SWEEP_ALREADY_HOLDS, SWEEP_SERIES_MISSING, SWEEP_SERIES_DIFFER,
        SWEEP_SERIES_DIFFER_GOT, CALIBRATION_INPUTS_CHANGED, NOT_A_PLAYBOOK_NUMBER, NOT_A_BASE_PLAYBOOK_NUMBER,
        SEEDS_EXCEED_POPULATION, SEEDS_EXCEED_REGULARS, QUERY_NOT_READING, QUERY_ONE_STATEMENT;

        @Override
        public String group() {
            return "cli";
        }
    }

    public static String text(E key, Lang lang) {
        return Messages.text(key, lang);
    }

    /** The text with {@code {0}}, {@code {1}}… replaced by the arguments, verbatim. */
    public static String format(E key, Lang lang, Object... args) {
        return Messages.format(key, lang, args);
    }
}
