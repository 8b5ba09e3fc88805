package io.clearstone.domain.engine;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where WildFly's singleton service tells the application whether this node is elected to run the clearing engine.
 * The singleton service is an MSC service that the server starts and stops outside any bean's life; this static
 * bridge (one per deployment: statics live in the deployment's class loader) remembers its word until the
 * {@link ClearingEngine} bean reads it, whichever of the two comes up first.
 */
public final class EngineElection {

    /** What the singleton service knows of the election. */
    public interface Candidates {

        /** The members the engine may run on (every node with the application deployed), by name. */
        List<String> members();

        /** The member elected now, if any. */
        Optional<String> elected();

        /** Whether this server runs the clustered (HA) singleton policy rather than the local one. */
        boolean clustered();
    }

    private static final Candidates NOT_YET = new Candidates() {
        @Override
        public List<String> members() {
            return List.of();
        }

        @Override
        public Optional<String> elected() {
            return Optional.empty();
        }

        @Override
        public boolean clustered() {
            return false;
        }
    };

    private static volatile boolean elected;
    private static volatile Supplier<Candidates> candidates = () -> NOT_YET;

    private EngineElection() {
    }

    /** The singleton service started on this node: it is the one elected. */
    public static void elected() {
        elected = true;
    }

    /** The singleton service stopped on this node (another member was elected, or the application is going). */
    public static void deposed() {
        elected = false;
    }

    public static boolean isElected() {
        return elected;
    }

    public static void candidatesFrom(Supplier<Candidates> source) {
        candidates = source;
    }

    public static Candidates candidates() {
        return candidates.get();
    }
}
