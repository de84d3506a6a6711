package dev.frontrun.io;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Predicate;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.internal.pg.TestDatabase;

/**
 * Two application connections and an admin connection to the embedded PostgreSQL, and explorations of two
 * threads, one per connection. No {@code frontrun.jdbc.*} property is set: the lock watcher finds the server through
 * the application's connections.
 */
final class PgScenarios {

    final Connection admin;
    final Connection first;
    final Connection second;

    private PgScenarios(Connection admin, Connection first, Connection second) {
        this.admin = admin;
        this.first = first;
        this.second = second;
    }

    static PgScenarios open(String... ddl) throws SQLException {
        TestDatabase.run(ddl);
        // prepareThreshold=0: the driver must not switch to server-side statements after 5 uses, or replays differ
        return new PgScenarios(TestDatabase.connect(),
                DriverManager.getConnection(TestDatabase.url() + "&prepareThreshold=0"),
                DriverManager.getConnection(TestDatabase.url() + "&prepareThreshold=0"));
    }

    void close() throws SQLException {
        for (Connection c : new Connection[] {first, second, admin}) {
            c.close();
        }
    }

    /**
     * Thread 0 runs {@code a} on the first connection, thread 1 {@code b} on the second, after {@code reset} on the
     * admin connection; the invariant is checked on the admin connection.
     */
    ExplorationResult explore(Strategy strategy, int attempts, String reset, Consumer<Connection> a,
            Consumer<Connection> b, Predicate<Connection> invariant) {
        ExplorationResult r = Frontrun.explore(() -> {
            try {
                DatabaseRacesTest.update(admin, reset);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return new Connection[] {first, second};
        })
                .worker(c -> a.accept(c[0]))
                .worker(c -> b.accept(c[1]))
                .invariant(c -> invariant.test(admin))
                .strategy(strategy)
                .maxAttempts(attempts)
                .reproductions(3)
                .blockingThreshold(Duration.ofMillis(500))
                .run();
        System.out.println(r.report());
        return r;
    }

    static boolean holds(Connection admin, DatabaseRacesTest.Body check) {
        try {
            check.run(admin);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (AssertionError e) {
            return false;
        }
    }
}
