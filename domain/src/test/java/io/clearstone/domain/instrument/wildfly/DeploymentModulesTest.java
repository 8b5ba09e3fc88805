package io.clearstone.domain.instrument.wildfly;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.msc.service.ServiceName;
import org.junit.jupiter.api.Test;

/** Which services of the server's registry are deployments' modules. */
class DeploymentModulesTest {

    @Test
    void aDeploymentsModuleServiceNamesItsModule() {
        assertThat(DeploymentModules.deploymentModuleName(
                ServiceName.parse("jboss.module.service.\"deployment.instruments-digital.jar\"")))
                .isEqualTo("deployment.instruments-digital.jar");
        // the form with a slot, as older servers name it
        assertThat(DeploymentModules.deploymentModuleName(
                ServiceName.parse("jboss.module.service.\"deployment.x.jar\".main"))).isEqualTo("deployment.x.jar");
    }

    @Test
    void staticModulesAndOtherServicesAreNotDeployments() {
        assertThat(DeploymentModules.deploymentModuleName(
                ServiceName.parse("jboss.module.service.\"io.clearstone.instruments.spi\""))).isNull();
        assertThat(DeploymentModules.deploymentModuleName(ServiceName.parse("jboss.module.service"))).isNull();
        assertThat(DeploymentModules.deploymentModuleName(
                ServiceName.parse("jboss.deployment.unit.\"instruments-digital.jar\""))).isNull();
    }
}
