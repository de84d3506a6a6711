package dev.frontrun.it.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server the walkthrough and the integration tests use: an embedded server (io.zonky, started in this
 * JVM's temp directory, listening on loopback) unless {@code -Dfrontrun.jdbc.url} names an external one, with
 * {@code frontrun.jdbc.user} and {@code frontrun.jdbc.password}.
 */
public final class Database implements AutoCloseable {

    /** System property: JDBC URL of an external PostgreSQL to use instead of the embedded one. */
    public static final String URL_PROPERTY = "frontrun.jdbc.url";
    /** System property: the external server's user (default {@code postgres}). */
    public static final String USER_PROPERTY = "frontrun.jdbc.user";
    /** System property: the external server's password (default empty). */
    public static final String PASSWORD_PROPERTY = "frontrun.jdbc.password";

    private static Database shared;

    private final String url;
    private final String user;
    private final String password;
    private final String provider;
    private final EmbeddedPostgres embedded;

    private Database(String url, String user, String password, String provider, EmbeddedPostgres embedded) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.provider = provider;
        this.embedded = embedded;
    }

    /**
     * Returns the server of this JVM, starting it on first use; it stops when the JVM exits. Its endpoint is then
     * also in the {@code frontrun.jdbc.*} system properties, where frontrun's scheduler finds it to watch locks.
     *
     * @return the database
     */
    public static synchronized Database shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "frontrun-db-stop"));
            String given = System.getProperty(URL_PROPERTY);
            if (given == null || given.isBlank()) {
                // lets frontrun's scheduler watch this server's locks (pg_locks) while it explores
                System.setProperty(URL_PROPERTY, shared.url);
                System.setProperty(USER_PROPERTY, shared.user);
                System.setProperty(PASSWORD_PROPERTY, shared.password);
            }
        }
        return shared;
    }

    /**
     * Starts (embedded) or connects to (external) a server, per the system properties.
     *
     * @return the database
     */
    public static Database start() {
        String external = System.getProperty(URL_PROPERTY);
        if (external != null && !external.isBlank()) {
            Database db = new Database(external, System.getProperty(USER_PROPERTY, "postgres"),
                    System.getProperty(PASSWORD_PROPERTY, ""), "external", null);
            try (Connection c = db.connect()) {
                c.createStatement().execute("select 1");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot connect to the external PostgreSQL at " + external + " as "
                        + db.user + ": " + e.getMessage() + ". Check that the server runs and accepts this user and"
                        + " password (-D" + USER_PROPERTY + ", -D" + PASSWORD_PROPERTY + "), or drop -D" + URL_PROPERTY
                        + " to use the embedded server.", e);
            }
            return db;
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            return new Database(pg.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded", pg);
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start: " + e.getMessage()
                    + ". It unpacks to the temp directory and needs a few hundred MB there; or give an external"
                    + " server with -D" + URL_PROPERTY + "=jdbc:postgresql://127.0.0.1:5432/db", e);
        }
    }

    /**
     * @return a new connection
     * @throws SQLException when the server refuses it
     */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** @return the JDBC URL */
    public String url() {
        return url;
    }

    /** @return the user */
    public String user() {
        return user;
    }

    /** @return the password */
    public String password() {
        return password;
    }

    /** @return {@code embedded} or {@code external} */
    public String provider() {
        return provider;
    }

    /** @return the server's version string, e.g. {@code 17.6} */
    public String serverVersion() {
        try (Connection c = connect()) {
            return c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    @Override
    public synchronized void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                System.err.println("[frontrun] the embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
