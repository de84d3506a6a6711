/**
 * The SQL model: statements parsed into named resource accesses ({@code users(id=1)}, {@code users}), per-connection
 * transaction tracking that publishes a transaction's accesses at commit, and the classifier that names SQL
 * anomalies (lost update, write skew, non-repeatable read) in a finished execution.
 *
 * <p>Nothing here touches the JDBC driver or the scheduler: {@code dev.frontrun.internal.jdbc} feeds it.
 */
package dev.frontrun.internal.sql;
