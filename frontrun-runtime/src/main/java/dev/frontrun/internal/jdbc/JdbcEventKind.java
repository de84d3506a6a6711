package dev.frontrun.internal.jdbc;

/** What a {@link JdbcEvent} reports. */
public enum JdbcEventKind {
    /** {@code execute}, {@code executeQuery}, {@code executeUpdate}, {@code executeLargeUpdate}. */
    EXECUTE,
    /** {@code executeBatch}, {@code executeLargeBatch}: several statements at once. */
    EXECUTE_BATCH,
    /** {@code Connection.commit()}. */
    COMMIT,
    /** {@code Connection.rollback()}. */
    ROLLBACK,
    /** {@code Connection.rollback(Savepoint)}. */
    ROLLBACK_TO_SAVEPOINT,
    /** {@code Connection.setSavepoint(...)} (the savepoint object is known only after it returned). */
    SET_SAVEPOINT,
    /** {@code Connection.releaseSavepoint(Savepoint)}. */
    RELEASE_SAVEPOINT,
    /** {@code Connection.setAutoCommit(boolean)}. */
    SET_AUTO_COMMIT,
    /** {@code Connection.close()}. */
    CLOSE,
    /**
     * {@code Driver.connect} or {@code DataSource.getConnection}: opening (or taking from a pool) a connection. Its
     * socket traffic belongs to it and is no scheduling point: a new connection shares nothing with other threads.
     */
    CONNECT
}
