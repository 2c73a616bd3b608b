package org.communitysim.experiments.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.communitysim.experiments.montecarlo.DailyBands;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.experiments.report.Lang;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.World;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.NetworkType;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.InputException;
import org.communitysim.scenario.file.ScenarioDraft;

/**
 * One browser tab's live run: strategy A and, side by side, optionally B, stepped in lock-step one day at a time on
 * common random numbers (the same run seed and, where population and network agree, the same world object), as
 * replicate 0 of the experiment an export writes. Every change of a setting restarts both runs from day 0, so what the
 * page shows is always a function of (settings, seed). Frames (new daily rows, the group as dots, log lines) go to the
 * page as server-sent events; stepping runs on the server's one stepping thread, the fan of replicates on its one
 * background thread, so a session costs at most those two threads. All state is guarded by this object's lock.
 */
final class LiveSession {
    /** Milliseconds between two ticks while playing: 25 frames per second at most. */
    static final long TICK_MS = 40;
    /** At "as fast as possible", the share of a tick spent stepping (the rest is left for sending and drawing). */
    static final long MAX_STEP_NANOS = 30_000_000L;
    /** The seed a new session starts with: the command line's default {@code --seed}. */
    static final long DEFAULT_SEED = 42;
    static final double DEFAULT_SPEED = 20;
    static final double MAX_SPEED = 1_000;

    final String id;
    private final ServeLimits limits;
    private final ScheduledExecutorService stepper;
    private final ExecutorService fans;
    private final BiConsumer<String, String> send;
    private Side a;
    private Side b;
    private long seed = DEFAULT_SEED;
    private double speed = DEFAULT_SPEED;
    private boolean fastest;
    private boolean playing;
    private ScheduledFuture<?> ticker;
    private long lastTick;
    private double owed;
    private long rateStart;
    private int rateDays;
    private double rate;
    private Future<?> fan;
    private int fanReplicates;
    private String fanStatus = "none";
    private int generation;
    private volatile long lastUsed = System.nanoTime();

    /**
     * @param send receives (event name, JSON text) for the page; called under this session's lock
     */
    LiveSession(String id, String source, ScenarioDraft draft, ServeLimits limits, ScheduledExecutorService stepper,
            ExecutorService fans, BiConsumer<String, String> send) throws InputException {
        this.id = id;
        this.limits = limits;
        this.stepper = stepper;
        this.fans = fans;
        this.send = send;
        Scenario s = draft.bind();
        check(s);
        this.a = new Side("a", source, draft, s);
        restart();
    }

    long lastUsed() {
        return lastUsed;
    }

    void touch() {
        lastUsed = System.nanoTime();
    }

    /** Loads a scenario into side "a" or "b" (turning B on if needed), then restarts. */
    synchronized ObjectNode load(String sideKey, String source, ScenarioDraft draft) throws InputException {
        Scenario s = draft.bind();
        check(s);
        Side side = new Side(sideKey, source, draft, s);
        Side oldA = a;
        Side oldB = b;
        if (sideKey.equals("a")) {
            a = side;
        } else {
            b = side;
        }
        try {
            distinctNames();
            restart();
        } catch (InputException e) {
            a = oldA;
            b = oldB;
            restart();
            throw e;
        }
        log("live.log_loaded", sideKey, s.name());
        return state();
    }

    /** Sets one field of one side as {@code --set path=value} would, then restarts. */
    synchronized ObjectNode set(String sideKey, String path, String value) throws InputException {
        Side side = side(sideKey);
        Side trial = new Side(side.key, side.source, side.draft, side.scenario);
        trial.set(path, value);
        check(trial.scenario);
        ScenarioDraft oldDraft = side.draft;
        Scenario oldScenario = side.scenario;
        side.draft = trial.draft;
        side.scenario = trial.scenario;
        try {
            distinctNames();
            restart();
        } catch (InputException e) {
            side.draft = oldDraft;
            side.scenario = oldScenario;
            restart();
            throw e;
        }
        log("live.log_restarted", sideKey, path + " = " + value);
        return state();
    }

    /** Turns strategy B on (a copy of A, renamed) or off. */
    synchronized ObjectNode compare(boolean on) throws InputException {
        if (on && b == null) {
            b = new Side("b", a.source, a.draft.copy(), a.scenario);
            distinctNames();
        } else if (!on) {
            b = null;
        }
        restart();
        return state();
    }

