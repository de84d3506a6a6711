/**
 * PostgreSQL awareness: which backend a JDBC connection talks to, whether that backend is waiting on a lock and
 * which backends hold it ({@link dev.frontrun.internal.pg.PgLockWatcher}), and the explanation of a deadlock
 * PostgreSQL detected ({@link dev.frontrun.internal.pg.PgDeadlock}).
 *
 * <p>The PostgreSQL driver is not a compile-time dependency: it is reached through {@code java.sql} and reflection.
 */
package dev.frontrun.internal.pg;
