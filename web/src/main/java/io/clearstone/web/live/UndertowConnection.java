package io.clearstone.web.live;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.undertow.server.ServerConnection;
import io.undertow.servlet.handlers.ServletRequestContext;

/**
 * The current request's connection, as Undertow holds it. The servlet API has no way to drop a connection whose
 * client stopped reading (completing the async context waits for the data queued to be written), so the stream's
 * connection is closed at the transport.
 */
final class UndertowConnection implements Connection {

    private static final Logger LOG = Logger.getLogger(UndertowConnection.class.getName());

    private final ServerConnection connection;

    private UndertowConnection(ServerConnection connection) {
        this.connection = connection;
    }

    /** The connection of the request this thread serves. */
    static Connection current() {
        return new UndertowConnection(ServletRequestContext.requireCurrent().getExchange().getConnection());
    }

    @Override
    public void abort() {
        try {
            connection.close();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "live stream connection already gone", e);
        }
    }
}
