/**
 * JDBC interception for any driver: byte-buddy advice on implementations of {@code java.sql.Statement},
 * {@code PreparedStatement}, {@code CallableStatement} and {@code Connection} reports each execution, commit,
 * rollback and auto-commit change to one global {@link dev.frontrun.internal.jdbc.JdbcEventListener}, before it
 * happens (with SQL, bound parameters, the parsed accesses and the application source site) and after (its outcome).
 *
 * <p>Layers: {@link dev.frontrun.internal.jdbc.JdbcInstrumentation} (matchers and advice),
 * {@link dev.frontrun.internal.jdbc.JdbcHooks} (the static entry points the advice calls, with the re-entrancy
 * guard), {@link dev.frontrun.internal.jdbc.JdbcEvents} (the listener registry). With no listener the advice costs a
 * volatile read.
 *
 * <p>{@link dev.frontrun.internal.jdbc.ScenarioConnections} keeps the server sessions a scenario opens through
 * {@code ScenarioContext.connect()} and hands them out again, reset, reporting each take and give-back as the
 * connect and close it stands for.
 */
package dev.frontrun.internal.jdbc;
