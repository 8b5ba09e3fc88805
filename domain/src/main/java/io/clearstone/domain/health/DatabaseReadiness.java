package io.clearstone.domain.health;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Ready only while the database answers and the schema is migrated (the ledger table exists). Lives in the
 * ejb-client jar, which goes to the EAR's {@code lib/}: WildFly registers MicroProfile Health checks only from there,
 * not from an EAR's EJB or web modules (WFLY-12835).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/ClearstoneDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from journal_transaction where id < 0")) {
            rows.next();
            return HealthCheckResponse.named("database").up()
                    .withData("product", connection.getMetaData().getDatabaseProductName()).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getMessage()).build();
        }
    }
}
