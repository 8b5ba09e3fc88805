package io.clearstone.web.throttle;

import java.time.Clock;
import java.util.logging.Logger;

import jakarta.servlet.ServletContext;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;

/**
 * Puts the login throttle in front of authentication. Undertow authenticates before any servlet filter runs, so a
 * filter would never see a refused password; an outer handler of the deployment sees every request first, while the
 * container keeps doing the authentication itself (web.xml's BASIC against ApplicationRealm, unchanged). Registered
 * through META-INF/services.
 */
public final class LoginThrottleExtension implements ServletExtension {

    private static final Logger LOG = Logger.getLogger(LoginThrottleExtension.class.getName());

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        LoginThrottleSettings settings = LoginThrottleSettings.from(System::getProperty);
        LoginThrottle throttle = new LoginThrottle(settings, Clock.systemUTC());
        deployment.addOuterHandlerChainWrapper(next -> new LoginThrottleHandler(next, throttle,
                settings.trustedProxies()));
        LOG.info(() -> "login throttle: " + settings);
    }
}
