package org.communitysim.experiments.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.communitysim.experiments.cli.Main;
import org.communitysim.model.CommunityModel;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.World;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Declarations;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.ShippedScenarios;
import org.communitysim.scenario.schema.SchemaField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live server's HTTP API, over real HTTP on a free loopback port, against the engine and the command line. */
class ServeApiTest {
    @TempDir
    Path tmp;
    private LiveServer server;
    private LiveClient client;

    @BeforeAll
    static void home() {
        System.setProperty("communitysim.home", Path.of("..").toAbsolutePath().normalize().toString());
    }

    @BeforeEach
    void start() {
        server = LiveServer.start(new LiveServer.Config("127.0.0.1", 0, tmp.resolve("results"), "test",
                new ServeLimits(3, 20_000, 3_650, 50, 50, 1 << 20)));
        client = new LiveClient(server);
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.close();
    }

    @Test
    void catalog_levers_areTheDeclarationsOfTheStrategySections() {
        JsonNode catalog = client.get("/api/catalog").body();
        List<String> paths = new ArrayList<>();
        for (JsonNode lever : catalog.get("levers")) {
            String path = lever.get("path").asText();
            paths.add(path);
            SchemaField f = Declarations.schema().field(path).orElseThrow();
            assertEquals(f.range() == null ? "" : f.range().text(), lever.get("range").asText(), path);
            assertEquals(f.unit(), lever.get("unit").asText(), path);
            assertEquals(f.meaning(), lever.get("meaning").asText(), path);
        }
        for (String named : List.of("group.sizeCap", "group.threshold", "content.cadence", "content.promoShare",
                "content.eventEveryDays", "kols.count", "kols.departureDay", "referral.reward", "horizonDays")) {
            assertTrue(paths.contains(named), named + " is a lever");
        }
        assertFalse(paths.stream().anyMatch(p -> p.startsWith("population.") || p.startsWith("behaviour.")),
                "world settings are not levers: " + paths);
        JsonNode threshold = lever(catalog, "group.threshold");
        assertEquals(0.0, threshold.get("min").asDouble());
        assertEquals(1.0, threshold.get("max").asDouble());
        for (JsonNode lever : catalog.get("levers")) {
            SchemaField f = Declarations.schema().field(lever.get("path").asText()).orElseThrow();
            if (f.range() != null) {
                assertEquals(f.range().boundedAbove(), !lever.get("max").isNull(), f.path());
            }
        }
        int switches = Declarations.schema().field("ablations").orElseThrow().children().size();
        assertEquals(switches, catalog.get("ablations").size());
    }

    @Test
    void step_thirtyDays_framesAreTheEnginesRowsBitForBit() throws Exception {
        String id = session("reference");
        client.listen(id);
        client.ok(path(id, "set"), "{\"side\":\"A\",\"path\":\"group.sizeCap\",\"value\":200}");
        for (int i = 0; i < 30; i++) {
            client.ok(path(id, "control"), "{\"action\":\"step\"}");
        }
        int generation = client.get("/api/sessions/" + id).body().get("generation").asInt();
        client.await(e -> e.name().equals("frame") && e.data().get("generation").asInt() == generation
                && e.data().get("day").asInt() == 30);

        Scenario s = ShippedScenarios.load("reference").with("group.sizeCap", 200);
        double[][] engine = engineRows(s, 30);
        Map<Integer, double[]> page = rows(generation, "a");
        assertEquals(30, page.size());
        for (int d = 0; d < 30; d++) {
            assertArrayEquals(engine[d], page.get(d), "day " + d);
        }
    }

