package dev.frontrun.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;

/**
 * JDBC code against a real PostgreSQL is explorable before any SQL-aware layer: the driver's socket reads and
 * writes are scheduling points, so the read-modify-write lost update is found and replays.
 */
class JdbcExplorationTest {

    private static EmbeddedPostgres postgres;
    private static Connection admin;
    private static Connection first;
    private static Connection second;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        admin = postgres.getPostgresDatabase().getConnection();
        try (Statement s = admin.createStatement()) {
            s.execute("create table counter (id int primary key, n int not null)");
            s.execute("insert into counter values (1, 0)");
        }
        // prepareThreshold=0: the driver must not switch to server-side statements after 5 uses, or replays differ
        String url = postgres.getJdbcUrl("postgres", "postgres") + "&prepareThreshold=0";
        first = java.sql.DriverManager.getConnection(url);
        second = java.sql.DriverManager.getConnection(url);
    }

    @AfterAll
    static void stop() throws Exception {
        for (Connection c : new Connection[] {first, second, admin}) {
            if (c != null) {
                c.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    static int read() {
        try (Statement s = admin.createStatement(); ResultSet rs = s.executeQuery("select n from counter where id = 1")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void increment(Connection c) {
        try (PreparedStatement select = c.prepareStatement("select n from counter where id = 1");
                PreparedStatement update = c.prepareStatement("update counter set n = ? where id = 1")) {
            int n;
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                n = rs.getInt(1);
            }
            update.setInt(1, n + 1);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void findsTheLostUpdateInTheDatabase() {
        ExplorationResult r = explore(Strategy.random()).maxAttempts(50).seed(42).reproductions(5).run();
        System.out.println(r.report());
        assertEquals(Verdict.VIOLATED, r.verdict(), r::report);
        // JDBC statements are the scheduling points, on the row the parsed SQL names (not the raw socket)
        assertTrue(r.explanation().contains("[read counter(id=1)] select n from counter where id = 1"),
                r::explanation);
        assertTrue(r.explanation().contains("update counter set n = ? where id = 1"), r::explanation);
        assertTrue(r.reproductionSuccesses() >= 4, r::report);
        assertTrue(r.explanation().contains("JdbcExplorationTest.java:"), r::explanation);
        // replays through a real database are not always exact (see the report); show why when one is not
        ExplorationResult replay = explore(Strategy.replay(r.counterexample().orElseThrow())).reproductions(0).run();
        System.out.println("replay: " + replay.verdict() + " " + replay.inconclusiveReason().orElse(""));
    }

    private static dev.frontrun.ExplorationBuilder<Connection[]> explore(Strategy strategy) {
        return Frontrun.explore(() -> {
            try (Statement s = admin.createStatement()) {
                s.execute("update counter set n = 0 where id = 1");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return new Connection[] {first, second};
        })
                .worker(c -> increment(c[0]))
                .worker(c -> increment(c[1]))
                .invariant(c -> read() == 2)
                .strategy(strategy)
                .blockingThreshold(Duration.ofMillis(200));
    }
}
