package dev.frontrun.io;

import static dev.frontrun.io.DatabaseRacesTest.transaction;
import static dev.frontrun.io.DatabaseRacesTest.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;
import dev.frontrun.internal.pg.TestDatabase;

/**
 * The {@code pg_locks} fallback needs no property: with {@code frontrun.jdbc.url} unset, the lock watcher reaches
 * the server through the details of the application's own connections, and the inconclusive result names the
 * statement the database model did not foresee.
 */
@Timeout(120)
class PgLockFallbackTest {

    private static Connection admin;
    private static Connection first;
    private static Connection second;

    @BeforeAll
    static void open() throws SQLException {
        TestDatabase.run("drop table if exists fallback_items",
                "create table fallback_items (id int primary key, qty int not null)");
        admin = TestDatabase.connect();
        first = DriverManager.getConnection(TestDatabase.url() + "&prepareThreshold=0");
        second = DriverManager.getConnection(TestDatabase.url() + "&prepareThreshold=0");
    }

    @AfterAll
    static void close() throws SQLException {
        for (Connection c : new Connection[] {first, second, admin}) {
            c.close();
        }
    }

    @Test
    void aWaitTheModelDoesNotForeseeIsSeenWithoutAnyPropertyAndNamed() {
        assertNull(System.getProperty("frontrun.jdbc.url"));
        // an advisory lock is a wait no model of frontrun's covers: PostgreSQL makes the second thread wait
        ExplorationResult r = Frontrun.explore(() -> {
            try {
                update(admin, "delete from fallback_items; insert into fallback_items values (1, 0)");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return new Connection[] {first, second};
        })
                .worker(c -> transaction(x -> take(x)).accept(c[0]))
                .worker(c -> transaction(x -> take(x)).accept(c[1]))
                .invariant(c -> true)
                .strategy(Strategy.dpor())
                .maxAttempts(20)
                .blockingThreshold(Duration.ofMillis(300))
                .totalTimeout(Duration.ofSeconds(60))
                .run();
        System.out.println(r.report());
        assertEquals(Verdict.INCONCLUSIVE, r.verdict(), r.report());
        String reason = r.inconclusiveReason().orElse("");
        assertTrue(reason.contains("waited in PostgreSQL for a lock the database model does not foresee, in: "
                + "select pg_advisory_xact_lock(7)"), reason);
    }

    private static void take(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("select pg_advisory_xact_lock(7)");
        }
        update(c, "update fallback_items set qty = qty + 1 where id = 1");
    }
}
