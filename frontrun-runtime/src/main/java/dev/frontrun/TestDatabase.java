package dev.frontrun;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The PostgreSQL that {@code frontrun:start-postgres} started for the tests (or any server named by the system
 * properties {@code frontrun.jdbc.url}, {@code frontrun.jdbc.user}, {@code frontrun.jdbc.password}).
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /**
     * @return the JDBC URL
     * @throws IllegalStateException when no database was handed to the tests, saying how to get one
     */
    public static String url() {
        String url = System.getProperty("frontrun.jdbc.url");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("No database for the tests: add the frontrun-maven-plugin goals"
                    + " start-postgres and stop-postgres (with prepare-agent's argLine passed to Surefire), or set"
                    + " -Dfrontrun.jdbc.url=jdbc:postgresql://127.0.0.1:5432/db (and frontrun.jdbc.user/password).");
        }
        return url;
    }

    /** @return the user ({@code postgres} when not set) */
    public static String user() {
        return System.getProperty("frontrun.jdbc.user", "postgres");
    }

    /** @return the password (empty when not set) */
    public static String password() {
        return System.getProperty("frontrun.jdbc.password", "");
    }

    /**
     * @return a new connection to the database
     * @throws SQLException when it cannot be opened
     */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }
}
