package dev.frontrun.internal.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class PgDeadlockTest {

    private static final String[][] UPDATES = {
        {"UPDATE accounts SET balance = balance + 10 WHERE id = 1", "UPDATE accounts SET balance = balance + 10 WHERE id = 2"},
        {"UPDATE accounts SET balance = balance - 10 WHERE id = 2", "UPDATE accounts SET balance = balance - 10 WHERE id = 1"},
    };

    @Test
    void oppositeOrderUpdatesGiveADeadlockMessageNamingBothStatements() throws Exception {
        TestDatabase.run("DROP TABLE IF EXISTS accounts",
                "CREATE TABLE accounts (id int PRIMARY KEY, balance int NOT NULL)",
                "INSERT INTO accounts VALUES (1, 100), (2, 100)");
        ExecutorService workers = Executors.newFixedThreadPool(2);
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
        List<Connection> connections = new ArrayList<>();
        try (PgLockWatcher watcher = new PgLockWatcher(TestDatabase.connect())) {
            List<Integer> pids = new ArrayList<>();
            List<Exception> pollErrors = new java.util.concurrent.CopyOnWriteArrayList<>();
            for (int i = 0; i < 2; i++) {
                Connection c = TestDatabase.connect();
                try (Statement s = c.createStatement()) {
                    s.execute("SET deadlock_timeout = '1s'");
                }
                c.setAutoCommit(false);
                connections.add(c);
                pids.add(PgBackends.pid(c));
            }
            watcher.poll(pids); // warm up (type lookups, class loading) before the race starts
            poller.scheduleWithFixedDelay(() -> {
                try {
                    watcher.poll(pids);
                } catch (SQLException | RuntimeException e) {
                    pollErrors.add(e);
                }
            }, 0, 5, TimeUnit.MILLISECONDS);
            CyclicBarrier bothHoldOneRow = new CyclicBarrier(2);
            List<Future<Optional<SQLException>>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Connection c = connections.get(i);
                String[] mine = UPDATES[i];
                results.add(workers.submit(() -> {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate(mine[0]);
                        bothHoldOneRow.await(20, TimeUnit.SECONDS);
                        s.executeUpdate(mine[1]);
                        c.commit();
                        return Optional.<SQLException>empty();
                    } catch (SQLException e) {
                        c.rollback();
                        return Optional.of(e);
                    }
                }));
            }
            List<SQLException> failures = new ArrayList<>();
            for (Future<Optional<SQLException>> f : results) {
                f.get(30, TimeUnit.SECONDS).ifPresent(failures::add);
            }
            poller.shutdown();
            assertTrue(poller.awaitTermination(10, TimeUnit.SECONDS));

            assertEquals(List.of(), pollErrors);
            assertEquals(1, failures.size(), "PostgreSQL aborts exactly one of the two transactions");
            PgDeadlock deadlock = PgDeadlock.from(failures.get(0))
                    .orElseThrow(() -> new AssertionError("not a deadlock: " + failures.get(0)));
            assertEquals(2, deadlock.cycle().size());
            assertTrue(pids.contains(deadlock.victim()));
            String message = deadlock.describe(watcher::lastBlockedQuery, pid -> "thread " + pids.indexOf(pid));
            int victim = pids.indexOf(deadlock.victim());
            assertTrue(message.contains("thread 0 (backend " + pids.get(0) + ") waits for"), message);
            assertTrue(message.contains("in: " + UPDATES[0][1]), message);
            assertTrue(message.contains("in: " + UPDATES[1][1]), message);
            assertTrue(message.contains("aborted the transaction of thread " + victim), message);
            assertTrue(message.contains("relation \"accounts\""), message);
        } finally {
            poller.shutdownNow();
            workers.shutdownNow();
            assertTrue(workers.awaitTermination(30, TimeUnit.SECONDS));
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    @Test
    void otherErrorsAreNotDeadlocks() {
        assertTrue(PgDeadlock.from(new SQLException("nope", "42P01")).isEmpty());
        assertTrue(PgDeadlock.from(new RuntimeException(new SQLException("d", "40P01"))).isPresent());
    }
}
