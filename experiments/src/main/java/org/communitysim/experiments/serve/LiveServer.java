package org.communitysim.experiments.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.communitysim.experiments.report.Lang;
import org.communitysim.experiments.report.LiveLabels;
import org.communitysim.model.DailyMetric;
import org.communitysim.scenario.file.InputException;
import org.communitysim.scenario.file.ScenarioDraft;
import org.communitysim.scenario.file.ShippedScenarios;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code community-sim serve}: the live page on an embedded Javalin (Jetty 12) server, bound to the loopback address
 * by default. The page's controls are JSON posts to {@code /api/...}; each tab's session streams its frames back as
 * server-sent events. Files are read only from the shipped scenarios folder (by a name it lists) and from the file the
 * user uploads; they are written only under the results folder, by an export. Every refusal of a value is the
 * loader's own message (the command line's), sent with status 400 and shown beside the control.
 *
 * <p>Why Javalin rather than the JDK's {@code com.sun.net.httpserver} or our own: server-sent events need a
 * long-lived, flushed, asynchronous response per tab and a clean close when the tab goes; Jetty does that (and
 * request size limits, a bounded thread pool, graceful stop) and is maintained with security fixes, where the JDK
 * server is an unsupported {@code com.sun} API with none of these, and a hand-written one would have to get them
 * right again. Javalin adds routing, static files from the class path and WebJars in a few lines.
 */
