package org.communitysim.experiments.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A test's HTTP client of a running {@link LiveServer}: JSON requests, and one session's event stream collected. */
final class LiveClient implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A response: status and JSON body. */
    record Reply(int status, JsonNode body) {
    }

    /** One server-sent event. */
    record Event(String name, JsonNode data) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final List<Event> events = new ArrayList<>();
    private Thread reader;
    private volatile java.io.InputStream stream;

    LiveClient(LiveServer server) {
        this.base = "http://127.0.0.1:" + server.port();
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Posts and insists on 200. */
    JsonNode ok(String path, String json) {
        Reply r = post(path, json);
        if (r.status() != 200) {
            throw new AssertionError(path + " " + json + " -> " + r.status() + " " + r.body());
        }
        return r.body();
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> res = http.send(request.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(res.statusCode(), res.body().isEmpty() ? null : JSON.readTree(res.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens the session's event stream and collects its events in the background. */
    void listen(String id) throws IOException, InterruptedException {
        HttpResponse<java.io.InputStream> res = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/sessions/" + id + "/events"))
                        .header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        stream = res.body();
        reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String name = null;
                StringBuilder data = new StringBuilder();
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("event:")) {
                        name = line.substring(6).trim();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).trim());
                    } else if (line.isEmpty() && name != null) {
                        JsonNode node = JSON.readTree(data.toString());
                        synchronized (events) {
                            events.add(new Event(name, node));
                            events.notifyAll();
                        }
                        name = null;
                        data.setLength(0);
                    }
                }
            } catch (IOException e) {
                // stream closed: the test or the server ended it
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Waits (at most 60 s) for an event that satisfies {@code test}; returns it. */
    Event await(Predicate<Event> test) throws InterruptedException {
        long end = System.nanoTime() + 60_000_000_000L;
        synchronized (events) {
            while (true) {
                for (Event e : events) {
                    if (test.test(e)) {
                        return e;
                    }
                }
                long left = (end - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    throw new AssertionError("no such event within 60 s; got " + names());
                }
                events.wait(left);
            }
        }
    }

    List<Event> events() {
        synchronized (events) {
            return new ArrayList<>(events);
        }
    }

    private List<String> names() {
        return events().stream().map(Event::name).toList();
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
        }
    }
}
