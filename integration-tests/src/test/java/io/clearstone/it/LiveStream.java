package io.clearstone.it;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * {@code GET /api/v1/events} of one server as the console reads it: named events with JSON data, collected on a
 * thread of their own from the moment it is opened, so a test can await an event that arrived before it asked.
 */
final class LiveStream implements AutoCloseable {

    private final BlockingQueue<Event> arrived = new LinkedBlockingQueue<>();
    private final List<Event> seen = new ArrayList<>();
    private final Thread reader;
    private volatile Stream<String> lines;

    /** One server-sent event: its name and its data. */
    record Event(String name, JsonObject data) {
    }

    private LiveStream(URI server, String user) {
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/api/v1/events"))
                .header("Accept", "text/event-stream").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))).GET().build();
        reader = new Thread(() -> {
            try {
                lines = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines()).body();
                String[] name = {null};
                lines.forEach(line -> {
                    if (line.startsWith("event:")) {
                        name[0] = line.substring(6).trim();
                    } else if (line.startsWith("data:") && name[0] != null) {
                        arrived.add(new Event(name[0], json(line.substring(5).trim())));
                    }
                });
            } catch (Exception e) {
                // closed by the test
            }
        }, "it-live-stream-" + server.getPort());
        reader.setDaemon(true);
        reader.start();
    }

    /** Subscribes as {@code user} (password {@code demo}) and waits half a second, so it hears what follows. */
    static LiveStream open(URI server, String user) throws InterruptedException {
        LiveStream stream = new LiveStream(server, user);
        Thread.sleep(500);
        return stream;
    }

    /** The first event of that name matching {@code which}, received already or within {@code bound}. */
    JsonObject await(String name, Predicate<JsonObject> which, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        for (Event event : seen) {
            if (event.name().equals(name) && which.test(event.data())) {
                return event.data();
            }
        }
        while (System.nanoTime() < deadline) {
            Event event = arrived.poll(100, TimeUnit.MILLISECONDS);
            if (event == null) {
                continue;
            }
            seen.add(event);
            if (event.name().equals(name) && which.test(event.data())) {
                return event.data();
            }
        }
        throw new AssertionError("no matching " + name + " event within " + bound + "; seen: "
                + seen.stream().map(Event::name).toList());
    }

    /** The events of that name received so far (including those not yet awaited). */
    List<JsonObject> seen(String name) {
        for (Event event; (event = arrived.poll()) != null; ) {
            seen.add(event);
        }
        return seen.stream().filter(e -> e.name().equals(name)).map(Event::data).toList();
    }

    private static JsonObject json(String data) {
        return Json.createReader(new StringReader(data)).readObject();
    }

    @Override
    public void close() {
        Stream<String> open = lines;
        if (open != null) {
            open.close();
        }
        reader.interrupt();
    }
}
