package org.communitysim.scenario.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every class of bad input, with the exact message a user sees. */
class ScenarioFileErrorsTest {

    @TempDir
    Path dir;

    private List<String> problems(Path file, String... overrides) {
        return assertThrows(InputException.class, () -> ScenarioFiles.load(file, List.of(overrides))).problems();
    }

    private List<String> problemsOf(String json, String... overrides) {
        return problems(TestFiles.write(dir, "bad.json", json), overrides);
    }

    private String bad() {
        return dir.resolve("bad.json").toString();
    }

    // --- one field wrong ---

    @Test
    void load_stringForNumber_isRejected() {
        assertEquals(List.of(bad() + ": group.threshold: expected a number in [0, 1], got \"high\""),
                problemsOf("{\"group\": {\"threshold\": \"high\"}}"));
    }

    @Test
    void load_numberForBoolean_isRejected() {
        assertEquals(List.of(bad() + ": ablations.noise: expected true or false, got 0"),
                problemsOf("{\"ablations\": {\"noise\": 0}}"));
    }

    @Test
    void load_objectForScalar_isRejected() {
        assertEquals(List.of(bad() + ": content.cadence: expected a number in [0, 1000], got an object"),
                problemsOf("{\"content\": {\"cadence\": {\"perDay\": 2}}}"));
    }

    @Test
    void load_scalarForSection_isRejected() {
        assertEquals(List.of(bad() + ": group: expected an object (the group section), got 3"),
                problemsOf("{\"group\": 3}"));
    }

    @Test
    void load_fractionalForInteger_isRejected() {
        assertEquals(List.of(bad() + ": group.sizeCap: expected an integer >= 1, got 2.5"),
                problemsOf("{\"group\": {\"sizeCap\": 2.5}}"));
    }

    @Test
    void load_integerBeyondJavaRange_isRejected() {
        assertEquals(List.of(bad() + ": population.size: expected an integer in [1, 1000000], got 3000000000"),
                problemsOf("{\"population\": {\"size\": 3000000000}}"));
    }

    @Test
    void load_outOfRange_isRejected() {
        assertEquals(List.of(bad() + ": behaviour.state.commitTau: expected a number > 0, got 0"),
                problemsOf("{\"behaviour\": {\"state\": {\"commitTau\": 0}}}"));
    }

    @Test
    void load_outOfRangeInteger_isRejected() {
        assertEquals(List.of(bad() + ": kols.departureDay: expected an integer >= -1, got -2"),
                problemsOf("{\"kols\": {\"departureDay\": -2}}"));
    }

    @Test
    void load_nullForNumber_isRejected() {
        assertEquals(List.of(bad() + ": group.threshold: expected a number in [0, 1], got null"),
                problemsOf("{\"group\": {\"threshold\": null}}"));
    }

    @Test
    void load_numberTooLargeForADouble_isRejected() {
        assertEquals(List.of(bad() + ": behaviour.posting.eventBonus: expected a finite number, got Infinity"),
                problemsOf("{\"behaviour\": {\"posting\": {\"eventBonus\": 1e400}}}"));
    }

    @Test
    void load_badEnumValue_isRejectedListingTheValues() {
        assertEquals(List.of(bad() + ": network.type: expected one of homophilous-small-world, erdos-renyi, "
                        + "barabasi-albert, watts-strogatz, edge-list, got \"ring\""),
                problemsOf("{\"network\": {\"type\": \"ring\"}}"));
    }

    @Test
    void load_multiLineDescription_isRejected() {
        assertEquals(List.of(bad() + ": description: expected a one-line string, got \"two\\nlines\""),
                problemsOf("{\"description\": \"two\\nlines\"}"));
    }

    @Test
    void load_blankName_isRejected() {
        assertEquals(List.of(bad() + ": name: expected a non-blank one-line string of at most 255 characters, got \" \""),
                problemsOf("{\"name\": \" \"}"));
    }

    @Test
    void load_tenMegabyteName_isRejectedQuotingOnlyItsStart() {
        // issue 17 item 9: a 10 MB name was accepted and repeated into every CSV row
        String name = "x".repeat(10_000_000);
        List<String> problems = problemsOf("{}", "name=" + name);
        assertEquals(1, problems.size());
        String p = problems.get(0);
        assertTrue(p.length() < 400, "the value is not echoed whole: " + p.length() + " characters");
        assertTrue(p.contains("name: expected a non-blank one-line string of at most 255 characters"), p);
        assertTrue(p.endsWith("(10000000 characters)"), p);
    }

