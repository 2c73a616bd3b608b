package org.communitysim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded mutation fuzzer over everything a user feeds the command line (issue 17, "a fuzz suite"): shipped
 * scenario files with a value replaced by a hostile one, keys dropped, added or duplicated, text truncated or
 * corrupted, {@code extends} and {@code network.edgeListPath} pointed at devices, folders and missing files, edge
 * lists with bad lines, {@code --set} values, and sweep specs mutated the same way — each case run through
 * {@link Main#execute}, the CLI's own entry point. Every case must end within a bound with exit 0, or exit 2 and
 * only {@code error:} lines that name a field or a file; never another exit code, never a stack trace or an
 * exception's name, nothing written outside {@code --out}, and no {@code --out} left after an input error.
 *
 * <p>Why a seeded loop in JUnit and not jqwik: the cases are whole files and command lines, where shrinking helps
 * little (a failing case is printed whole with its number and reproduced by its seed), and it needs no new
 * dependency. The fast sample ({@value #FAST_CASES} cases) runs in {@code mvn test}; the campaign is
 * {@code mvn -o -q test -pl sim,experiments -Dtest=InputFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfuzz.cases=1200} (docs/cli.md, "Fuzzing").
 */
class InputFuzzTest {
    private static final int FAST_CASES = 60;
    private static final Duration BOUND = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> HOSTILE_PATHS = List.of("/dev/zero", "/dev/urandom", "/dev/stdin", "/",
            "missing.json", "", " ", "pipe", "self.json", "../../../../etc/passwd", "ties.csv", "big.json");

    @BeforeAll
    static void shippedScenarios() {
        System.setProperty("communitysim.home", Path.of("..").toAbsolutePath().normalize().toString());
    }

    /** Outcome counts of a campaign, printed at its end: the figures docs/cli.md quotes. */
    private final Map<String, Integer> counts = new TreeMap<>();

    @Test
    void fuzz_mutatedInputs_exitZeroOrTwoWithAFieldNamedNeverAStackTrace(@TempDir Path dir) throws Exception {
        int cases = Integer.getInteger("fuzz.cases", FAST_CASES);
        long seed = Long.getLong("fuzz.seed", 17L);
        Path sandbox = Files.createDirectories(dir.resolve("sandbox"));
        setUp(sandbox);
        List<Path> shipped;
        try (Stream<Path> s = Files.list(Path.of("..", "scenarios"))) {
            shipped = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        SplittableRandom master = new SplittableRandom(seed);
        for (int c = 0; c < cases; c++) {
            long caseSeed = master.nextLong();
            runCase(c, caseSeed, sandbox, shipped);
        }
        System.out.println("fuzz campaign: seed " + seed + ", " + cases + " cases: " + counts);
        assertEquals(cases, counts.values().stream().mapToInt(Integer::intValue).sum());
    }

    private void setUp(Path sandbox) throws Exception {
        Files.writeString(sandbox.resolve("self.json"), "{\"extends\": \"self.json\"}");
        Files.writeString(sandbox.resolve("ties.csv"), "0,1\n1,2\n2,0\n3,4\n4,5\n5,3\n0,3\n");
        try (var f = new java.io.RandomAccessFile(sandbox.resolve("big.json").toFile(), "rw")) {
            f.setLength(2L << 20); // sparse, over the 1 MiB limit
        }
        new ProcessBuilder("mkfifo", sandbox.resolve("pipe").toString()).start().waitFor();
    }

    private void runCase(int c, long caseSeed, Path sandbox, List<Path> shipped) throws Exception {
        SplittableRandom rnd = new SplittableRandom(caseSeed);
        Path caseDir = Files.createDirectories(sandbox.resolve("case" + c));
        Path out = caseDir.resolve("out");
        List<String> args = new ArrayList<>();
        String kind;
        int pick = rnd.nextInt(10);
        if (pick < 6) {
            kind = "scenario";
            Path file = caseDir.resolve(rnd.nextInt(4) == 0 ? "s.yaml" : "s.json");
            String text = mutatedScenario(rnd, shipped.get(rnd.nextInt(shipped.size())), file.toString().endsWith(".yaml"));
            Files.writeString(file, text);
            boolean run = rnd.nextInt(4) == 0;
            if (run) {
                args.addAll(List.of("run", file.toString(), "--replicates", "2", "--threads", "1", "--quiet",
                        "--set", "population.size=150", "--set", "horizonDays=8", "--out", out.toString()));
            } else {
                args.addAll(List.of(rnd.nextBoolean() ? "validate" : "describe", file.toString()));
            }
        } else if (pick < 8) {
            kind = "set";
            args.addAll(List.of("run", "reference", "--replicates", "1", "--threads", "1", "--quiet",
                    "--set", "population.size=150", "--set", "horizonDays=8",
                    "--set", randomSet(rnd), "--out", out.toString()));
            if (rnd.nextBoolean()) {
                args.addAll(List.of("--set", randomSet(rnd)));
            }
        } else if (pick < 9) {
            kind = "edgelist";
            Files.writeString(caseDir.resolve("e.csv"), mutatedEdgeList(rnd));
            Path s = caseDir.resolve("s.json");
            Files.writeString(s, "{\"network\": {\"type\": \"edge-list\", \"edgeListPath\": \"e.csv\"}, "
                    + "\"group\": {\"seedMembers\": 1, \"sizeCap\": 20}, \"horizonDays\": 8}");
            args.addAll(rnd.nextBoolean() ? List.of("validate", s.toString())
                    : List.of("run", s.toString(), "--replicates", "1", "--threads", "1", "--quiet", "--out",
                            out.toString()));
        } else {
            kind = "sweep";
            Path base = caseDir.resolve("base.json");
            Files.writeString(base, "{\"extends\": \"" + Path.of("..", "scenarios", "reference.json").toAbsolutePath()
                    .normalize() + "\", \"population\": {\"size\": 150}, \"horizonDays\": 8}");
            Path spec = caseDir.resolve("spec.json");
            Files.writeString(spec, mutatedSweep(rnd));
            args.addAll(List.of("sweep", spec.toString(), "--threads", "1", "--quiet", "--out", out.toString()));
        }
        Map<Path, Long> before = listing(sandbox, out);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        String[] argv = args.toArray(String[]::new);
        String label = "case " + c + " (seed " + caseSeed + ", " + kind + "): " + String.join(" ", args);
        int code = assertTimeoutPreemptively(BOUND, () -> Main.execute(argv,
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8)),
                label);
        String err = e.toString(StandardCharsets.UTF_8);
        assertTrue(code == Main.OK || code == Main.INPUT_ERROR, label + " -> exit " + code + "\n" + err);
        assertTrue(!err.contains("\tat ") && !err.contains("Exception") && !err.contains("Error:")
                && !err.contains("a runtime failure"), label + " -> a stack trace or exception:\n" + err);
        if (code == Main.INPUT_ERROR) {
            assertTrue(!Files.exists(out), label + " -> --out left after an input error");
            for (String line : err.strip().split("\n")) {
                assertTrue(line.startsWith("error: ") || line.startsWith("Try '") || line.startsWith("Did you mean"),
                        label + " -> not an error line: " + line);
            }
            assertTrue(err.contains(": "), label + " -> names no field or file: " + err);
        }
        Map<Path, Long> after = listing(sandbox, out);
        after.keySet().removeIf(p -> p.startsWith(out) || p.startsWith(caseDir.resolve("out")));
        before.keySet().removeIf(p -> p.startsWith(out));
        assertEquals(before.keySet(), after.keySet(), label + " -> wrote outside --out");
        counts.merge(kind + " exit " + code, 1, Integer::sum);
    }

    private static Map<Path, Long> listing(Path root, Path skip) throws IOException {
        Map<Path, Long> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(p -> !p.startsWith(skip)).forEach(p -> files.put(p, 0L));
        }
        return files;
    }

    // --- mutations ---

    private static JsonNode hostileValue(SplittableRandom rnd) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (rnd.nextInt(22)) {
            case 0 -> f.numberNode(1e308);
            case 1 -> f.numberNode(-1e308);
            case 2 -> f.numberNode(2147483647);
            case 3 -> f.numberNode(2147483648L);
            case 4 -> f.numberNode(2e9);
            case 5 -> f.numberNode(-1);
            case 6 -> f.numberNode(0);
            case 7 -> f.numberNode(0.5);
            case 8 -> f.numberNode(1e9);
            case 9 -> f.numberNode(4.9e-324);
            case 10 -> f.textNode("");
            case 11 -> f.textNode("x".repeat(rnd.nextInt(1, 5000)));
            case 12 -> f.textNode("line\nbreak");
            case 13 -> f.nullNode();
            case 14 -> f.booleanNode(rnd.nextBoolean());
            case 15 -> f.objectNode().put("x", 1);
            case 16 -> f.arrayNode().add(1).add(-2);
            case 17 -> f.textNode("NaN");
            case 18 -> f.numberNode(rnd.nextDouble() * Math.pow(10, rnd.nextInt(-5, 12)));
            case 19 -> f.numberNode(rnd.nextLong());
            case 20 -> f.textNode(HOSTILE_PATHS.get(rnd.nextInt(HOSTILE_PATHS.size())));
            default -> f.numberNode(rnd.nextInt(-3, 1_000_000));
        };
    }

    private static String mutatedScenario(SplittableRandom rnd, Path shipped, boolean yaml) throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(shipped.toFile());
        if (tree.has("network") && tree.get("network").has("edgeListPath")) {
            ((ObjectNode) tree.get("network")).put("edgeListPath", "../../../../scenarios/data/"
                    + Path.of(tree.get("network").get("edgeListPath").asText()).getFileName());
        }
        tree.remove("extends");
        int mutations = rnd.nextInt(1, 4);
        for (int m = 0; m < mutations; m++) {
            List<ObjectNode> parents = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            collect(tree, parents, keys);
            switch (rnd.nextInt(7)) {
                case 0, 1, 2 -> {
                    if (!keys.isEmpty()) {
                        int i = rnd.nextInt(keys.size());
                        parents.get(i).set(keys.get(i), hostileValue(rnd));
                    }
                }
                case 3 -> {
                    if (!keys.isEmpty()) {
                        int i = rnd.nextInt(keys.size());
                        parents.get(i).remove(keys.get(i));
                    }
                }
                case 4 -> tree.put("unknownKey" + rnd.nextInt(100), 1);
                case 5 -> tree.put("extends", HOSTILE_PATHS.get(rnd.nextInt(HOSTILE_PATHS.size())));
                default -> {
                    if (!tree.path("network").isObject()) { // an earlier mutation may have made it a number
                        tree.putObject("network");
                    }
                    ((ObjectNode) tree.get("network")).put("type", "edge-list")
                        .put("edgeListPath", HOSTILE_PATHS.get(rnd.nextInt(HOSTILE_PATHS.size())));
                }
            }
        }
        String text = yaml ? new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .writeValueAsString(tree) : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        return textMutation(rnd, text);
    }

    /** Sometimes damage the text itself: truncate, duplicate a key line, append garbage or a second object. */
    private static String textMutation(SplittableRandom rnd, String text) {
        return switch (rnd.nextInt(8)) {
            case 0 -> text.substring(0, rnd.nextInt(text.length() + 1));
            case 1 -> {
                String[] lines = text.split("\n");
                int i = rnd.nextInt(lines.length);
                lines[i] = lines[i] + (lines[i].endsWith(",") || lines[i].endsWith("{") ? "" : "") + "\n" + lines[i];
                yield String.join("\n", lines);
            }
            case 2 -> text + (rnd.nextBoolean() ? " trailing" : text);
            case 3 -> {
                StringBuilder sb = new StringBuilder(text);
                for (int k = 0; k < 3; k++) {
                    sb.setCharAt(rnd.nextInt(sb.length()), (char) rnd.nextInt(1, 0x2FF));
                }
                yield sb.toString();
            }
            default -> text;
        };
    }

    private static void collect(JsonNode node, List<ObjectNode> parents, List<String> keys) {
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                parents.add(o);
                keys.add(e.getKey());
                collect(e.getValue(), parents, keys);
            }
        }
    }

    private static final List<String> SET_PATHS = List.of("horizonDays", "population.size", "population.topics",
            "network.ringDistanceMean", "content.cadence", "kols.postsPerDay", "group.sizeCap", "group.threshold",
            "network.meanDegree", "behaviour.posting.adsPerAdvertiser", "population.activityMean", "name",
            "network.type", "join.rule", "join.seedIds", "kols.count", "metrics.finalWindowDays", "nope.nothing",
            "group", "extends", "population.attentionSigma", "group.outsideExposure");

    private static String randomSet(SplittableRandom rnd) {
        String path = SET_PATHS.get(rnd.nextInt(SET_PATHS.size()));
        String value = switch (rnd.nextInt(6)) {
            case 0 -> hostileValue(rnd).toString();
            case 1 -> hostileValue(rnd).asText();
            case 2 -> "";
            case 3 -> "[1,2,3]";
            default -> Integer.toString(rnd.nextInt(-5, 50));
        };
        return rnd.nextInt(12) == 0 ? path : path + "=" + value;
    }

    private static String mutatedEdgeList(SplittableRandom rnd) {
        StringBuilder sb = new StringBuilder(rnd.nextBoolean() ? "source,target\n" : "");
        int lines = rnd.nextInt(1, 40);
        for (int i = 0; i < lines; i++) {
            sb.append(switch (rnd.nextInt(14)) {
                case 0 -> "a,b";
                case 1 -> "1,2,3,4";
                case 2 -> "-1,2";
                case 3 -> "1,2,0";
                case 4 -> "1,2,NaN";
                case 5 -> "99999999999999999999,1";
                case 6 -> "root:$6$secret:19000:0";
                case 7 -> "# comment";
                case 8 -> "";
                case 9 -> i + "," + i;
                default -> rnd.nextInt(30) + "," + rnd.nextInt(30) + (rnd.nextBoolean() ? "," + rnd.nextDouble() : "");
            }).append('\n');
        }
        return sb.toString();
    }

    private static String mutatedSweep(SplittableRandom rnd) throws IOException {
        ObjectNode spec = JSON.createObjectNode();
        spec.put("base", "base.json");
        spec.put("replicates", 1 + rnd.nextInt(2));
        ArrayNode ps = spec.putArray("parameters");
        ps.addObject().put("path", "group.threshold").putArray("values").add(0).add(0.5);
        ObjectNode second = ps.addObject().put("path", SET_PATHS.get(rnd.nextInt(SET_PATHS.size())));
        if (rnd.nextBoolean()) {
            second.put("min", hostileValue(rnd).asDouble()).put("max", hostileValue(rnd).asDouble()).put("steps", 2);
        } else {
            second.putArray("values").add(hostileValue(rnd));
        }
        List<ObjectNode> parents = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        collect(spec, parents, keys);
        switch (rnd.nextInt(6)) {
            case 0 -> {
                int i = rnd.nextInt(keys.size());
                parents.get(i).set(keys.get(i), hostileValue(rnd));
            }
            case 1 -> spec.put("name", "../../../../tmp/fuzz" + rnd.nextInt(1000));
            case 2 -> spec.put("design", rnd.nextBoolean() ? "sobol" : "bogus").put("samples", rnd.nextInt(-2, 4));
            case 3 -> spec.put("base", HOSTILE_PATHS.get(rnd.nextInt(HOSTILE_PATHS.size())));
            default -> {
            }
        }
        return textMutation(rnd, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(spec));
    }
}
