package dev.frontrun.maven.internal.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The few JDBC operations the providers need, through the PostgreSQL driver directly (never {@code DriverManager},
 * which does not see drivers of a Maven plugin's class realm), each with connect and socket timeouts.
 */
final class Jdbc {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private Jdbc() {
    }

    /** Opens a connection; fails after {@code timeout} when the server does not answer. */
    static Connection connect(String url, String user, String password, Duration timeout) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        String seconds = Long.toString(Math.max(1, timeout.toSeconds()));
        props.setProperty("connectTimeout", seconds);
        props.setProperty("loginTimeout", seconds);
        props.setProperty("socketTimeout", Long.toString(Math.max(10, timeout.toSeconds() * 2)));
        props.setProperty("ApplicationName", "frontrun");
        Connection connection = new org.postgresql.Driver().connect(url, props);
        if (connection == null) {
            throw new SQLException("the PostgreSQL driver does not accept the URL " + url
                    + " (expected jdbc:postgresql://host:port/database)");
        }
        return connection;
    }

    /** Runs {@code SELECT 1} and returns the server's {@code server_version}. */
    static String probe(String url, String user, String password, Duration timeout) throws SQLException {
        try (Connection c = connect(url, user, password, timeout); Statement s = c.createStatement()) {
            try (ResultSet one = s.executeQuery("SELECT 1")) {
                one.next();
            }
            try (ResultSet version = s.executeQuery("SHOW server_version")) {
                version.next();
                return version.getString(1);
            }
        }
    }

    /** Checks a database name: lower-case letters, digits and underscores, at most 63 characters. */
    static String checkDatabaseName(String name) {
        if (name == null || !DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid database name '" + name
                    + "': use lower-case letters, digits and '_', start with a letter or '_', at most 63 characters"
                    + " (see DatabaseNames.forScenario)");
        }
        return name;
    }

    /** Creates a database on the server of {@code admin}; fails when it exists already. */
    static PostgresEndpoint createDatabase(PostgresEndpoint admin, String name, Duration timeout)
            throws DatabaseException {
        checkDatabaseName(name);
        try (Connection c = connect(admin.jdbcUrl(), admin.user(), admin.password(), timeout);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            throw new DatabaseException("Could not create database '" + name + "' on " + admin.describe() + ": "
                    + e.getMessage() + ". Check that the user may CREATE DATABASE and that no database of that name"
                    + " is left from an earlier run.", e);
        }
        return admin.withDatabase(name);
    }

    /** Drops a database (disconnecting its sessions); returns an error text instead of throwing, for cleanup. */
    static String dropDatabase(PostgresEndpoint admin, String name, Duration timeout) {
        checkDatabaseName(name);
        try (Connection c = connect(admin.jdbcUrl(), admin.user(), admin.password(), timeout);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