    synchronized ObjectNode play() {
        if (!playing && !allDone()) {
            playing = true;
            lastTick = System.nanoTime();
            rateStart = lastTick;
            rateDays = 0;
            owed = 0;
            ticker = stepper.scheduleWithFixedDelay(this::tickSafely, 0, TICK_MS, TimeUnit.MILLISECONDS);
        }
        sendState();
        return state();
    }

    synchronized ObjectNode pause() {
        stopTicker();
        sendState();
        return state();
    }

    /** One day of each side, then a frame. */
    synchronized ObjectNode step() {
        stopTicker();
        stepDays(1);
        sendFrame();
        sendState();
        return state();
    }

    /** Back to day 0 with the same settings and seed. */
    synchronized ObjectNode reset() throws InputException {
        restart();
        return state();
    }

    synchronized ObjectNode speed(double daysPerSecond, boolean asFastAsPossible) throws InputException {
        if (!(daysPerSecond >= 1 && daysPerSecond <= MAX_SPEED)) {
            throw new InputException("speed: expected a number of days per second in [1, " + (int) MAX_SPEED
                    + "], got " + daysPerSecond);
        }
        speed = daysPerSecond;
        fastest = asFastAsPossible;
        sendState();
        return state();
    }

    /** The master seed (as {@code --seed}); the live run uses replicate 0's run seed. Restarts. */
    synchronized ObjectNode seed(long masterSeed) throws InputException {
        seed = masterSeed;
        restart();
        return state();
    }

    /** Starts the background fan: {@code n} replicates of the current settings, then their bands. */
    synchronized ObjectNode fan(int n) throws InputException {
        if (n < 2 || n > limits.fanReplicates()) {
            throw new InputException("replicates: expected an integer in [2, " + limits.fanReplicates()
                    + "], got " + n);
        }
        cancelFan();
        List<Scenario> scenarios = scenarios();
        long masterSeed = seed;
        int gen = generation;
        fanReplicates = n;
        fanStatus = "running";
        fan = fans.submit(() -> runFan(scenarios, n, masterSeed, gen));
        sendState();
        return state();
    }

    /** Writes the scenario files and the results folder the command line would write (see {@link Export}). */
    Export.Written export(int replicates, Lang lang, Path resultsRoot, String version)
            throws InputException, IOException, InterruptedException {
        if (replicates < 1 || replicates > limits.exportReplicates()) {
            throw new InputException("replicates: expected an integer in [1, " + limits.exportReplicates()
                    + "], got " + replicates);
        }
        List<Scenario> scenarios;
        long masterSeed;
        synchronized (this) {
            scenarios = scenarios();
            masterSeed = seed;
        }
        int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
        return Export.write(scenarios, masterSeed, replicates, lang, resultsRoot, version, threads);
    }

    synchronized void close() {
        stopTicker();
        cancelFan();
    }

    /** Sends the state, then a frame with everything recorded so far (a page that connects late catches up). */
    synchronized void greet() {
        sendState();
        a.sent = 0;
        if (b != null) {
            b.sent = 0;
        }
        sendFrame();
    }

    /** A comment line that keeps an idle event stream open through proxies and idle timeouts. */
    synchronized void heartbeat() {
        send.accept("", "");
    }

    synchronized ObjectNode state() {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        s.put("type", "state");
        s.put("id", id);
        s.put("seed", seed);
        s.put("runSeed", Seeds.runSeed(seed, 0));
        s.put("speed", speed);
        s.put("fastest", fastest);
        s.put("playing", playing);
        s.put("compare", b != null);
        s.put("day", day());
        s.put("generation", generation);
        ObjectNode f = s.putObject("fan");
        f.put("replicates", fanReplicates);
        f.put("status", fanStatus);
        ArrayNode sides = s.putArray("sides");
        for (Side side : sides()) {
            ObjectNode o = sides.addObject();
            o.put("side", side.key);
            o.put("name", side.scenario.name());
            o.put("source", side.source);
            o.put("description", side.scenario.description());
            o.put("horizon", side.scenario.horizonDays());
            ObjectNode values = o.putObject("values");
            for (Levers.Lever l : Levers.strategy()) {
                values.set(l.path(), side.draft.get(l.path()));
            }
            for (Levers.Lever l : Levers.ablations()) {
                values.set(l.path(), side.draft.get(l.path()));
            }
            // the fields a lever must stay below (population.topics for group.topic): the page's slider ends there
            for (String path : Levers.bounds()) {
                values.set(path, side.draft.get(path));
            }
        }
        return s;
    }

