package io.clearstone.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The suite's second server (the {@code restartable} container of {@code arquillian.xml}), which a test starts,
 * stops and crashes itself: ports +100 and its own base directory, which keeps its data across its restarts.
 */
final class RestartableServer {

    static final String QUALIFIER = "restartable";
    static final URI URL = URI.create("http://127.0.0.1:8180");

    private RestartableServer() {
    }

    /** Its own base directory, as {@code arquillian.xml} passes it to the server's JVM. */
    static Path baseDirectory() {
        return Path.of(System.getProperty("restart.base"));
    }

    /** A fresh copy of the provisioned standalone/ directory: no database, timers or deployment of an earlier run. */
    static void freshBaseDirectory() throws IOException {
        Path target = baseDirectory();
        if (Files.exists(target)) {
            try (Stream<Path> old = Files.walk(target)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Path source = Path.of(System.getProperty("jboss.home"), "standalone");
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(p -> {
                try {
                    Path relative = source.relativize(p);
                    Path copy = target.resolve(relative.toString());
                    // the provisioned configuration only: never a run's database, temporary files or logs
                    boolean runtimeState = relative.getNameCount() > 0
                            && List.of("data", "tmp", "log").contains(relative.getName(0).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(copy);
                    } else if (!runtimeState) {
                        Files.copy(p, copy, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * This server's JVM: the one whose command line names this server's base directory (other servers and builds
     * share the machine, and must never be touched); exactly one must match.
     */
    static ProcessHandle jvm() {
        String marker = "-Djboss.server.base.dir=" + baseDirectory();
        long self = ProcessHandle.current().pid();
        List<ProcessHandle> matching = ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self)
                .filter(p -> p.info().arguments().map(args -> Arrays.asList(args).contains(marker)).orElse(false))
                .toList();
        if (matching.size() != 1) {
            throw new IllegalStateException("expected exactly one JVM with " + marker + ", found " + matching.size());
        }
        return matching.get(0);
    }

    /**
     * Kills the server's JVM (from {@link #jvm()}) with SIGKILL, as a crash would: no shutdown hook, no flush, no
     * clean close of the database. Returns once it is gone.
     */
    static void crash(ProcessHandle jvm) throws Exception {
        if (!jvm.destroyForcibly()) {
            throw new IllegalStateException("could not kill the restartable server, pid " + jvm.pid());
        }
        jvm.onExit().get(30, TimeUnit.SECONDS);
    }
}
