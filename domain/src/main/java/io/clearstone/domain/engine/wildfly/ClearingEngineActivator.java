package io.clearstone.domain.engine.wildfly;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import org.jboss.msc.Service;
import org.jboss.msc.service.ServiceName;
import org.jboss.msc.service.StartContext;
import org.jboss.msc.service.StopContext;
import org.wildfly.clustering.server.GroupMember;
import org.wildfly.clustering.singleton.SingletonState;
import org.wildfly.clustering.singleton.service.SingletonServiceActivator;
import org.wildfly.clustering.singleton.service.SingletonServiceActivatorContext;
import org.wildfly.clustering.singleton.service.SingletonServiceController;

import io.clearstone.domain.engine.EngineElection;

/**
 * Installs the clearing engine's singleton service with the server's default singleton policy (found by the service
 * loader: {@code META-INF/services/org.jboss.msc.service.ServiceActivator}). On the clustered server the policy is
 * WildFly's HA singleton: the service runs on one member of the JGroups view at a time (by default the oldest, so a
 * node that rejoins does not take it back) and starts on another when that member leaves or dies. On the single
 * server the policy is the local one and the service always runs. The service itself only tells
 * {@link EngineElection}; the application takes the engine over on its own threads.
 */
public class ClearingEngineActivator implements SingletonServiceActivator {

    static final ServiceName ENGINE = ServiceName.of("io", "clearstone", "clearing-engine");
    private static final Logger LOG = Logger.getLogger(ClearingEngineActivator.class.getName());

    @Override
    public void activate(SingletonServiceActivatorContext context) {
        SingletonServiceController<?> controller = context.getServiceTarget().addService(ENGINE)
                .setInstance(new EngineService())
                .withElectionListener((candidates, elected) -> LOG.info(() -> "clearing engine election among "
                        + candidates.stream().map(GroupMember::getName).toList() + ": "
                        + (elected == null ? "nobody" : elected.getName())))
                .install();
        // the clustered server sets clearstone.clustered (cluster.cli): its default policy is the HA one
        boolean clustered = Boolean.getBoolean("clearstone.clustered");
        EngineElection.candidatesFrom(() -> new Candidates(controller.getSingletonState(), clustered));
    }

    /** Runs where the policy elects it: it only says so. */
    private static final class EngineService implements Service {

        @Override
        public void start(StartContext context) {
            EngineElection.elected();
        }

        @Override
        public void stop(StopContext context) {
            EngineElection.deposed();
        }
    }

    private record Candidates(SingletonState state, boolean clustered) implements EngineElection.Candidates {

        @Override
        public List<String> members() {
            return state.getProviders().stream().map(GroupMember::getName).sorted().toList();
        }

        @Override
        public Optional<String> elected() {
            return state.getPrimaryProvider().map(GroupMember::getName);
        }
    }
}