    // ---- stepping

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            synchronized (this) {
                stopTicker();
                sendError(e);
            }
        }
    }

    private synchronized void tick() {
        if (!playing) {
            return;
        }
        long now = System.nanoTime();
        int stepped;
        if (fastest) {
            stepped = 0;
            while (!allDone() && System.nanoTime() - now < MAX_STEP_NANOS) {
                stepDays(1);
                stepped++;
            }
        } else {
            owed += speed * (now - lastTick) / 1e9;
            int days = (int) Math.min(owed, MAX_SPEED);
            owed -= days;
            stepped = stepDays(days);
        }
        lastTick = now;
        rateDays += stepped;
        if (now - rateStart >= 1_000_000_000L) {
            rate = rateDays * 1e9 / (now - rateStart);
            rateStart = now;
            rateDays = 0;
        }
        if (stepped > 0) {
            sendFrame();
        }
        if (allDone()) {
            stopTicker();
            sendState();
        }
    }

    private int stepDays(int days) {
        int done = 0;
        for (int i = 0; i < days && !allDone(); i++) {
            for (Side side : sides()) {
                side.step();
            }
            done++;
        }
        return done;
    }

    private boolean allDone() {
        for (Side side : sides()) {
            if (!side.done()) {
                return false;
            }
        }
        return true;
    }

    private void restart() throws InputException {
        stopTicker();
        cancelFan();
        generation++;
        fanStatus = "none";
        fanReplicates = 0;
        List<Scenario> scenarios = scenarios();
        long runSeed = Seeds.runSeed(seed, 0);
        World[] worlds;
        try {
            worlds = Ensemble.worlds(scenarios, runSeed);
        } catch (World.WorldException e) {
            throw new InputException(e.getMessage());
        }
        List<Side> sides = sides();
        for (int i = 0; i < sides.size(); i++) {
            int persons = worlds[i].population().size();
            if (persons > limits.persons()) {
                throw new InputException(sides.get(i).scenario.name() + ": network.edgeListPath: " + persons
                        + " persons is more than a live session runs (at most " + limits.persons() + ")");
            }
            try {
                sides.get(i).start(worlds[i], runSeed);
            } catch (World.WorldException e) { // e.g. more seeds than the world's regular persons
                throw new InputException(sides.get(i).scenario.name() + ": " + e.getMessage());
            }
        }
        owed = 0;
        rate = 0;
        sendState();
        sendFrame();
    }

    private void stopTicker() {
        playing = false;
        if (ticker != null) {
            ticker.cancel(false);
            ticker = null;
        }
    }

    // ---- the fan

    private void runFan(List<Scenario> scenarios, int n, long masterSeed, int gen) {
        try {
            Ensemble.Result r = Ensemble.run(scenarios, n, masterSeed, 1, false, Ensemble.Progress.NONE);
            synchronized (this) {
                if (gen != generation) {
                    return;
                }
                fanStatus = "done";
                send.accept("fan", fanJson(r, n).toString());
                sendState();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            synchronized (this) {
                if (gen == generation) {
                    fanStatus = "failed";
                    sendError(e);
                    sendState();
                }
            }
        }
    }

    /** Per side and daily metric: the 5%, 50% and 95% quantiles over the replicates, day by day. */
    private static ObjectNode fanJson(Ensemble.Result r, int n) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("type", "fan");
        out.put("replicates", n);
        ArrayNode sides = out.putArray("sides");
        for (ScenarioRuns runs : r.scenarios()) {
            DailyBands bands = runs.bands();
            ObjectNode side = sides.addObject();
            side.put("name", runs.scenario().name());
            ObjectNode metrics = side.putObject("metrics");
            for (DailyMetric m : DailyMetric.values()) {
                ObjectNode q = metrics.putObject(m.column());
                ArrayNode lo = q.putArray("q5");
                ArrayNode mid = q.putArray("q50");
                ArrayNode hi = q.putArray("q95");
                for (int d = 0; d < bands.days(); d++) {
                    lo.add(bands.quantile(m, d, 0));
                    mid.add(bands.median(m, d));
                    hi.add(bands.quantile(m, d, 4));
                }
            }
        }
        return out;
    }

    private void cancelFan() {
        if (fan != null) {
            fan.cancel(true);
            fan = null;
        }
    }

    // ---- helpers

    private List<Side> sides() {
        return b == null ? List.of(a) : List.of(a, b);
    }

    private List<Scenario> scenarios() {
        List<Scenario> out = new ArrayList<>();
        for (Side s : sides()) {
            out.add(s.scenario);
        }
        return out;
    }

    private Side side(String key) throws InputException {
        if (key.equalsIgnoreCase("a")) { // the page says "A" and "B"; the API's examples write them in lower case
            return a;
        }
        if (key.equalsIgnoreCase("b")) {
            if (b == null) {
                throw new InputException("side: strategy B is off; turn on side by side first");
            }
            return b;
        }
        throw new InputException("side: expected a or b, got " + key);
    }

    private int day() {
        int d = 0;
        for (Side s : sides()) {
            d = Math.max(d, s.days());
        }
        return d;
    }

    /** B takes A's name with "-b" when the two would share one (names label the exported rows). */
    private void distinctNames() throws InputException {
        if (b != null && b.scenario.name().equals(a.scenario.name())) {
            b.rename(a.scenario.name() + "-b");
        }
    }

    /** The limits of a live session, checked before a world is built. */
    private void check(Scenario s) throws InputException {
        if (s.network().type() != NetworkType.EDGE_LIST && s.population().size() > limits.persons()) {
            throw new InputException("population.size: " + s.population().size() + " persons is more than a live "
                    + "session runs (at most " + limits.persons() + "); run it with 'community-sim run'");
        }
        if (s.horizonDays() > limits.horizonDays()) {
            throw new InputException("horizonDays: " + s.horizonDays() + " days is more than a live session runs "
                    + "(at most " + limits.horizonDays() + ")");
        }
    }

    private void sendState() {
        send.accept("state", state().toString());
    }

    private void sendFrame() {
        ObjectNode frame = JsonNodeFactory.instance.objectNode();
        frame.put("type", "frame");
        frame.put("generation", generation);
        frame.put("day", day());
        frame.put("rate", Math.round(rate * 10) / 10.0);
        ArrayNode log = JsonNodeFactory.instance.arrayNode();
        ArrayNode sides = frame.putArray("sides");
        for (Side s : sides()) {
            sides.add(s.frame(log));
        }
        frame.set("log", byDay(log));
        send.accept("frame", frame.toString());
    }

    /**
     * The frame's log entries in day order (stable: A before B on one day, the daily moments before the groups'):
     * a frame covers several days of both sides, and a group's death is only known days after its first silent day.
     */
    static ArrayNode byDay(ArrayNode log) {
        List<com.fasterxml.jackson.databind.JsonNode> entries = new ArrayList<>();
        log.forEach(entries::add);
        entries.sort(java.util.Comparator.comparingInt(e -> e.path("day").asInt()));
        ArrayNode sorted = JsonNodeFactory.instance.arrayNode();
        entries.forEach(sorted::add);
        return sorted;
    }

    private void log(String key, String side, String arg) {
        ObjectNode frame = JsonNodeFactory.instance.objectNode();
        frame.put("type", "log");
        ObjectNode entry = frame.putObject("entry");
        entry.put("day", day());
        entry.put("side", side);
        entry.put("key", key);
        entry.putArray("args").add(arg);
        send.accept("log", frame.toString());
    }

    private void sendError(Exception e) {
        ObjectNode err = JsonNodeFactory.instance.objectNode();
        err.put("type", "error");
        err.putArray("problems").add(e.getMessage() == null ? e.toString() : e.getMessage());
        send.accept("failure", err.toString());
    }

    /** For tests: the value at a path of one side's scenario as it stands. */
    synchronized JsonNode value(String sideKey, String path) throws InputException {
        return side(sideKey).draft.get(path);
    }
}