    // --- unknown keys ---

    @Test
    void load_misspeltKey_suggestsTheNearestValidKey() {
        assertEquals(List.of(bad() + ": group.treshold: unknown key; did you mean \"threshold\"?"),
                problemsOf("{\"group\": {\"treshold\": 0.4}}"));
    }

    @Test
    void load_wrongCaseKey_suggestsTheRightCase() {
        assertEquals(List.of(bad() + ": behaviour.state.rmin: unknown key; did you mean \"rMin\"?"),
                problemsOf("{\"behaviour\": {\"state\": {\"rmin\": 0.2}}}"));
    }

    @Test
    void load_unknownKeyFarFromAnyValidKey_listsTheValidKeys() {
        assertEquals(List.of(bad() + ": referral.bonusPoints: unknown key; allowed keys: reward"),
                problemsOf("{\"referral\": {\"bonusPoints\": 3}}"));
    }

    @Test
    void load_classKey_isAnUnknownKeyNotATypeHint() {
        // Jackson default typing is off: "@class" must never choose a Java type.
        // Problems come in merged-tree order: known sections first, keys the defaults lack after them.
        assertEquals(List.of(bad() + ": network.@class: unknown key; allowed keys: type, meanDegree, degreeSigma, "
                        + "ringDistanceMean, longTieShare, rewireProbability, strongShare, mediumShare, "
                        + "strongWeight, mediumWeight, weakWeight, edgeListPath",
                bad() + ": @class: unknown key; allowed keys: extends, name, description, descriptionZh, "
                        + "horizonDays, population, network, group, content, kols, referral, economics, join, behaviour, "
                        + "ablations, metrics, playbook, world"),
                problemsOf("{\"@class\": \"java.lang.ProcessBuilder\", "
                        + "\"network\": {\"@class\": \"java.net.URL\", \"type\": \"erdos-renyi\"}}"));
    }

