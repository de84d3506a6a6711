package dev.frontrun.internal.pg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** One embedded PostgreSQL per test JVM (zonky), started on first use on a loopback port, stopped at exit by zonky's shutdown hook. */
public final class TestDatabase {

    private static EmbeddedPostgres postgres;

    private TestDatabase() {
    }

    /** @return the JDBC URL of the embedded server's {@code postgres} database */
    public static synchronized String url() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1")
                        .setRegisterShutdownHook(true).start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /**
     * @return a new connection (auto-commit) with a lock timeout, so that no test can hang on a lock
     * @throws SQLException when the server refuses
     */
    public static Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url());
        try (Statement s = c.createStatement()) {
            s.execute("SET lock_timeout = '20s'");
        }
        return c;
    }

    /**
     * Runs DDL/DML statements in auto-commit mode on a fresh connection.
     *
     * @param sql the statements
     * @throws SQLException when one fails
     */
    public static void run(String... sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String each : sql) {
                s.execute(each);
            }
        }
    }
}
