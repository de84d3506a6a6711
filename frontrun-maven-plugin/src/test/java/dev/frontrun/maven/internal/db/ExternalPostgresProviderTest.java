package dev.frontrun.maven.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class ExternalPostgresProviderTest {

    @Test
    void usesAGivenServerAndDropsItsDatabasesOnClose() throws Exception {
        try (PostgresProvider embedded = new EmbeddedPostgresProvider(PostgresSettings.defaults(), s -> { })) {
            PostgresEndpoint server = embedded.start();
            PostgresSettings settings = PostgresSettings.defaults().withDatabase("external")
                    .withExternal(server.jdbcUrl() + "?sslmode=disable", server.user(), server.password());
            try (PostgresProvider external = PostgresProviders.create(settings, System.out::println)) {
                PostgresEndpoint admin = external.start();
                assertEquals("external", admin.provider());
                assertEquals(server.serverVersion(), admin.serverVersion());
                PostgresEndpoint scenario = external.createDatabase("fr_1_external");
                assertTrue(scenario.jdbcUrl().endsWith("/fr_1_external?sslmode=disable"), scenario.jdbcUrl());
                Sql.execute(scenario, "CREATE TABLE t (x int)");
                assertEquals(1, Sql.column(server, "SELECT datname FROM pg_database WHERE datname = 'fr_1_external'")
                        .size());
            }
            assertTrue(Sql.column(server, "SELECT datname FROM pg_database WHERE datname = 'fr_1_external'").isEmpty(),
                    "the external provider must drop the databases it created");
        }
    }

    @Test
    void aServerThatDoesNotAnswerGivesAClearError() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        PostgresSettings settings = PostgresSettings.defaults().withDatabase("external")
                .withExternal("jdbc:postgresql://127.0.0.1:" + closedPort + "/app", "app", "secret")
                .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(1));
        long started = System.nanoTime();
        DatabaseException e = assertThrows(DatabaseException.class,
                () -> new ExternalPostgresProvider(settings, s -> { }).start());
        String message = e.getMessage();
        assertTrue(message.contains("Cannot connect to the external PostgreSQL at jdbc:postgresql://127.0.0.1:"
                + closedPort + "/app as user 'app'"), message);
        assertTrue(message.contains("Check that the server is running"), message);
        assertTrue(message.contains("frontrun.jdbc.url"), message);
        assertTrue(message.contains("-Dfrontrun.database=embedded"), message);
        assertFalse(message.contains("secret"), "the password must not appear in messages");
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(15).toNanos(), "the error must come quickly");
    }

    @Test
    void aMissingUrlAndAnUnknownProviderSayWhatToSet() {
        DatabaseException noUrl = assertThrows(DatabaseException.class,
                () -> new ExternalPostgresProvider(PostgresSettings.defaults().withDatabase("external"), s -> { })
                        .start());
        assertTrue(noUrl.getMessage().contains("frontrun.jdbc.url"), noUrl.getMessage());
        DatabaseException unknown = assertThrows(DatabaseException.class,
                () -> PostgresProviders.create(PostgresSettings.defaults().withDatabase("mysql"), s -> { }));
        assertTrue(unknown.getMessage().contains("use auto"), unknown.getMessage());
    }

    @Test
    void jdbcUrlsKeepHostsAndParameters() {
        assertEquals("jdbc:postgresql://h:1/x?ssl=true", JdbcUrls.withDatabase("jdbc:postgresql://h:1/db?ssl=true", "x"));
        assertEquals("jdbc:postgresql://h:1/x", JdbcUrls.withDatabase("jdbc:postgresql://h:1", "x"));
        assertEquals("jdbc:postgresql://a:1,b:2/x", JdbcUrls.withDatabase("jdbc:postgresql://a:1,b:2/", "x"));
        assertEquals("db", JdbcUrls.database("jdbc:postgresql://h:1/db?ssl=true", "u"));
        assertEquals("u", JdbcUrls.database("jdbc:postgresql://h:1/", "u"));
    }
}
