package dev.frontrun.maven.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class EmbeddedPostgresProviderTest {

    @Test
    void startsCreatesIsolatedDatabasesAndCloses() throws Exception {
        PostgresEndpoint admin;
        try (PostgresProvider provider = new EmbeddedPostgresProvider(PostgresSettings.defaults(), System.out::println)) {
            admin = provider.start();
            assertEquals("embedded", admin.provider());
            assertTrue(admin.jdbcUrl().startsWith("jdbc:postgresql://127.0.0.1:"), admin.jdbcUrl());
            assertTrue(admin.serverVersion().matches("\\d+(\\.\\d+)?.*"), admin.serverVersion());
            assertEquals(List.of("off"), Sql.column(admin, "SHOW fsync"));
            assertEquals(List.of("127.0.0.1"), Sql.column(admin, "SHOW listen_addresses"));

            PostgresEndpoint a = provider.createDatabase("fr_1_a");
            PostgresEndpoint b = provider.createDatabase("fr_2_b");
            assertEquals("fr_1_a", a.database());
            assertTrue(a.jdbcUrl().endsWith("/fr_1_a"), a.jdbcUrl());
            assertEquals(List.of("fr_1_a"), Sql.column(a, "SELECT current_database()"));

            Sql.execute(a, "CREATE TABLE account (id int PRIMARY KEY, balance int)");
            Sql.execute(a, "INSERT INTO account VALUES (1, 100)");
            assertEquals(List.of("account"), Sql.tables(a));
            assertEquals(List.of(), Sql.tables(b), "database b must not see a's table");
            Sql.execute(b, "CREATE TABLE account (id int PRIMARY KEY, balance int)");
            assertEquals(List.of(), Sql.column(b, "SELECT balance FROM account"), "b's table is its own, empty");
        }
        assertThrows(SQLException.class,
                () -> Jdbc.probe(admin.jdbcUrl(), admin.user(), admin.password(), Duration.ofSeconds(2)),
                "the server must be stopped after close");
    }

    @Test
    void rejectsInvalidDatabaseNames() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> Jdbc.checkDatabaseName("Robert'); DROP"));
        assertEquals("fr_3_com_example_transfertest_race", DatabaseNames.forScenario("com.example.TransferTest#race", 3));
        assertTrue(DatabaseNames.forScenario("x".repeat(200), 12).length() <= 63);
    }
}
