package io.clearstone.domain.systemic;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

import io.clearstone.domain.account.Account;
import io.clearstone.domain.asset.Asset;
import io.clearstone.domain.instrument.Instrument;
import io.clearstone.domain.ledger.Balance;
import io.clearstone.domain.position.Position;
import io.clearstone.domain.securitization.PoolTranche;

/**
 * A private in-memory H2 database with the production schema (the Flyway migrations) and Hibernate over the entities
 * the risk network reads, outside the server: for {@link RiskNetworkRows}' test and benchmark. Closing it drops it.
 */
public final class InMemoryDatabase implements AutoCloseable {

    private final String url;
    private final Connection keepAlive;
    private final SessionFactory hibernate;

    public InMemoryDatabase(String name) throws SQLException {
        url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        keepAlive = DriverManager.getConnection(url, "sa", "");
        Flyway.configure(InMemoryDatabase.class.getClassLoader()).dataSource(url, "sa", "")
                .locations("classpath:db/migration").load().migrate();
        hibernate = new Configuration()
                .addAnnotatedClass(Account.class).addAnnotatedClass(Asset.class).addAnnotatedClass(Balance.class)
                .addAnnotatedClass(Position.class).addAnnotatedClass(Instrument.class)
                .addAnnotatedClass(PoolTranche.class).addAnnotatedClass(RegisteredNode.class)
                .addAnnotatedClass(RegisteredExposure.class)
                .setProperty("hibernate.connection.url", url).setProperty("hibernate.connection.username", "sa")
                .setProperty("hibernate.connection.password", "").setProperty("hibernate.show_sql", "false")
                .setProperty("hibernate.xml_mapping_enabled", "false")
                .buildSessionFactory();
    }

    public SessionFactory hibernate() {
        return hibernate;
    }

    /** Runs plain SQL statements (the fixture's and the benchmark's seeding). */
    public void execute(String... sql) throws SQLException {
        try (Statement statement = keepAlive.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    public Connection connection() {
        return keepAlive;
    }

    @Override
    public void close() throws SQLException {
        hibernate.close();
        execute("drop all objects");
        keepAlive.close();
    }
}
