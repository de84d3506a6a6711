package dev.frontrun.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What {@code ScenarioContext.connect()} returns while {@link ScenarioConnections} reuses the
 * scenario's server sessions: the driver's connection behind a handle of one use. Closing the handle gives the
 * session back ({@link ScenarioConnections#giveBack}); the handle then refuses every call, as a closed connection
 * does.
 */
final class PooledConnection extends ConnectionDelegate {

    private final ScenarioConnections pool;
    private final Connection session;
    private volatile boolean closed;

    PooledConnection(ScenarioConnections pool, Connection session) {
        this.pool = pool;
        this.session = session;
    }

    @Override
    Connection target() throws SQLException {
        if (closed) {
            throw new SQLException("This connection has been closed.", "08003");
        }
        return session;
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        pool.giveBack(session, touched());
    }

    @Override
    public boolean isClosed() throws SQLException {
        return closed || session.isClosed();
    }

    @Override
    public String toString() {
        return session.toString();
    }
}
