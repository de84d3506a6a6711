package dev.frontrun.internal.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class PgLockWatcherTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private PgLockWatcher watcher;

    @BeforeEach
    void setUp() throws SQLException {
        TestDatabase.run("DROP TABLE IF EXISTS accounts",
                "CREATE TABLE accounts (id int PRIMARY KEY, balance int NOT NULL)",
                "INSERT INTO accounts VALUES (1, 100), (2, 100)");
        watcher = new PgLockWatcher(TestDatabase.connect());
    }

    @AfterEach
    void tearDown() throws Exception {
        pool.shutdownNow();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS), "worker threads ended");
        watcher.close();
    }

    @Test
    void seesThreadBBlockedByTheBackendHoldingItsRowLock() throws Exception {
        try (Connection a = TestDatabase.connect(); Connection b = TestDatabase.connect()) {
            int pidA = PgBackends.pid(a);
            int pidB = PgBackends.pid(b);
            assertNotEquals(pidA, pidB);
            a.setAutoCommit(false);
            try (Statement s = a.createStatement()) {
                s.executeQuery("SELECT * FROM accounts WHERE id = 1 FOR UPDATE").close();
            }
            b.setAutoCommit(false);
            Future<Integer> blocked = pool.submit(() -> {
                try (Statement s = b.createStatement();
                        ResultSet rs = s.executeQuery("SELECT balance FROM accounts WHERE id = 1 FOR UPDATE")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            BackendWait wait = watcher.awaitLockWait(pidB, Duration.ofSeconds(20), Duration.ofMillis(2))
                    .orElseThrow(() -> new AssertionError("B never showed as blocked"));
            assertEquals(List.of(pidA), wait.blockers());
            assertTrue(wait.query().contains("FOR UPDATE"), wait.query());
            assertTrue(wait.blockerQueries().get(pidA).contains("id = 1 FOR UPDATE"), wait.blockerQueries().toString());
            Map<Integer, BackendWait> both = watcher.poll(List.of(pidA, pidB));
            assertFalse(both.get(pidA).waitingOnLock(), "A holds the lock, it does not wait");
            assertEquals("idle in transaction", both.get(pidA).state());
            assertFalse(blocked.isDone());

            a.commit();
            assertEquals(100, blocked.get(20, TimeUnit.SECONDS));
            assertFalse(watcher.poll(List.of(pidB)).get(pidB).waitingOnLock());
            b.rollback();
        }
        assertEquals("gone", watcher.poll(List.of(999_999)).get(999_999).state());
    }
}