    /**
     * Day 0, before the first step: the model has recorded no row (row d is recorded at the end of day d), yet the
     * seeds are members and drawn as dots. The frame says how the group stands: its counts are the dots' and, after a
     * day, exactly the counts the model's measurement records in that day's row.
     */
    @Test
    void frame_dayZero_noRowButTheSeedsCountedAsTheDots() throws Exception {
        String id = session("kol-led-group");
        client.listen(id);
        int generation = client.get("/api/sessions/" + id).body().get("generation").asInt();
        JsonNode zero = client.await(e -> e.name().equals("frame") && e.data().get("generation").asInt() == generation)
                .data().get("sides").get(0);
        assertEquals(0, zero.get("days").asInt());
        assertEquals(0, zero.get("rows").size(), "no row before the first day");
        JsonNode now = zero.get("now");
        String kinds = zero.get("dots").get("kinds").asText();
        assertTrue(kinds.length() > 0, "the seeds are in");
        assertEquals(kinds.length(), now.get("members").asInt(), "one dot per member");
        assertEquals(kinds.chars().filter(c -> c == 'l').count(), now.get("lurkers").asLong());
        assertEquals(kinds.chars().filter(c -> c == 'a').count(), now.get("advertisers").asLong());
        assertEquals(kinds.chars().filter(c -> c == 'k' || c == 'n' || c == 'r').count(), now.get("active").asLong());
        assertTrue(kinds.indexOf('k') >= 0, "the KOLs are seeded on day 0: " + kinds);
        Scenario s = ShippedScenarios.load("kol-led-group");
        long seed = Seeds.runSeed(LiveSession.DEFAULT_SEED, 0);
        CommunityModel m = new CommunityModel(s, World.build(s, seed), seed);
        m.start();
        assertEquals(m.memberCount(), now.get("members").asInt(), "the engine's members after seeding");

        for (int day = 1; day <= 3; day++) {
            client.ok(path(id, "control"), "{\"action\":\"step\"}");
            int d = day;
            JsonNode side = client.await(e -> e.name().equals("frame") && e.data().get("day").asInt() == d)
                    .data().get("sides").get(0);
            JsonNode row = side.get("rows").get(side.get("rows").size() - 1);
            for (DailyMetric metric : List.of(DailyMetric.MEMBERS, DailyMetric.ACTIVE, DailyMetric.LURKERS,
                    DailyMetric.ADVERTISERS)) {
                assertEquals(row.get(metric.ordinal()).asDouble(), side.get("now").get(metric.column()).asDouble(),
                        metric.column() + " on day " + (d - 1));
            }
        }
    }

    @Test
    void compare_sameSettings_identicalRunsAndASideUndisturbed() throws Exception {
        String id = session("big-open-group");
        client.listen(id);
        JsonNode state = client.ok(path(id, "compare"), "{\"on\":true}");
        assertEquals("big-open-group-b", state.get("sides").get(1).get("name").asText(), "B renamed: names label rows");
        client.ok(path(id, "set"), "{\"side\":\"b\",\"path\":\"ablations.bystander\",\"value\":false}");
        for (int i = 0; i < 20; i++) {
            client.ok(path(id, "control"), "{\"action\":\"step\"}");
        }
        int generation = client.get("/api/sessions/" + id).body().get("generation").asInt();
        client.await(e -> e.name().equals("frame") && e.data().get("generation").asInt() == generation
                && e.data().get("day").asInt() == 20);
        Scenario a = ShippedScenarios.load("big-open-group");
        double[][] engineA = engineRows(a, 20);
        Map<Integer, double[]> pageA = rows(generation, "a");
        Map<Integer, double[]> pageB = rows(generation, "b");
        boolean differ = false;
        for (int d = 0; d < 20; d++) {
            assertArrayEquals(engineA[d], pageA.get(d), "A is the engine's run whatever B does, day " + d);
            differ |= !java.util.Arrays.equals(pageA.get(d), pageB.get(d));
        }
        assertTrue(differ, "B without the bystander effect runs differently");
        // B with A's settings again: the same world and streams, so the same rows (common random numbers)
        client.ok(path(id, "set"), "{\"side\":\"b\",\"path\":\"ablations.bystander\",\"value\":true}");
        for (int i = 0; i < 20; i++) {
            client.ok(path(id, "control"), "{\"action\":\"step\"}");
        }
        int g2 = client.get("/api/sessions/" + id).body().get("generation").asInt();
        client.await(e -> e.name().equals("frame") && e.data().get("generation").asInt() == g2
                && e.data().get("day").asInt() == 20);
        Map<Integer, double[]> a2 = rows(g2, "a");
        Map<Integer, double[]> b2 = rows(g2, "b");
        for (int d = 0; d < 20; d++) {
            assertArrayEquals(a2.get(d), b2.get(d), "day " + d);
        }
    }

