package io.clearstone.it.relay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only (added to the web archive by RelayIT): writes rows into the shared database as another node of the
 * cluster would, with plain JDBC on the server's datasource, and reads the outbox back.
 */
@Path("/test/other-node")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OtherNodeWrites {

    /** An outbox row to write. */
    public record EventRow(String topic, String payload, String origin) {
    }

    /** An outbox row as stored. */
    public record StoredRow(long id, String topic, String payload, String origin) {
    }

    /** A job row to write. */
    public record JobRow(String id, String kind, String state, double progress, String resultJson, String error,
                         String node, Instant startedAt, Instant finishedAt, Instant updatedAt) {
    }

    @Resource(lookup = "java:jboss/datasources/ClearstoneDS")
    DataSource database;

    @POST
    @Path("/events")
    public StoredRow event(EventRow row) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into cluster_event "
                     + "(topic, payload, origin_node, created_at) values (?, ?, ?, ?)", new String[] {"id"})) {
            insert.setString(1, row.topic());
            insert.setString(2, row.payload());
            insert.setString(3, row.origin());
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new StoredRow(keys.getLong(1), row.topic(), row.payload(), row.origin());
            }
        }
    }

    @GET
    @Path("/events")
    public List<StoredRow> events(@QueryParam("after") long after, @QueryParam("topic") String topic)
            throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("select id, topic, payload, origin_node "
                     + "from cluster_event where id > ? and topic = ? order by id")) {
            select.setLong(1, after);
            select.setString(2, topic);
            List<StoredRow> rows = new ArrayList<>();
            try (ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    rows.add(new StoredRow(found.getLong(1), found.getString(2), found.getString(3),
                            found.getString(4)));
                }
            }
            return rows;
        }
    }

    @GET
    @Path("/events/newest")
    public long newest() throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("select coalesce(max(id), 0) from cluster_event");
             ResultSet found = select.executeQuery()) {
            found.next();
            return found.getLong(1);
        }
    }

    /** A position as another node's trade left it. */
    public record PositionRow(long accountId, long instrumentId, java.math.BigDecimal quantity) {
    }

    /** Sets a position as a trade committed on another node would, without this node's events. */
    @POST
    @Path("/positions")
    public PositionRow position(PositionRow row) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement("update position set quantity = ?, "
                     + "version = version + 1 where account_id = ? and instrument_id = ?")) {
            update.setBigDecimal(1, row.quantity());
            update.setLong(2, row.accountId());
            update.setLong(3, row.instrumentId());
            if (update.executeUpdate() != 1) {
                throw new jakarta.ws.rs.NotFoundException("no such position");
            }
            return row;
        }
    }

    /** This server's node name: the origin its own rows carry. */
    @GET
    @Path("/this-node")
    @Produces(MediaType.TEXT_PLAIN)
    public String thisNode() {
        return System.getProperty("jboss.node.name", "standalone");
    }

    @POST
    @Path("/jobs")
    public JobRow job(JobRow row) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into analysis_job (id, kind, state, "
                     + "progress, result_json, error, node, started_at, finished_at, updated_at) "
                     + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, row.id());
            insert.setString(2, row.kind());
            insert.setString(3, row.state());
            insert.setDouble(4, row.progress());
            insert.setString(5, row.resultJson());
            insert.setString(6, row.error());
            insert.setString(7, row.node());
            insert.setTimestamp(8, Timestamp.from(row.startedAt()));
            insert.setTimestamp(9, row.finishedAt() == null ? null : Timestamp.from(row.finishedAt()));
            insert.setTimestamp(10, Timestamp.from(row.updatedAt()));
            insert.executeUpdate();
            return row;
        }
    }
}
