package dev.frontrun.internal.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Savepoint;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executor;

/**
 * A {@link Connection} that hands every call to the driver's connection {@link #target()}. Subclasses decide what
 * {@link #close()} does and may refuse calls after it; a setter that changes what a later user of the same server
 * session would see marks it {@link #touched()}. The JDBC instrumentation ignores frontrun's classes, so the
 * driver's own connection is the one every JDBC event names.
 */
abstract class ConnectionDelegate extends ConnectionFactories {

    /** Whether a setting {@code DISCARD ALL} and the connection's reset do not undo was changed. */
    private volatile boolean touched;

    /** @return whether a setting that a reset cannot undo was changed, or the driver's object was handed out */
    final boolean touched() {
        return touched;
    }

    private Connection touch() throws SQLException {
        Connection c = target();
        touched = true;
        return c;
    }

    @Override
    public void setAutoCommit(boolean autoCommit) throws SQLException {
        target().setAutoCommit(autoCommit);
    }

    @Override
    public boolean getAutoCommit() throws SQLException {
        return target().getAutoCommit();
    }

    @Override
    public void commit() throws SQLException {
        target().commit();
    }

    @Override
    public void rollback() throws SQLException {
        target().rollback();
    }

    @Override
    public DatabaseMetaData getMetaData() throws SQLException {
        return target().getMetaData();
    }

    @Override
    public void setReadOnly(boolean readOnly) throws SQLException {
        target().setReadOnly(readOnly);
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        return target().isReadOnly();
    }

    @Override
    public void setCatalog(String catalog) throws SQLException {
        touch().setCatalog(catalog);
    }

    @Override
    public String getCatalog() throws SQLException {
        return target().getCatalog();
    }

    @Override
    public void setTransactionIsolation(int level) throws SQLException {
        target().setTransactionIsolation(level);
    }

    @Override
    public int getTransactionIsolation() throws SQLException {
        return target().getTransactionIsolation();
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        return target().getWarnings();
    }

    @Override
    public void clearWarnings() throws SQLException {
        target().clearWarnings();
    }

    @Override
    public Map<String, Class<?>> getTypeMap() throws SQLException {
        return touch().getTypeMap(); // a mutable map the driver keeps
    }

    @Override
    public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
        touch().setTypeMap(map);
    }

    @Override
    public void setHoldability(int holdability) throws SQLException {
        touch().setHoldability(holdability);
    }

    @Override
    public int getHoldability() throws SQLException {
        return target().getHoldability();
    }

    @Override
    public Savepoint setSavepoint() throws SQLException {
        return target().setSavepoint();
    }

    @Override
    public Savepoint setSavepoint(String name) throws SQLException {
        return target().setSavepoint(name);
    }

    @Override
    public void rollback(Savepoint savepoint) throws SQLException {
        target().rollback(savepoint);
    }

    @Override
    public void releaseSavepoint(Savepoint savepoint) throws SQLException {
        target().releaseSavepoint(savepoint);
    }

    @Override
    public boolean isValid(int timeout) throws SQLException {
        return !isClosed() && target().isValid(timeout);
    }

    @Override
    public void setClientInfo(String name, String value) throws SQLClientInfoException {
        clientInfoTarget().setClientInfo(name, value);
    }

    @Override
    public void setClientInfo(Properties properties) throws SQLClientInfoException {
        clientInfoTarget().setClientInfo(properties);
    }

    private Connection clientInfoTarget() throws SQLClientInfoException {
        try {
            return touch();
        } catch (SQLException e) {
            throw new SQLClientInfoException(e.getMessage(), e.getSQLState(), e.getErrorCode(), Map.of(), e);
        }
    }

    @Override
    public String getClientInfo(String name) throws SQLException {
        return target().getClientInfo(name);
    }

    @Override
    public Properties getClientInfo() throws SQLException {
        return target().getClientInfo();
    }

    @Override
    public void setSchema(String schema) throws SQLException {
        touch().setSchema(schema);
    }

    @Override
    public String getSchema() throws SQLException {
        return target().getSchema();
    }

    @Override
    public void abort(Executor executor) throws SQLException {
        touch().abort(executor);
    }

    @Override
    public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
        touch().setNetworkTimeout(executor, milliseconds);
    }

    @Override
    public int getNetworkTimeout() throws SQLException {
        return target().getNetworkTimeout();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return touch().unwrap(type); // the driver's own object: anything may be changed through it
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target().isWrapperFor(type);
    }
}