    @Test
    void set_refusedValue_theCommandLinesMessageAndStatus400() throws Exception {
        String id = session("reference");
        LiveClient.Reply r = client.post(path(id, "set"),
                "{\"side\":\"a\",\"path\":\"group.threshold\",\"value\":1.5}");
        assertEquals(400, r.status());
        List<String> problems = new ArrayList<>();
        r.body().get("problems").forEach(p -> problems.add(p.asText()));

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"run", ShippedScenarios.file("reference").toString(), "--set",
            "group.threshold=1.5", "--replicates", "1", "--quiet", "--out", tmp.resolve("cli").toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.INPUT_ERROR, code);
        List<String> cli = err.toString(StandardCharsets.UTF_8).lines().map(l -> l.replaceFirst("^error: ", ""))
                .toList();
        assertEquals(cli, problems);
        assertTrue(problems.get(0).contains("group.threshold: expected a number in [0, 1], got 1.5"), problems.get(0));
        // the setting in force is unchanged
        assertEquals(0.2, client.get("/api/sessions/" + id).body().get("sides").get(0).get("values")
                .get("group.threshold").asDouble());
    }

    /**
     * group.topic must be &lt; population.topics: the catalog says which field bounds the lever, the state carries that
     * field's value (the page's slider ends at it − 1, and follows a loaded scenario's), and the server refuses a topic
     * beyond the population's with the command line's message.
     */
    @Test
    void topic_boundedByPopulationTopics_stateCarriesItAndTheCommandLinesRefusal() throws Exception {
        JsonNode catalog = client.get("/api/catalog").body();
        assertEquals("population.topics", lever(catalog, "group.topic").get("below").asText());
        for (JsonNode l : catalog.get("levers")) {
            if (!l.get("path").asText().equals("group.topic")) {
                assertTrue(l.get("below").isNull(), l.toString());
            }
        }
        String id = session("reference");
        assertEquals(8, client.get("/api/sessions/" + id).body().get("sides").get(0).get("values")
                .get("population.topics").asInt());
        JsonNode loaded = client.ok(path(id, "load"), "{\"side\":\"a\",\"fileName\":\"four.json\",\"text\":"
                + LiveClient.JSON.valueToTree("{\"name\": \"four\", \"population\": {\"topics\": 4}}").toString()
                + "}");
        assertEquals(4, loaded.get("sides").get(0).get("values").get("population.topics").asInt());

        LiveClient.Reply r = client.post(path(id, "set"), "{\"side\":\"a\",\"path\":\"group.topic\",\"value\":4}");
        assertEquals(400, r.status());
        List<String> problems = new ArrayList<>();
        r.body().get("problems").forEach(p -> problems.add(p.asText()));
        Path four = Files.writeString(tmp.resolve("four.json"), "{\"extends\": \""
                + ShippedScenarios.file("reference").toString().replace("\\", "/")
                + "\", \"name\": \"four\", \"population\": {\"topics\": 4}}");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"run", four.toString(), "--set", "group.topic=4", "--replicates", "1",
            "--quiet", "--out", tmp.resolve("cli").toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.INPUT_ERROR, code);
        String cli = err.toString(StandardCharsets.UTF_8);
        assertTrue(cli.contains("group.topic must be < population.topics (4), got 4"), cli);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith("group.topic must be < population.topics (4), got 4"), problems.get(0));
        assertEquals(3, client.ok(path(id, "set"), "{\"side\":\"a\",\"path\":\"group.topic\",\"value\":3}")
                .get("sides").get(0).get("values").get("group.topic").asInt());
    }

    @Test
    void catalog_sentinel_theLeversDeclaredFromMinusOneAndTheExplainedSpecialValues() {
        JsonNode catalog = client.get("/api/catalog").body();
        assertEquals(-1.0, lever(catalog, "kols.departureDay").get("sentinel").asDouble());
        // 0 is special where the declared meaning says so and the page explains it (a teacher setting the
        // operator's posts a day to 0 gets no limit, not silence)
        assertEquals(0.0, lever(catalog, "world.operatorPostsPerDay").get("sentinel").asDouble());
        assertEquals(0.0, lever(catalog, "world.outsideHalfLifeDays").get("sentinel").asDouble());
        assertEquals(0.0, lever(catalog, "content.eventEveryDays").get("sentinel").asDouble());
        for (JsonNode l : catalog.get("levers")) {
            SchemaField f = Declarations.schema().field(l.get("path").asText()).orElseThrow();
            boolean fromMinusOne = f.range() != null && f.range().boundedBelow() && f.range().min() == -1;
            boolean explained = org.communitysim.experiments.report.LiveLabels.hasSentinel(f.path());
            assertEquals(fromMinusOne || explained, !l.get("sentinel").isNull(), f.path());
            if (explained && !fromMinusOne) {
                assertTrue(f.meaning().contains(l.get("sentinel").asText().replace(".0", "") + " = "),
                        "the value the declared meaning explains: " + f.meaning());
            }
        }
    }

    @Test
    void load_badUpload_everyProblemNamedAndNothingChanged() {
        String id = session("reference");
        LiveClient.Reply bad = client.post(path(id, "load"), "{\"side\":\"a\",\"fileName\":\"mine.json\",\"text\":"
                + LiveClient.JSON.valueToTree("{\"group\": {\"threshold\": 2, \"sizeCap\": -1}}").toString() + "}");
        assertEquals(400, bad.status());
        String problems = bad.body().get("problems").toString();
        assertTrue(problems.contains("group.threshold: expected a number in [0, 1], got 2"), problems);
        assertTrue(problems.contains("group.sizeCap: expected an integer >= 1, got -1"), problems);
        assertTrue(problems.contains("mine.json"), "names the file: " + problems);
        LiveClient.Reply broken = client.post(path(id, "load"),
                "{\"side\":\"a\",\"fileName\":\"cut.json\",\"text\":\"{\\\"group\\\": {\"}");
        assertEquals(400, broken.status());
        assertTrue(broken.body().get("problems").get(0).asText().startsWith("cut.json"),
                broken.body().toString());
        assertEquals("reference", client.get("/api/sessions/" + id).body().get("sides").get(0).get("name").asText());
        LiveClient.Reply big = client.post(path(id, "load"), "{\"side\":\"a\",\"fileName\":\"big.json\",\"text\":"
                + LiveClient.JSON.valueToTree("{\"population\": {\"size\": 500000}}").toString() + "}");
        assertEquals(400, big.status());
        assertTrue(big.body().get("problems").get(0).asText().contains("at most 20000"), big.body().toString());
        LiveClient.Reply good = client.post(path(id, "load"), "{\"side\":\"a\",\"fileName\":\"mine.json\",\"text\":"
                + LiveClient.JSON.valueToTree("{\"name\": \"mine\", \"group\": {\"threshold\": 0.3}}").toString() + "}");
        assertEquals(200, good.status(), good.body().toString());
        assertEquals("mine", good.body().get("sides").get(0).get("name").asText());
    }

    @Test
    void requests_malformed_clearErrorsNoStackTrace() {
        String id = session("reference");
        LiveClient.Reply notJson = client.post(path(id, "control"), "{play");
        assertEquals(400, notJson.status());
        assertTrue(notJson.body().get("problems").get(0).asText().startsWith("request: not JSON"));
        LiveClient.Reply action = client.post(path(id, "control"), "{\"action\":\"fly\"}");
        assertEquals(400, action.status());
        assertTrue(action.body().get("problems").get(0).asText().contains("expected play, pause"));
        LiveClient.Reply noSuch = client.post("/api/sessions/feedbeef/control", "{\"action\":\"play\"}");
        assertEquals(404, noSuch.status());
        assertTrue(noSuch.body().get("problems").get(0).asText().contains("reload the page"));
        LiveClient.Reply named = client.post("/api/sessions/nosuch/control", "{\"action\":\"play\"}");
        assertEquals(404, named.status());
        assertTrue(named.body().get("problems").get(0).asText().startsWith("no live session 'nosuch'"),
                named.body().toString()); // the id as given, not its hex digits ("c")
        LiveClient.Reply shipped = client.post("/api/sessions", "{\"scenario\":\"../../etc/passwd\"}");
        assertEquals(400, shipped.status(), "only names the scenarios folder lists are read");
        assertTrue(shipped.body().get("problems").get(0).asText().contains("no shipped scenario"));
        LiveClient.Reply speed = client.post(path(id, "control"), "{\"action\":\"speed\",\"speed\":0}");
        assertEquals(400, speed.status());
    }

    @Test
    void sessions_beyondTheLimit_leastRecentlyUsedClosed() {
        String first = session("reference");
        session("reference");
        session("reference");
        session("reference");
        assertEquals(404, client.get("/api/sessions/" + first).status());
    }

    @Test
    void fan_replicates_bandsOverTheHorizonAroundTheMedian() throws Exception {
        String id = session("small-curated-group");
        client.listen(id);
        client.ok(path(id, "set"), "{\"side\":\"a\",\"path\":\"horizonDays\",\"value\":60}");
        client.ok(path(id, "fan"), "{\"replicates\":8}");
        JsonNode fan = client.await(e -> e.name().equals("fan")).data();
        assertEquals(8, fan.get("replicates").asInt());
        JsonNode active = fan.get("sides").get(0).get("metrics").get("active");
        assertEquals(60, active.get("q50").size());
        for (int d = 0; d < 60; d++) {
            double lo = active.get("q5").get(d).asDouble();
            double mid = active.get("q50").get(d).asDouble();
            double hi = active.get("q95").get(d).asDouble();
            assertTrue(lo <= mid && mid <= hi, "day " + d);
        }
        LiveClient.Reply tooMany = client.post(path(id, "fan"), "{\"replicates\":51}");
        assertEquals(400, tooMany.status());
    }

    /** Slow (~35 s on a busy 2-core machine): two Monte Carlo jobs, each with its report and charts. */
    @Test
    @Tag("slow")
    void export_thenTheCommandLineOnTheExportedFiles_identicalResults() throws Exception {
        String id = session("reference");
        client.ok(path(id, "compare"), "{\"on\":true}");
        client.ok(path(id, "set"), "{\"side\":\"b\",\"path\":\"group.threshold\",\"value\":0.4}");
        client.ok(path(id, "control"), "{\"action\":\"seed\",\"seed\":7}");
        JsonNode out = client.ok(path(id, "export"), "{\"replicates\":3,\"lang\":\"zh\"}");
        Path folder = Path.of(out.get("folder").asText());
        assertTrue(folder.startsWith(tmp.resolve("results")), "written under the results folder: " + folder);
        for (String f : List.of("runs.csv", "daily.csv", "comparison.csv", "report.html", "manifest.json")) {
            assertTrue(Files.size(folder.resolve(f)) > 0, f);
        }
        List<String> args = new ArrayList<>(List.of("compare"));
        out.get("scenarios").forEach(s -> args.add(s.asText()));
        assertEquals("community-sim compare " + String.join(" ", args.subList(1, args.size()))
                + " --replicates 3 --seed 7 --lang zh", out.get("command").asText());
        args.addAll(List.of("--replicates", "3", "--seed", "7", "--lang", "zh", "--quiet", "--out",
                tmp.resolve("again").toString()));
        int code = Main.execute(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()));
        assertEquals(Main.OK, code);
        for (String f : List.of("runs.csv", "daily.csv", "comparison.csv")) {
            assertArrayEquals(Files.readAllBytes(folder.resolve(f)), Files.readAllBytes(tmp.resolve("again/" + f)), f);
        }
        // the live run is replicate 0 of that experiment
        assertEquals(Seeds.runSeed(7, 0), client.get("/api/sessions/" + id).body().get("runSeed").asLong());
    }

    @Test
    void server_loopbackByDefaultAndClosedCleanly() throws Exception {
        assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
        String id = session("reference");
        client.listen(id);
        client.ok(path(id, "control"), "{\"action\":\"play\"}");
        int port = server.port();
        server.close();
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
        server.close(); // idempotent
    }

    @Test
    void texts_bothLanguages_sameKeysAndTranslatedLevers() {
        JsonNode en = client.get("/api/texts/en").body();
        JsonNode zh = client.get("/api/texts/zh").body();
        List<String> enKeys = new ArrayList<>();
        en.fieldNames().forEachRemaining(enKeys::add);
        List<String> zhKeys = new ArrayList<>();
        zh.fieldNames().forEachRemaining(zhKeys::add);
        assertEquals(enKeys, zhKeys);
        assertEquals("Size cap", en.get("parameter.group.sizeCap").asText());
        assertNotEquals(en.get("parameter.group.sizeCap"), zh.get("parameter.group.sizeCap"));
        assertEquals(400, client.get("/api/texts/fr").status());
    }

    // ---- helpers

    private String session(String scenario) {
        return client.ok("/api/sessions", "{\"scenario\":\"" + scenario + "\"}").get("id").asText();
    }

    private static String path(String id, String what) {
        return "/api/sessions/" + id + "/" + what;
    }

    private static JsonNode lever(JsonNode catalog, String path) {
        for (JsonNode l : catalog.get("levers")) {
            if (l.get("path").asText().equals(path)) {
                return l;
            }
        }
        throw new AssertionError("no lever " + path);
    }

    /** The rows of one side from every frame of one generation, by day. */
    private Map<Integer, double[]> rows(int generation, String side) {
        Map<Integer, double[]> out = new TreeMap<>();
        for (LiveClient.Event e : client.events()) {
            if (!e.name().equals("frame") || e.data().get("generation").asInt() != generation) {
                continue;
            }
            for (JsonNode s : e.data().get("sides")) {
                if (!s.get("side").asText().equals(side)) {
                    continue;
                }
                int from = s.get("from").asInt();
                for (int i = 0; i < s.get("rows").size(); i++) {
                    JsonNode row = s.get("rows").get(i);
                    double[] values = new double[row.size()];
                    for (int m = 0; m < values.length; m++) {
                        values[m] = row.get(m).asDouble();
                    }
                    out.put(from + i, values);
                }
            }
        }
        return out;
    }

    /** The engine's own run of {@code days} days, replicate 0 of seed 42, every metric per day. */
    static double[][] engineRows(Scenario s, int days) {
        long seed = Seeds.runSeed(LiveSession.DEFAULT_SEED, 0);
        CommunityModel m = new CommunityModel(s, World.build(s, seed), seed);
        m.start();
        for (int d = 0; d < days; d++) {
            m.stepDay();
        }
        DailyMetric[] metrics = DailyMetric.values();
        double[][] rows = new double[days][metrics.length];
        for (int d = 0; d < days; d++) {
            for (int k = 0; k < metrics.length; k++) {
                rows[d][k] = m.daily().get(metrics[k], d);
            }
        }
        return rows;
    }
}
