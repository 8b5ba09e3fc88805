package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

/**
 * Nodes of the clustered server ({@code -Pcluster}) as an operator runs them: through {@code bin/cluster}, on the
 * database it is given (DB_URL, default the local {@code test}). Node K serves HTTP on the base port + 100 (K − 1)
 * and management on 9990 + its offset. Each test class gets its own folder and ports.
 */
final class ClusterNodes {

    private static final Path REPOSITORY = Path.of(System.getProperty("repository.root", ".."));

    private final int basePort;
    private final Path folder;
    private final Map<String, String> environment;

    ClusterNodes(int basePort, String name, Map<String, String> environment) {
        this.basePort = basePort;
        this.folder = Path.of(System.getProperty("cluster.dir", "target/cluster")).resolveSibling(name);
        this.environment = environment;
    }

    ClusterNodes(int basePort, String name) {
        this(basePort, name, Map.of());
    }

    int offset(int node) {
        return basePort - 8080 + 100 * (node - 1);
    }

    Api.Scoped api(int node) {
        return Api.at(URI.create("http://127.0.0.1:" + (8080 + offset(node))));
    }

    URI management(int node) {
        return URI.create("http://127.0.0.1:" + (9990 + offset(node)));
    }

    String start(int nodes) {
        return script("start", String.valueOf(nodes), "--base-port", String.valueOf(basePort));
    }

    String stop() {
        return script("stop");
    }

    /** SIGKILL to node K: no shutdown, no goodbye to the cluster. */
    String kill(int node) {
        return script("kill", String.valueOf(node));
    }

    /** Node K again on its folder and ports; returns once it is ready. */
    String rejoin(int node) {
        return script("rejoin", String.valueOf(node));
    }

    /** {@code GET /api/v1/cluster} on node K, as the risk officer; null when the node does not answer. */
    JsonObject cluster(int node) {
        try {
            Api.Reply reply = api(node).as("risk").get("/api/v1/cluster");
            return reply.status() == 200 ? reply.json() : null;
        } catch (RuntimeException down) {
            return null;
        }
    }

    /** Waits until every given node names the same engine node and that node says it runs it; returns it. */
    int awaitEngine(Duration timeout, int... nodes) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            List<String> named = new ArrayList<>();
            int runner = 0;
            for (int node : nodes) {
                JsonObject view = cluster(node);
                if (view == null || view.isNull("engineNode")) {
                    break;
                }
                named.add(view.getString("engineNode"));
                if (view.getBoolean("engineHere")) {
                    runner = node;
                }
            }
            last = named.toString();
            if (named.size() == nodes.length && named.stream().distinct().count() == 1 && runner != 0) {
                return runner;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no agreed engine node after " + timeout + ": " + last);
    }

    /** The node's JGroups view of the {@code ee} channel, read with the server's CLI (local authentication). */
    String view(int node) {
        return run(List.of(Path.of(System.getProperty("jboss.home"), "bin", "jboss-cli.sh").toString(),
                "--controller=remote+http://127.0.0.1:" + (9990 + offset(node)), "--connect",
                "--command=/subsystem=jgroups/channel=ee:read-attribute(name=view)")).strip();
    }

    private String script(String... arguments) {
        List<String> command = new ArrayList<>(List.of(REPOSITORY.resolve("bin/cluster").toString()));
        command.addAll(List.of(arguments));
        return run(command);
    }

    private String run(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("SERVER_HOME", System.getProperty("jboss.home"));
            builder.environment().put("EAR", System.getProperty("clearstone.ear"));
            builder.environment().put("CLUSTER_DIR", folder.toAbsolutePath().toString());
            builder.environment().putIfAbsent("READY_TIMEOUT", "480"); // a loaded 2-core machine boots slowly
            builder.environment().putAll(environment);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean ended = process.waitFor(Duration.ofMinutes(6).toSeconds(), TimeUnit.SECONDS);
            assertThat(ended && process.exitValue() == 0).as(command + " failed:\n" + output).isTrue();
            return output;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
