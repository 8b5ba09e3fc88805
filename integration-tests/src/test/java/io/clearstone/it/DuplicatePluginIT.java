package io.clearstone.it;

import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.ShouldThrowException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.clearstone.instruments.spi.InstrumentPlugin;
import io.clearstone.it.plugin.ImpostorOptionPlugin;

/** An EAR whose lib/ holds two plugins with one type id does not deploy. */
@ExtendWith(ArquillianExtension.class)
class DuplicatePluginIT {

    @Deployment(testable = false)
    @ShouldThrowException(value = DeploymentException.class, testable = false)
    static EnterpriseArchive deployment() {
        JavaArchive impostor = ShrinkWrap.create(JavaArchive.class, "impostor-plugin.jar")
                .addClass(ImpostorOptionPlugin.class)
                .addAsManifestResource(new StringAsset(ImpostorOptionPlugin.class.getName() + "\n"),
                        "services/" + InstrumentPlugin.class.getName());
        return Deployments.ear().addAsLibrary(impostor);
    }

    @Test
    void theDeploymentIsRefused() {
        // reaching this test means Arquillian saw the expected DeploymentException
    }
}
