package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A console left open never holds a node up: with a subscriber connected to the live event stream that reads the
 * response headers and then stops reading (a frozen browser tab, a client behind a stalled network), undeploying the
 * application and then shutting the server down each complete within {@link #BOUND}, cleanly (the server logs
 * that it stopped, it is not killed), and the subscriber sees its stream end, which makes the console reconnect.
 * Runs on the restartable server so that the suite's main server is untouched.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiveStreamShutdownIT {

    private static final String DEPLOYMENT = "live-stream-shutdown-ear";
    private static final Duration BOUND = Duration.ofSeconds(20);

    @ArquillianResource
    ContainerController containers;
    @ArquillianResource
    Deployer deployer;

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    @TargetsContainer(RestartableServer.QUALIFIER)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void undeployingAndStoppingCompleteInTimeWhileASubscriberStopsReading() throws Exception {
        RestartableServer.freshBaseDirectory();
        containers.start(RestartableServer.QUALIFIER);
        boolean deployed = false;
        boolean running = true;
        Socket first = null;
        Socket second = null;
        try {
            deployer.deploy(DEPLOYMENT);
            deployed = true;
            Fixtures.awaitFreshIndex(Api.at(RestartableServer.URL), "BTC-USD");

            first = stalledSubscriber();
            Duration undeploy = within(BOUND, () -> deployer.undeploy(DEPLOYMENT));
            deployed = false;
            System.out.printf("LiveStreamShutdownIT: undeployed in %d ms with a stalled subscriber%n",
                    undeploy.toMillis());
            assertThat(streamEnds(first)).as("the subscriber's stream ends with the application").isTrue();

            deployer.deploy(DEPLOYMENT);
            deployed = true;
            second = stalledSubscriber();
            Path log = RestartableServer.baseDirectory().resolve("log/server.log");
            long logBefore = Files.size(log);
            Duration stop = within(BOUND, () -> containers.stop(RestartableServer.QUALIFIER));
            running = false;
            deployed = false;
            System.out.printf("LiveStreamShutdownIT: server stopped in %d ms with a stalled subscriber%n",
                    stop.toMillis());
            String shutdownLog = Files.readString(log).substring((int) logBefore);
            assertThat(shutdownLog).as("the server stopped by itself (WFLYSRV0050), not killed after a timeout")
                    .contains("WFLYSRV0050");
        } finally {
            closeQuietly(first);
            closeQuietly(second);
            if (running) {
                stopOrKill(deployed);
            }
        }
    }

    /**
     * Subscribes as the risk officer over a bare socket with a small receive buffer, reads the response headers and
     * stops reading, the connection left open.
     */
    private static Socket stalledSubscriber() throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(1024);
        socket.connect(new InetSocketAddress(RestartableServer.URL.getHost(), RestartableServer.URL.getPort()), 5000);
        socket.setSoTimeout(15_000);
        String credentials = Base64.getEncoder().encodeToString("risk:demo".getBytes(StandardCharsets.UTF_8));
        OutputStream out = socket.getOutputStream();
        out.write(("GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1:" + RestartableServer.URL.getPort()
                + "\r\nAccept: text/event-stream\r\nAuthorization: Basic " + credentials + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String headers = readHeaders(socket.getInputStream());
        assertThat(headers).as(headers).startsWith("HTTP/1.1 200").containsIgnoringCase("text/event-stream");
        return socket;
    }

    private static String readHeaders(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            String sofar = head.toString(StandardCharsets.ISO_8859_1);
            if (sofar.endsWith("\r\n\r\n")) {
                return sofar;
            }
        }
        throw new IOException("connection closed before the headers ended: " + head);
    }

    /** Whether the stream comes to an end (connection closed, or reset) once the subscriber reads again. */
    private static boolean streamEnds(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        Instant deadline = Instant.now().plus(BOUND);
        try {
            while (Instant.now().isBefore(deadline)) {
                if (in.read(buffer) < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
        return false;
    }

    private interface Step {
        void run() throws Exception;
    }

    /** Runs a step on a thread of its own and fails if it does not complete within the bound; returns its duration. */
    private static Duration within(Duration bound, Step step) throws Exception {
        Instant started = Instant.now();
        CompletableFuture<Void> done = CompletableFuture.runAsync(() -> {
            try {
                step.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            done.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stuck) {
            throw new AssertionError("did not complete within " + bound + " while a subscriber stopped reading");
        }
        return Duration.between(started, Instant.now());
    }

    /** The server must never be left running: a clean stop if it can, else its JVM is killed. */
    private void stopOrKill(boolean deployed) throws Exception {
        ProcessHandle jvm = RestartableServer.jvm();
        try {
            within(Duration.ofSeconds(60), () -> {
                if (deployed) {
                    deployer.undeploy(DEPLOYMENT);
                }
                containers.stop(RestartableServer.QUALIFIER);
            });
        } catch (AssertionError | RuntimeException stuck) {
            RestartableServer.crash(jvm);
            containers.stop(RestartableServer.QUALIFIER);
        }
    }

    private static void closeQuietly(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing only
            }
        }
    }
}
