package org.communitysim.experiments.cli;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communitysim.experiments.report.CliLabels;
import org.communitysim.experiments.report.CliLabels.E;
import org.communitysim.experiments.report.Lang;

/**
 * The {@code error:} lines of the command line in the language the user asked for with {@code --lang}. English is
 * printed as the program words it. For Chinese the prefix and the notes are Chinese, and a problem worded as one of
 * the common validation messages (a value out of its range, an unknown key, an option out of bounds, a taken or
 * non-empty results folder, an unknown scenario, picocli's unknown option or bad number) is given in Chinese with
 * its field path, value and bounds copied verbatim; any other problem keeps its English words behind the Chinese
 * prefix. The messages are built in English where they arise (the scenario schema, the spec readers, picocli), many
 * layers below any language, so they are translated here, at the one place they are printed.
 */
final class ErrorText {
    private ErrorText() {
    }

    /** A rule: an English message shape and how its Chinese form is built from the captured parts. */
    private record Rule(Pattern english, BiFunction<Matcher, Lang, String> render) {
        static Rule of(String regex, E key) {
            return new Rule(Pattern.compile(regex), (m, lang) -> {
                Object[] parts = new Object[m.groupCount()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = m.group(i + 1);
                }
                return CliLabels.format(key, lang, parts);
            });
        }
    }

