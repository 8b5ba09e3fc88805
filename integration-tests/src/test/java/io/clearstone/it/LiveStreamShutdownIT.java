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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

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
 * response headers and then stops reading (a frozen browser tab, a client behind a stalled network) until its
 * connection is full of unwritten events (an idle one is not enough: RESTEasy's close then flushes at once), undeploying the
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
        smallSendBuffers();
        containers.start(RestartableServer.QUALIFIER);
        Socket first = null;
        Socket second = null;
        try {
            deployer.deploy(DEPLOYMENT);
            Fixtures.awaitFreshIndex(Api.at(RestartableServer.URL), "BTC-USD");

            first = stalledSubscriber();
            int events = fillWithEvents();
            System.out.printf("LiveStreamShutdownIT: %d events published while the subscriber did not read%n", events);
            Duration undeploy = bounded(first, () -> deployer.undeploy(DEPLOYMENT));
            System.out.printf("LiveStreamShutdownIT: undeployed in %d ms with a stalled subscriber%n",
                    undeploy.toMillis());
            assertThat(streamEnds(first)).as("the subscriber's stream ends with the application").isTrue();

            deployer.deploy(DEPLOYMENT);
            second = stalledSubscriber();
            fillWithEvents();
            Path log = RestartableServer.baseDirectory().resolve("log/server.log");
            long logBefore = Files.size(log);
            Duration stop = bounded(second, () -> containers.stop(RestartableServer.QUALIFIER));
            System.out.printf("LiveStreamShutdownIT: server stopped in %d ms with a stalled subscriber%n",
                    stop.toMillis());
            String shutdownLog = Files.readString(log).substring((int) logBefore);
            assertThat(shutdownLog).as("the server stopped by itself (WFLYSRV0050), not killed after a timeout")
                    .contains("WFLYSRV0050");
        } finally {
            closeQuietly(first);
            closeQuietly(second);
            // idempotent: stops the server if it still runs, else only clears Arquillian's belief that it does
            containers.stop(RestartableServer.QUALIFIER);
        }
    }

    /**
     * A stalled network in a few kilobytes: the restartable server's HTTP listener gets small socket send buffers
     * (this copy of the configuration only), so that the events of a few seconds fill what a client that does not
     * read leaves unwritten, as hours of index ticks would with the default buffers.
     */
    private static void smallSendBuffers() throws IOException {
        Path configuration = RestartableServer.baseDirectory().resolve("configuration/standalone.xml");
        String xml = Files.readString(configuration);
        String listener = "<http-listener name=\"default\"";
        assertThat(xml).contains(listener);
        Files.writeString(configuration, xml.replace(listener, listener + " send-buffer=\"4096\""));
    }

    /**
     * Publishes events until the stalled subscriber's connection is full: every new subscription publishes the
     * insurance fund's value to all subscribers, and its headers come with its first event. Returns how many were
     * published; stops early once a subscription gets nothing (RESTEasy's broadcaster hands an event to one sink
     * after the other, so a full one starves those after it).
     */
    private static int fillWithEvents() throws IOException {
        int published = 0;
        for (; published < 800; published++) {
            Socket brief;
            try {
                brief = subscriber(3_000);
            } catch (SocketTimeoutException starved) {
                break;
            }
            brief.close();
        }
        return published;
    }

    private static Socket stalledSubscriber() throws IOException {
        return subscriber(15_000);
    }

    /**
     * Subscribes as the risk officer over a bare socket with a small receive buffer, reads the response headers and
     * stops reading, the connection left open.
     */
    private static Socket subscriber(int timeoutMillis) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(1024);
        socket.connect(new InetSocketAddress(RestartableServer.URL.getHost(), RestartableServer.URL.getPort()), 5000);
        socket.setSoTimeout(timeoutMillis);
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

    /**
     * Whether the stream comes to an end once the subscriber reads again: its last chunk (a clean end, the connection
     * kept alive), the connection closed, or reset.
     */
    private static boolean streamEnds(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        Instant deadline = Instant.now().plus(BOUND);
        try {
            while (Instant.now().isBefore(deadline)) {
                int read = in.read(buffer);
                if (read < 0) {
                    return true;
                }
                body.write(buffer, 0, read);
                String sofar = body.toString(StandardCharsets.ISO_8859_1);
                if (sofar.equals("0\r\n\r\n") || sofar.endsWith("\r\n0\r\n\r\n")) {
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

    /**
     * Runs an Arquillian step (which works on the test's thread only) and fails if it takes longer than the bound.
     * A watchdog unblocks a step stuck on the subscriber: past the bound it closes the subscriber's connection, and a
     * minute later it kills the server, so that a failing run never hangs the suite or leaves the server running.
     */
    private static Duration bounded(Socket subscriber, Step step) throws Exception {
        ProcessHandle jvm = RestartableServer.jvm();
        AtomicBoolean overran = new AtomicBoolean();
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
        watchdog.schedule(() -> {
            overran.set(true);
            closeQuietly(subscriber);
        }, BOUND.toMillis(), TimeUnit.MILLISECONDS);
        watchdog.schedule(() -> {
            try {
                RestartableServer.crash(jvm);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        }, BOUND.plusSeconds(60).toMillis(), TimeUnit.MILLISECONDS);
        Instant started = Instant.now();
        try {
            step.run();
        } catch (Exception | AssertionError failed) {
            if (!overran.get()) {
                throw failed;
            }
        } finally {
            watchdog.shutdownNow();
        }
        Duration took = Duration.between(started, Instant.now());
        assertThat(overran).as("completed within %s while a subscriber stopped reading (took %d ms)", BOUND,
                took.toMillis()).isFalse();
        return took;
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
