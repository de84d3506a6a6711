package dev.frontrun.internal.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.frontrun.internal.jdbc.JdbcEvent;
import dev.frontrun.internal.jdbc.JdbcEventListener;
import dev.frontrun.internal.jdbc.JdbcEvents;
import dev.frontrun.internal.jdbc.JdbcOutcome;

/** Blocked threads and deadlocks seen through intercepted JDBC calls, on real PostgreSQL. */
@Timeout(60)
class PgWaitTrackerTest {

    private final AtomicInteger names = new AtomicInteger();
    private final ExecutorService workers = Executors.newFixedThreadPool(2,
            r -> new Thread(r, "worker-" + names.getAndIncrement()));
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
    private PgLockWatcher watcher;
    private PgWaitTracker tracker;

    @BeforeEach
    void setUp() throws SQLException {
        TestDatabase.run("DROP TABLE IF EXISTS accounts",
                "CREATE TABLE accounts (id int PRIMARY KEY, balance int NOT NULL)",
                "INSERT INTO accounts VALUES (1, 100), (2, 100)");
        watcher = new PgLockWatcher(TestDatabase.connect());
        tracker = new PgWaitTracker(watcher);
    }

    @AfterEach
    void tearDown() throws Exception {
        JdbcEvents.setListener(null);
        poller.shutdownNow();
        workers.shutdownNow();
        assertTrue(workers.awaitTermination(30, TimeUnit.SECONDS));
        assertTrue(poller.awaitTermination(30, TimeUnit.SECONDS));
        watcher.close();
    }

    @Test
    void knowsWhichThreadBlocksWhich() throws Exception {
        JdbcEvents.setListener(tracker);
        try (Connection a = TestDatabase.connect(); Connection b = TestDatabase.connect()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            try (Statement s = a.createStatement()) {
                s.executeQuery("SELECT * FROM accounts WHERE id = 1 FOR UPDATE").close();
            }
            Future<?> blocked = workers.submit(() -> {
                try (Statement s = b.createStatement()) {
                    s.executeQuery("SELECT * FROM accounts WHERE id = 1 FOR UPDATE").close();
                }
                b.commit();
                return null;
            });
            PgWaitTracker.BlockedThread seen = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (seen == null && System.nanoTime() < deadline) {
                Map<Thread, PgWaitTracker.BlockedThread> now = tracker.blockedThreads();
                seen = now.values().stream().findFirst().orElse(null);
                Thread.sleep(2);
            }
            assertNotNull(seen, "the worker never showed as blocked");
            assertEquals("worker-0", seen.thread().getName());
            assertEquals(List.of(Thread.currentThread()), seen.blockers(), "blocked by this thread's transaction");
            assertEquals(List.of(), seen.foreignBlockers());
            assertEquals("SELECT * FROM accounts WHERE id = 1 FOR UPDATE", seen.statement());
            a.commit();
            blocked.get(20, TimeUnit.SECONDS);
            assertTrue(tracker.blockedThreads().isEmpty());
        }
    }

    @Test
    void deadlockThroughInterceptedJdbcNamesThreadsAndStatements() throws Exception {
        String[][] updates = {
            {"UPDATE accounts SET balance = balance + 10 WHERE id = 1", "UPDATE accounts SET balance = balance + 10 WHERE id = 2"},
            {"UPDATE accounts SET balance = balance - 10 WHERE id = 2", "UPDATE accounts SET balance = balance - 10 WHERE id = 1"},
        };
        List<String> messages = new CopyOnWriteArrayList<>();
        JdbcEvents.setListener(new JdbcEventListener() {
            @Override
            public void before(JdbcEvent event) {
                tracker.before(event);
            }

            @Override
            public void after(JdbcEvent event, JdbcOutcome outcome) {
                tracker.after(event, outcome);
                tracker.deadlockMessage(event, outcome, Thread::getName).ifPresent(messages::add);
            }
        });
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                Connection c = TestDatabase.connect();
                try (Statement s = c.createStatement()) {
                    s.execute("SET deadlock_timeout = '1s'");
                }
                c.setAutoCommit(false);
                connections.add(c);
            }
            poller.scheduleWithFixedDelay(() -> {
                try {
                    tracker.blockedThreads();
                } catch (SQLException e) {
                    // the next poll retries
                }
            }, 0, 5, TimeUnit.MILLISECONDS);
            CyclicBarrier bothHoldOneRow = new CyclicBarrier(2);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Connection c = connections.get(i);
                String[] mine = updates[i];
                results.add(workers.submit(() -> {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate(mine[0]);
                        bothHoldOneRow.await(20, TimeUnit.SECONDS);
                        s.executeUpdate(mine[1]);
                        c.commit();
                        return true;
                    } catch (SQLException e) {
                        c.rollback();
                        return false;
                    }
                }));
            }
            int committed = 0;
            for (Future<Boolean> f : results) {
                committed += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, committed);
            assertEquals(1, messages.size(), messages.toString());
            String message = messages.get(0);
            assertTrue(message.startsWith("Database deadlock detected by PostgreSQL (SQLState 40P01)"), message);
            assertTrue(message.contains("worker-0 (backend "), message);
            assertTrue(message.contains("worker-1 (backend "), message);
            assertTrue(message.contains("in: " + updates[0][1]), message);
            assertTrue(message.contains("in: " + updates[1][1]), message);
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }
}