public final class LiveServer implements AutoCloseable {
    /** Where the page's own files are on the class path. */
    static final String WEB = "/org/communitysim/experiments/serve/web";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Seconds between heartbeats on every open event stream (Jetty's idle timeout is 30 s). */
    private static final long HEARTBEAT_SECONDS = 10;

    /**
     * How to serve.
     *
     * @param host        the address to bind (127.0.0.1 unless the user asks otherwise)
     * @param port        the port (0: any free one)
     * @param resultsRoot where exports are written
     * @param version     the engine's version, recorded in exported manifests
     * @param limits      what sessions may use
     */
    public record Config(String host, int port, Path resultsRoot, String version, ServeLimits limits) {
    }

    private final Config config;
    private final Javalin app;
    private final ScheduledExecutorService stepper;
    private final ExecutorService fans;
    private final Map<String, LiveSession> sessions = new LinkedHashMap<>();
    private final Map<String, List<SseClient>> clients = new LinkedHashMap<>();
    private final SecureRandom ids = new SecureRandom();

    private LiveServer(Config config) {
        this.config = config;
        this.stepper = Executors.newSingleThreadScheduledExecutor(daemon("live-steps"));
        this.fans = Executors.newSingleThreadExecutor(daemon("live-fan"));
        this.app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.jetty.threadPool = new QueuedThreadPool(32, 4);
            c.http.maxRequestSize = config.limits().uploadBytes();
            c.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = WEB;
                sf.location = Location.CLASSPATH;
            });
            c.staticFiles.enableWebjars();
            c.routes.get("/api/catalog", ctx -> json(ctx, catalog()));
            c.routes.get("/api/texts/{lang}", ctx -> json(ctx, texts(lang(ctx.pathParam("lang")))));
            c.routes.post("/api/sessions", ctx -> json(ctx, create(body(ctx))));
            c.routes.get("/api/sessions/{id}", ctx -> json(ctx, session(ctx).state()));
            c.routes.post("/api/sessions/{id}/load", ctx -> json(ctx, load(session(ctx), body(ctx))));
            c.routes.post("/api/sessions/{id}/set", ctx -> {
                ObjectNode b = body(ctx);
                json(ctx, session(ctx).set(text(b, "side", "a"), required(b, "path"), value(b)));
            });
            c.routes.post("/api/sessions/{id}/control", ctx -> json(ctx, control(session(ctx), body(ctx))));
            c.routes.post("/api/sessions/{id}/compare", ctx ->
                    json(ctx, session(ctx).compare(body(ctx).path("on").asBoolean(false))));
            c.routes.post("/api/sessions/{id}/fan", ctx ->
                    json(ctx, session(ctx).fan(integer(body(ctx), "replicates"))));
            c.routes.post("/api/sessions/{id}/export", ctx -> json(ctx, export(session(ctx), body(ctx))));
            c.routes.sse("/api/sessions/{id}/events", this::events);
            c.routes.exception(InputException.class, (e, ctx) -> problems(ctx, 400, e.problems()));
            c.routes.exception(NoSession.class, (e, ctx) -> problems(ctx, 404, List.of(e.getMessage())));
            c.routes.exception(Exception.class, (e, ctx) -> problems(ctx, 500,
                    List.of(e.getMessage() == null ? e.toString() : e.getMessage())));
        });
    }

    /** Starts a server; {@link #close()} stops it and every session. */
    public static LiveServer start(Config config) {
        LiveServer s = new LiveServer(config);
        s.app.start();
        s.stepper.scheduleWithFixedDelay(s::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        return s;
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port() + "/";
    }

    /** Stops stepping, closes every session and event stream, then the server (idempotent). */
    @Override
    public void close() {
        synchronized (sessions) {
            sessions.values().forEach(LiveSession::close);
            sessions.clear();
            clients.values().forEach(list -> list.forEach(SseClient::close));
            clients.clear();
        }
        stepper.shutdownNow();
        fans.shutdownNow();
        app.stop();
    }

    // ---- routes

    /** The shipped scenarios, the levers and switches as declared, the daily metrics and the limits. */
    private ObjectNode catalog() throws IOException {
        ObjectNode c = JsonNodeFactory.instance.objectNode();
        ArrayNode names = c.putArray("scenarios");
        shipped().forEach(names::add);
        c.set("levers", JSON.valueToTree(Levers.strategy()));
        c.set("ablations", JSON.valueToTree(Levers.ablations()));
        ArrayNode sections = c.putArray("sections");
        Levers.sections().forEach(sections::add);
        ArrayNode metrics = c.putArray("metrics");
        for (DailyMetric m : DailyMetric.values()) {
            ObjectNode o = metrics.addObject();
            o.put("column", m.column());
            o.put("unit", m.unit().name().toLowerCase(Locale.ROOT));
        }
        c.set("limits", JSON.valueToTree(config.limits()));
        c.put("defaultSeed", LiveSession.DEFAULT_SEED);
        c.put("defaultSpeed", LiveSession.DEFAULT_SPEED);
        c.put("maxSpeed", LiveSession.MAX_SPEED);
        return c;
    }

    private static Map<String, String> texts(Lang lang) {
        Set<String> paths = new LinkedHashSet<>();
        Set<String> units = new LinkedHashSet<>();
        for (Levers.Lever l : Levers.strategy()) {
            paths.add(l.path());
            units.add(l.unit());
        }
        paths.addAll(Levers.bounds()); // named beside the lever they bound ("Number of topics: 8")
        units.remove("");
        List<String> switches = Levers.ablations().stream().map(Levers.Lever::path).toList();
        return LiveLabels.page(lang, paths, Levers.sections(), switches, units);
    }

    private ObjectNode create(ObjectNode body) throws InputException, IOException {
        String name = text(body, "scenario", "reference");
        ScenarioDraft draft = shippedDraft(name);
        String id = HexFormat.of().formatHex(ids.generateSeed(8));
        List<SseClient> list = new CopyOnWriteArrayList<>();
        LiveSession s = new LiveSession(id, name, draft, config.limits(), stepper, fans, (event, data) -> {
            for (SseClient client : list) {
                if (client.terminated()) {
                    list.remove(client);
                } else if (event.isEmpty()) {
                    client.sendComment("heartbeat");
                } else {
                    client.sendEvent(event, data);
                }
            }
        });
        synchronized (sessions) {
            while (sessions.size() >= config.limits().sessions()) {
                String eldest = sessions.entrySet().stream()
                        .min((x, y) -> Long.compare(x.getValue().lastUsed(), y.getValue().lastUsed()))
                        .orElseThrow().getKey();
                sessions.remove(eldest).close();
                clients.remove(eldest).forEach(SseClient::close);
            }
            sessions.put(id, s);
            clients.put(id, list);
        }
        return s.state();
    }

    private ObjectNode load(LiveSession s, ObjectNode body) throws InputException, IOException {
        String side = text(body, "side", "a");
        if (body.hasNonNull("text")) {
            String file = text(body, "fileName", "uploaded.json");
            if (file.endsWith(".yaml") || file.endsWith(".yml")) {
                throw new InputException(file + ": the page reads JSON scenario files; load a YAML file with "
                        + "'community-sim run', or save it as JSON");
            }
            ScenarioDraft draft = ScenarioDraft.fromJson(body.get("text").asText(), file);
            return s.load(side, file, draft);
        }
        String name = required(body, "scenario");
        return s.load(side, name, shippedDraft(name));
    }

    private static ObjectNode control(LiveSession s, ObjectNode body) throws InputException {
        String action = required(body, "action");
        return switch (action) {
            case "play" -> s.play();
            case "pause" -> s.pause();
            case "step" -> s.step();
            case "reset" -> s.reset();
            case "speed" -> s.speed(number(body, "speed"), body.path("fastest").asBoolean(false));
            case "seed" -> s.seed(longValue(body, "seed"));
            default -> throw new InputException("action: expected play, pause, step, reset, speed or seed, got "
                    + action);
        };
    }

    private ObjectNode export(LiveSession s, ObjectNode body) throws Exception {
        Lang lang = lang(text(body, "lang", "en"));
        Export.Written w = s.export(integer(body, "replicates"), lang, config.resultsRoot(), config.version());
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("folder", w.folder().toString());
        out.put("command", w.command());
        ArrayNode scenarios = out.putArray("scenarios");
        w.scenarioFiles().forEach(p -> scenarios.add(p.toString()));
        ArrayNode files = out.putArray("files");
        w.files().forEach(p -> files.add(w.folder().relativize(p).toString()));
        return out;
    }

    private void events(SseClient client) {
        String id = client.ctx().pathParam("id");
        LiveSession s;
        List<SseClient> list;
        synchronized (sessions) {
            s = sessions.get(id);
            list = clients.get(id);
        }
        if (s == null) {
            client.sendEvent("failure", "{\"type\":\"error\",\"problems\":[\"no live session '" + shown(id)
                    + "': reload the page\"]}");
            client.close();
            return;
        }
        client.keepAlive();
        client.onClose(() -> list.remove(client));
        list.add(client);
        s.greet();
    }

    private void heartbeat() {
        List<LiveSession> all;
        synchronized (sessions) {
            all = new ArrayList<>(sessions.values());
        }
        all.forEach(LiveSession::heartbeat);
    }

    // ---- helpers

    /**
     * A session id as an error repeats it: letters, digits, '-' and '_' only (safe inside hand-built JSON and HTML),
     * at most 64 of them. It used to keep hex digits only, so "nosuch" was shown as "c".
     */
    static String shown(String id) {
        String s = id.replaceAll("[^A-Za-z0-9_-]", "");
        return s.length() > 64 ? s.substring(0, 64) + "…" : s;
    }

    private LiveSession session(Context ctx) throws NoSession {
        String id = ctx.pathParam("id");
        synchronized (sessions) {
            LiveSession s = sessions.get(id);
            if (s == null) {
                throw new NoSession("no live session '" + shown(id)
                        + "' (closed after " + config.limits().sessions() + " newer ones, or the server restarted): "
                        + "reload the page");
            }
            s.touch();
            return s;
        }
    }

    /** The shipped scenario {@code name}, only if the scenarios folder lists it (no other file is read by name). */
    private static ScenarioDraft shippedDraft(String name) throws InputException, IOException {
        List<String> names = shipped();
        if (!names.contains(name)) {
            throw new InputException("scenario '" + name + "': no shipped scenario of that name (shipped: "
                    + String.join(", ", names) + ")");
        }
        return ScenarioDraft.resolve(ShippedScenarios.file(name));
    }

    static List<String> shipped() throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(ShippedScenarios.folder(), "*.json")) {
            for (Path f : ds) {
                String n = f.getFileName().toString();
                names.add(n.substring(0, n.length() - ".json".length()));
            }
        }
        names.sort(null);
        return names;
    }

    private static Lang lang(String s) throws InputException {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "en" -> Lang.EN;
            case "zh", "zh-cn" -> Lang.ZH;
            default -> throw new InputException("lang: expected en or zh, got " + s);
        };
    }

    private static ObjectNode body(Context ctx) throws InputException {
        String text = ctx.body();
        if (text.isBlank()) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (node instanceof ObjectNode o) {
                return o;
            }
        } catch (JsonProcessingException e) {
            throw new InputException("request: not JSON (" + e.getOriginalMessage() + ")");
        }
        throw new InputException("request: expected a JSON object");
    }

    private static String text(ObjectNode b, String field, String fallback) {
        JsonNode v = b.get(field);
        return v == null || v.isNull() ? fallback : v.asText();
    }

    private static String required(ObjectNode b, String field) throws InputException {
        JsonNode v = b.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new InputException(field + ": required");
        }
        return v.asText();
    }

    /** A setting's value as {@code --set} reads it: a JSON number, boolean or string, as its text. */
    private static String value(ObjectNode b) throws InputException {
        JsonNode v = b.get("value");
        if (v == null || v.isContainerNode()) {
            throw new InputException("value: expected a number, true/false or a word");
        }
        return v.isNull() ? "null" : v.asText();
    }

    private static int integer(ObjectNode b, String field) throws InputException {
        JsonNode v = b.get(field);
        if (v != null && v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        if (v != null && v.isTextual() && v.asText().trim().matches("-?\\d{1,9}")) {
            return Integer.parseInt(v.asText().trim());
        }
        throw new InputException(field + ": expected an integer, got " + (v == null ? "nothing" : v.toString()));
    }

    private static long longValue(ObjectNode b, String field) throws InputException {
        JsonNode v = b.get(field);
        if (v != null && v.isIntegralNumber() && v.canConvertToLong()) {
            return v.longValue();
        }
        if (v != null && v.isTextual() && v.asText().trim().matches("-?\\d{1,18}")) {
            return Long.parseLong(v.asText().trim());
        }
        throw new InputException(field + ": expected an integer, got " + (v == null ? "nothing" : v.toString()));
    }

    private static double number(ObjectNode b, String field) throws InputException {
        JsonNode v = b.get(field);
        if (v != null && v.isNumber()) {
            return v.doubleValue();
        }
        if (v != null && v.isTextual()) {
            try {
                return Double.parseDouble(v.asText());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new InputException(field + ": expected a number, got " + (v == null ? "nothing" : v.toString()));
    }

    private static void json(Context ctx, Object value) throws JsonProcessingException {
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(JSON.writeValueAsString(value));
    }

    private static void problems(Context ctx, int status, List<String> problems) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode list = out.putArray("problems");
        problems.forEach(list::add);
        ctx.status(status);
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(out.toString());
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** A request for a session that does not exist (any more). */
    static final class NoSession extends Exception {
        private static final long serialVersionUID = 1L;

        NoSession(String message) {
            super(message);
        }
    }
}