    private static final Pattern AT_MOST = Pattern.compile("^(.+) \\(at most (\\d+)\\)$");

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("^(.*?): expected (.+?), got (.*)$"), ErrorText::expected),
            Rule.of("^(.+): unknown key; did you mean \"(.+)\"\\?$", E.UNKNOWN_KEY_DID_YOU_MEAN),
            Rule.of("^(.+): unknown key; allowed: (.+)$", E.UNKNOWN_KEY_ALLOWED),
            Rule.of("^(.+): unknown key; allowed keys: (.+)$", E.UNKNOWN_KEY_ALLOWED_KEYS),
            Rule.of("^(--[a-z-]+) must be >= (\\S+), got (\\S+)$", E.OPTION_AT_LEAST),
            Rule.of("^(--[a-z-]+) must be <= (\\S+), got (\\S+)$", E.OPTION_AT_MOST),
            Rule.of("^(--[a-z-]+) must be between (\\S+) and (\\S+), got (\\S+)$", E.OPTION_BETWEEN),
            Rule.of("^(--[a-z-]+): expected a folder path, got an empty string$", E.OPTION_EMPTY_PATH),
            Rule.of("^(.+): expected path=value, e\\.g\\. (\\S+)$", E.SET_FORM),
            Rule.of("^scenario '(.*)': no such file, and no shipped scenario of that name \\(shipped: (.*)\\)$",
                    E.NO_SUCH_SCENARIO),
            Rule.of("^(.+): in use by another community-sim process \\(pid (\\S+)\\); wait for it to finish, or "
                    + "choose another folder$", E.FOLDER_IN_USE),
            Rule.of("^(.+): the folder is not empty; choose a new folder so earlier results are not mixed with "
                    + "these$", E.FOLDER_NOT_EMPTY),
            Rule.of("^(.+): exists and is not a folder$", E.NOT_A_FOLDER),
            Rule.of("^--resume (.+): the search there was started with seed (\\S+), not (\\S+); give --seed (\\S+) to "
                    + "continue it$", E.RESUME_SEED),
            Rule.of("^--resume (.+): the spec \\(or its base scenario\\) differs from the one this search was started "
                    + "with \\(hash (\\S+) vs (\\S+)\\); restore it, or start a new search with another --out$",
                    E.RESUME_SPEC_CHANGED),
            Rule.of("^--resume (.+): no (\\S+) there; not a folder of (\\S+) results$", E.RESUME_NO_SPEC),
            Rule.of("^--out (.+) already holds (\\S+) results; continue them with --resume (.+) or choose another "
                    + "--out$", E.ALREADY_HOLDS),
            Rule.of("^--resume (.+): the spec, its base scenario or the observed data differs from what this "
                    + "calibration was started with \\(hash (\\S+) vs (\\S+)\\); restore them, or start a new "
                    + "calibration with another --out$", E.CALIBRATION_INPUTS_CHANGED),
            Rule.of("^(.+): (playbook\\[\\S+): not a number of this scenario's playbook; a path such as "
                    + "playbook\\[0\\]\\.trigger\\.day or playbook\\[0\\]\\.effect\\.set\\.referral\\.reward must name a "
                    + "number the playbook already has \\(docs/sweeps\\.md\\)$", E.NOT_A_PLAYBOOK_NUMBER),
            Rule.of("^(.+): (playbook\\[\\S+) is not a numeric scenario field; a playbook path must name a number the "
                    + "base's playbook has, e\\.g\\. playbook\\[0\\]\\.trigger\\.day \\((docs/\\S+)\\)$",
                    E.NOT_A_BASE_PLAYBOOK_NUMBER),
            Rule.of("^--resume (.+): no (\\S+) there; not a sweep folder$", E.SWEEP_NO_SPEC),
            Rule.of("^--resume (.+): the spec \\(or its base scenario\\) differs from the one this sweep was started "
                    + "with \\(hash (\\S+) vs (\\S+)\\); restore it, or start a new sweep with another --out$",
                    E.SWEEP_SPEC_CHANGED),
            Rule.of("^--out (.+) already holds a sweep; continue it with --resume (.+) or choose another --out$",
                    E.SWEEP_ALREADY_HOLDS),
            Rule.of("^--resume (.+): the sweep was started without --keep-series; its runs so far kept no series\\. "
                    + "Resume it without --keep-series, or start a new sweep with another --out$", E.SWEEP_SERIES_MISSING),
            Rule.of("^--resume (.+): the sweep was started with (.+); give the same options to resume it \\(got (.+)\\)$",
                    E.SWEEP_SERIES_DIFFER_GOT),
            Rule.of("^--resume (.+): the sweep was started with (.+); give the same options to resume it$",
                    E.SWEEP_SERIES_DIFFER),
            Rule.of("^(.+) \\+ kols\\.count \\((\\d+)\\) exceeds population\\.size \\((\\d+)\\)$", E.SEEDS_EXCEED_POPULATION),
            Rule.of("^(.+) \\((\\d+)\\) exceeds the regular persons of this population \\((\\d+) of (\\d+); advertisers, "
                    + "population\\.advertiserShare, are never seeds or KOLs\\)$", E.SEEDS_EXCEED_REGULARS),
            Rule.of("^query: only a reading statement is run \\((.+)\\); got (.+)$", E.QUERY_NOT_READING),
            Rule.of("^query: only one statement is run; got a second one after the ';' at character (\\d+)$",
                    E.QUERY_ONE_STATEMENT),
            Rule.of("^Unknown option: (.+)$", E.UNKNOWN_OPTION),
            Rule.of("^Unknown options: (.+)$", E.UNKNOWN_OPTIONS),
            Rule.of("^Invalid value for option '(.+)': '(.*)' is not an int$", E.NOT_AN_INT),
            Rule.of("^Invalid value for option '(.+)': '(.*)' is not a long$", E.NOT_A_NUMBER),
            Rule.of("^Missing required parameter: (.+)$", E.MISSING_PARAMETER),
            Rule.of("^Missing required option: (.+)$", E.MISSING_OPTION),
            Rule.of("^Unmatched argument at index (\\d+): (.+)$", E.UNMATCHED),
            suggesting("^(.+): unknown effect \"(.+?)\"; (?:did you mean \"(.+?)\"\\? )?allowed: (.+)$",
                    E.UNKNOWN_EFFECT),
            suggesting("^(.+): \"(.+?)\" is not a daily metric; (?:did you mean \"(.+?)\"\\? )?allowed: (.+) \\(or a "
                    + "ratio of two, e\\.g\\. active/members\\)$", E.NOT_A_METRIC),
            suggesting("^(.+): (\\S+): not a setting of a group; (?:did you mean \"(.+?)\"\\? )?allowed: the fields "
                    + "under (.+) \\(docs/scenarios\\.md \"Every field\"\\)$", E.NOT_A_GROUP_SETTING));

    /**
     * A message of the form "WHERE: ... NAME ...; [did you mean "X"? ]allowed: LIST": groups 1, 2 and 4 go into the
     * template as {0}, {1}, {3}, and {2} is the did-you-mean fragment in the language (empty without a suggestion).
     */
    private static Rule suggesting(String regex, E key) {
        return new Rule(Pattern.compile(regex), (m, lang) -> CliLabels.format(key, lang, m.group(1), m.group(2),
                m.group(3) == null ? "" : CliLabels.format(E.DID_YOU_MEAN, lang, m.group(3)), m.group(4)));
    }

    /** The allowed values a "PATH: expected ALLOWED, got VALUE" message names (docs/scenarios.md's ranges). */
    private static final List<Rule> ALLOWED = List.of(
            Rule.of("^an integer in ([\\[(].*[\\])])$", E.ALLOWED_INTEGER_IN),
            Rule.of("^a number in ([\\[(].*[\\])])$", E.ALLOWED_NUMBER_IN),
            Rule.of("^an integer ([<>]=? \\S+)$", E.ALLOWED_INTEGER_BOUND),
            Rule.of("^a number ([<>]=? \\S+)$", E.ALLOWED_NUMBER_BOUND),
            Rule.of("^an integer$", E.ALLOWED_INTEGER),
            Rule.of("^a finite number$", E.ALLOWED_FINITE_NUMBER),
            Rule.of("^true or false$", E.ALLOWED_BOOLEAN),
            Rule.of("^one of (.+)$", E.ALLOWED_ONE_OF),
            Rule.of("^a list of integers, each (.+)$", E.ALLOWED_INTEGER_LIST),
            Rule.of("^a list of numbers, each (.+)$", E.ALLOWED_NUMBER_LIST));

    /** The language asked for by {@code --lang} (or {@code --lang=}) in the arguments; English without it. */
    static Lang lang(List<String> args) {
        Lang lang = Lang.EN;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                break; // the rest are parameters, not options
            }
            String value = a.equals("--lang") && i + 1 < args.size() ? args.get(++i)
                    : a.startsWith("--lang=") ? a.substring("--lang=".length()) : null;
            if (value != null) {
                String v = value.toLowerCase(Locale.ROOT);
                lang = v.equals("zh") || v.equals("zh-cn") ? Lang.ZH : Lang.EN;
            }
        }
        return lang;
    }

    /** One printed problem: "error: PROBLEM" in English, "错误：问题" in Chinese. */
    static String line(String problem, Lang lang) {
        return CliLabels.format(E.ERROR_LINE, lang, lang == Lang.EN ? problem : translate(problem, lang));
    }

    /** A fixed line in the language (the notes after an environment error or a runtime failure). */
    static String note(E key, Lang lang) {
        return CliLabels.text(key, lang);
    }

    /** The line after the first problems printed: "error: ... and N more problems". */
    static String moreProblems(int count, Lang lang) {
        return CliLabels.format(E.ERROR_LINE, lang, CliLabels.format(E.MORE_PROBLEMS, lang, count));
    }

    /** picocli's "Try 'community-sim run --help' for usage." */
    static String usageHint(String command, Lang lang) {
        return CliLabels.format(E.USAGE_HINT, lang, command);
    }

    /**
     * The problem in {@code lang} where it has a common shape, else as it is. English is printed untouched; that
     * the English templates rebuild each shape byte for byte is checked by ErrorTextTest.
     */
    static String translate(String problem, Lang lang) {
        for (Rule r : RULES) {
            Matcher m = r.english().matcher(problem);
            if (m.matches()) {
                String text = r.render().apply(m, lang);
                if (text != null) {
                    return text;
                }
            }
        }
        return problem;
    }

    /** "PATH: expected ALLOWED, got VALUE" when ALLOWED is a known phrase; null otherwise. */
    private static String expected(Matcher m, Lang lang) {
        String allowed = m.group(2);
        String atMost = null;
        Matcher bound = AT_MOST.matcher(allowed);
        if (bound.matches()) {
            allowed = bound.group(1);
            atMost = bound.group(2);
        }
        for (Rule r : ALLOWED) {
            Matcher a = r.english().matcher(allowed);
            if (a.matches()) {
                String text = r.render().apply(a, lang);
                if (atMost != null) {
                    text = CliLabels.format(E.EXPECTED_AT_MOST, lang, text, atMost);
                }
                return CliLabels.format(E.EXPECTED, lang, m.group(1), text, m.group(3));
            }
        }
        return null;
    }
}