    @Test
    void load_yamlGlobalTag_isIgnoredNotInstantiated() {
        // SnakeYAML's constructor never runs: Jackson reads parser events only, so a tag names no class.
        Path file = TestFiles.write(dir, "tag.yaml", "group: !!javax.script.ScriptEngineManager "
                + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://example.invalid/\"]]]]\n");
        assertEquals(List.of(file + ": group: expected an object (the group section), got an array"), problems(file));
    }

    @Test
    void load_misspeltExtends_suggestsExtends() {
        TestFiles.write(dir, "parent.json", "{}");
        assertEquals(List.of(bad() + ": extend: unknown key; did you mean \"extends\"?"),
                problemsOf("{\"extend\": \"parent.json\"}"));
    }

    // --- extends ---

    @Test
    void load_cyclicExtends_listsTheCycle() {
        Path a = TestFiles.write(dir, "a.json", "{\"extends\": \"b.json\"}");
        Path b = TestFiles.write(dir, "b.json", "{\"extends\": \"c.json\"}");
        Path c = TestFiles.write(dir, "c.json", "{\"extends\": \"a.json\"}");
        assertEquals(List.of(c + ": cyclic extends: " + a + " -> " + b + " -> " + c + " -> " + a), problems(a));
    }

    @Test
    void load_fileExtendingItself_isACycle() {
        Path self = TestFiles.write(dir, "self.json", "{\"extends\": \"./self.json\"}");
        assertEquals(List.of(self + ": cyclic extends: " + self + " -> " + self), problems(self));
    }

    @Test
    void load_missingParent_namesTheFileThatRefersToIt() {
        Path child = TestFiles.write(dir, "child.json", "{\"extends\": \"sub/parent.json\"}");
        assertEquals(List.of(child + ": extends: parent scenario file not found: " + dir.resolve("sub/parent.json")),
                problems(child));
    }

    @Test
    void load_extendsNotAString_isRejected() {
        assertEquals(List.of(bad() + ": extends: expected the path of another scenario file (a non-blank string), "
                + "got an array"), problemsOf("{\"extends\": [\"a.json\"]}"));
    }

    @Test
    void load_errorInAParent_namesTheParent() {
        Path parent = TestFiles.write(dir, "parent.json", "{\"group\": {\"threshold\": 7}}");
        Path child = TestFiles.write(dir, "child.json", "{\"extends\": \"parent.json\", \"kols\": {\"count\": -1}}");
        assertEquals(List.of(parent + ": group.threshold: expected a number in [0, 1], got 7",
                child + ": kols.count: expected an integer in [0, 10000], got -1"), problems(child));
    }

    @Test
    void load_parentValueFixedByTheChild_isNotAnError() throws InputException {
        TestFiles.write(dir, "parent.json", "{\"group\": {\"threshold\": 7}}");
        Path child = TestFiles.write(dir, "child.json", "{\"extends\": \"parent.json\", \"group\": {\"threshold\": 0.7}}");
        assertEquals(0.7, ScenarioFiles.load(child).group().threshold());
    }

    // --- the file itself ---

    @Test
    void load_missingFile_isOneLine() {
        Path missing = dir.resolve("nope.json");
        assertEquals(List.of("scenario file not found: " + missing), problems(missing));
    }

    @Test
    void load_directory_isRejected() {
        assertEquals(List.of("scenario file is a directory: " + dir), problems(dir));
    }

    @Test
    void load_malformedJson_givesLineAndColumn() {
        assertEquals(List.of(bad() + ": malformed JSON at line 4, column 3: Unexpected character ('}' (code 125)): "
                        + "was expecting double-quote to start field name"),
                problemsOf("{\n  \"group\": {\n    \"threshold\": 0.4,\n  }\n}"));
    }

    @Test
    void load_truncatedJson_saysWhereTheUnclosedObjectOpened() {
        assertEquals(List.of(bad() + ": malformed JSON at line 2, column 1: Unexpected end-of-input: expected close "
                        + "marker for Object (opened at line 1, column 11)"),
                problemsOf("{\"group\": {\n"));
    }

    @Test
    void load_malformedYaml_givesLineAndColumn() {
        Path file = TestFiles.write(dir, "bad.yaml", "group:\n  threshold: 0.4\n   sizeCap: 10\n");
        assertEquals(List.of(file + ": malformed YAML at line 3, column 11: mapping values are not allowed here"),
                problems(file));
    }

    @Test
    void load_duplicateKey_isMalformed() {
        assertEquals(List.of(bad() + ": malformed JSON at line 1, column 41: Duplicate field 'threshold'"),
                problemsOf("{\"group\": {\"threshold\": 0.4, \"threshold\": 0.5}}"));
    }

    @Test
    void load_emptyFile_isRejected() {
        assertEquals(List.of(bad() + ": the file is empty; expected a JSON object"), problemsOf("  \n"));
    }

    @Test
    void load_topLevelArray_isRejected() {
        assertEquals(List.of(bad() + ": expected a JSON object at the top level, got an array"), problemsOf("[1, 2]"));
    }

    // --- edge list ---

    @Test
    void load_missingEdgeList_namesTheFieldAndTheResolvedPath() {
        assertEquals(List.of(bad() + ": network.edgeListPath: edge list file not found: "
                        + dir.resolve("nets/missing.csv")),
                problemsOf("{\"network\": {\"type\": \"edge-list\", \"edgeListPath\": \"nets/missing.csv\"}}"));
    }

    @Test
    void load_edgeListThatIsADirectory_isRejected() {
        assertEquals(List.of(bad() + ": network.edgeListPath: edge list path is not a regular file: " + dir),
                problemsOf("{\"network\": {\"type\": \"edge-list\", \"edgeListPath\": \".\"}}"));
    }

    @Test
    void load_edgeListTypeWithoutPath_isRejectedByTheRecord() {
        assertEquals(List.of(bad() + ": network.edgeListPath must be given when network.type is edge-list"),
                problemsOf("{\"network\": {\"type\": \"edge-list\"}}"));
    }

    // --- cross-field constraints (the records' own checks) ---

    @Test
    void load_seedsAndKolsAboveTheCap_isRejected() {
        assertEquals(List.of(bad() + ": group.seedMembers + kols.count (16) must be <= group.sizeCap (10)"),
                problemsOf("{\"group\": {\"sizeCap\": 10, \"seedMembers\": 15}, \"kols\": {\"count\": 1}}"));
    }

    @Test
    void load_groupTopicBeyondTheTopics_isRejected() {
        assertEquals(List.of(bad() + ": group.topic must be < population.topics (8), got 8"),
                problemsOf("{\"group\": {\"topic\": 8}}"));
    }

    @Test
    void load_crossFieldProblemsInSeveralSections_areAllReported() {
        assertEquals(List.of(
                        bad() + ": network.strongShare + network.mediumShare must be <= 1, got 1.5",
                        bad() + ": behaviour.state.baseHazard + maxHazard must be <= 1, got 1.5"),
                problemsOf("{\"network\": {\"strongShare\": 0.7, \"mediumShare\": 0.8}, "
                        + "\"behaviour\": {\"state\": {\"baseHazard\": 0.5, \"maxHazard\": 1}}}"));
    }

    // --- overrides ---

    @Test
    void load_overrideWithoutEquals_isMalformed() {
        assertEquals(List.of("--set group.threshold: expected path=value, e.g. group.threshold=0.4"),
                problemsOf("{}", "group.threshold"));
    }

    @Test
    void load_overrideOfUnknownPath_suggestsTheNearestKey() {
        assertEquals(List.of("--set group.treshold=0.4: group.treshold: unknown key; did you mean \"threshold\"?",
                        "--set groop.threshold=0.4: groop: unknown key; did you mean \"group\"?"),
                problemsOf("{}", "group.treshold=0.4", "groop.threshold=0.4"));
    }

    @Test
    void load_overrideBelowAValue_isAnUnknownKey() {
        assertEquals(List.of("--set group.threshold.max=1: group.threshold.max: unknown key; "
                + "group.threshold is a value, not a section"), problemsOf("{}", "group.threshold.max=1"));
    }

    @Test
    void load_overrideOfAWholeSection_isRejected() {
        assertEquals(List.of("--set referral=1: referral: is a section; set one of its fields, e.g. referral.reward=..."),
                problemsOf("{}", "referral=1"));
    }

    @Test
    void load_overrideOfExtends_isRejected() {
        assertEquals(List.of("--set extends=other.json: extends: cannot be overridden; --set applies after extends "
                + "is resolved"), problemsOf("{}", "extends=other.json"));
    }

    @Test
    void load_overrideWithAWrongValue_namesTheOverride() {
        assertEquals(List.of("--set group.threshold=0.4x: group.threshold: expected a number in [0, 1], got \"0.4x\"",
                        "--set ablations.noise=no: ablations.noise: expected true or false, got \"no\""),
                problemsOf("{}", "group.threshold=0.4x", "ablations.noise=no"));
    }

    // --- everything at once ---

    @Test
    void load_severalProblems_areReportedTogetherInOneException() {
        Path parent = TestFiles.write(dir, "parent.json", "{\"content\": {\"promoShare\": 1.2}}");
        Path file = TestFiles.write(dir, "many.json", """
                {
                  "extends": "parent.json",
                  "horizonDays": "long",
                  "group": {"treshold": 0.3, "sizeCap": 0},
                  "network": {"type": "lattice"},
                  "ablations": {"noise": "off"}
                }
                """);
        assertEquals(List.of(
                "--set kols.cont=1: kols.cont: unknown key; did you mean \"count\"?",
                file + ": horizonDays: expected an integer in [1, 10000], got \"long\"",
                file + ": network.type: expected one of homophilous-small-world, erdos-renyi, barabasi-albert, "
                        + "watts-strogatz, edge-list, got \"lattice\"",
                file + ": group.sizeCap: expected an integer >= 1, got 0",
                file + ": group.treshold: unknown key; did you mean \"threshold\"?",
                parent + ": content.promoShare: expected a number in [0, 1], got 1.2",
                file + ": ablations.noise: expected true or false, got \"off\""),
                problems(file, "kols.cont=1"));
    }

    @Test
    void inputException_messageIsTheProblemsOnePerLine() {
        InputException e = assertThrows(InputException.class, () -> ScenarioFiles.load(
                TestFiles.write(dir, "two.json", "{\"group\": {\"threshold\": 2, \"topic\": -1}}")));
        assertEquals(String.join("\n", e.problems()), e.getMessage());
        assertEquals(2, e.problems().size());
    }
}
