package dev.frontrun.internal.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.frontrun.internal.pg.TestDatabase;
import dev.frontrun.internal.sql.SqlAnomaly;
import dev.frontrun.internal.sql.SqlAnomalyClassifier;
import dev.frontrun.internal.sql.TransactionLog;

/**
 * The whole chain on real PostgreSQL: two threads forced into the bad interleaving, their JDBC calls intercepted,
 * grouped into transactions, and the anomaly named; the database state confirms it happened.
 */
@Timeout(60)
class SqlAnomaliesOnPostgresTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final Map<Thread, Integer> threadIndex = new ConcurrentHashMap<>();
    private final TransactionLog log = new TransactionLog();
    private final Turns turns = new Turns();

    @AfterEach
    void tearDown() throws InterruptedException {
        JdbcEvents.setListener(null);
        pool.shutdownNow();
        pool.awaitTermination(30, TimeUnit.SECONDS);
    }

    /** Lets thread code wait for its numbered step; every wait has a timeout. */
    static final class Turns {
        private int next;

        synchronized void await(int step) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 20_000;
            while (next != step) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    throw new IllegalStateException("step " + step + " never came (at " + next + ")");
                }
                wait(left);
            }
        }

        synchronized void done() {
            next++;
            notifyAll();
        }
    }

    interface Body {
        void run(Connection c) throws Exception;
    }

    private Future<?> thread(int index, Body body) {
        return pool.submit(() -> {
            threadIndex.put(Thread.currentThread(), index);
            try (Connection c = TestDatabase.connect()) {
                c.setAutoCommit(false);
                body.run(c);
            }
            return null;
        });
    }

    private void listen() {
        JdbcEvents.setListener(new TransactionRecorder(log, t -> threadIndex.getOrDefault(t, -1)));
    }

    private static int queryInt(Connection c, String sql, int param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void update(Connection c, String sql, int... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setInt(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    @Test
    void hibernateStyleLostUpdate() throws Exception {
        TestDatabase.run("DROP TABLE IF EXISTS users", "CREATE TABLE users (id int PRIMARY KEY, name text,"
                + " login_count int NOT NULL)", "INSERT INTO users VALUES (1, 'alice', 0)");
        listen();
        String select = "select u1_0.login_count from users u1_0 where u1_0.id=?";
        String write = "update users set login_count=? where id=?";
        List<Future<?>> threads = List.of(
                thread(0, c -> {
                    turns.await(0);
                    int n = queryInt(c, select, 1);
                    turns.done();
                    turns.await(2);
                    update(c, write, n + 1, 1);
                    c.commit();
                    turns.done();
                }),
                thread(1, c -> {
                    turns.await(1);
                    int n = queryInt(c, select, 1);
                    turns.done();
                    turns.await(3);
                    update(c, write, n + 1, 1);
                    c.commit();
                    turns.done();
                }));
        for (Future<?> f : threads) {
            f.get(30, TimeUnit.SECONDS);
        }
        JdbcEvents.setListener(null);
        try (Connection c = TestDatabase.connect()) {
            assertEquals(1, queryInt(c, "select login_count from users where id = ?", 1), "one increment was lost");
        }
        SqlAnomaly a = SqlAnomalyClassifier.first(log.committed()).orElseThrow(
                () -> new AssertionError("no anomaly in " + log.committed()));
        assertEquals("Lost update on users(id=1): threads 0 and 1 both read it before either committed its write.",
                a.summary());
    }

    @Test
    void twoDoctorsOnCallWriteSkew() throws Exception {
        TestDatabase.run("DROP TABLE IF EXISTS doctors", "CREATE TABLE doctors (id int PRIMARY KEY, name text,"
                + " on_call boolean NOT NULL, shift_id int NOT NULL)",
                "INSERT INTO doctors VALUES (1, 'Alice', true, 1), (2, 'Bob', true, 1)");
        listen();
        String count = "select count(*) from doctors where on_call and shift_id = ?";
        String goOff = "update doctors set on_call = false where id = ?";
        List<Future<?>> threads = List.of(
                thread(0, c -> {
                    turns.await(0);
                    int onCall = queryInt(c, count, 1);
                    turns.done();
                    turns.await(2);
                    if (onCall >= 2) {
                        update(c, goOff, 1);
                    }
                    c.commit();
                    turns.done();
                }),
                thread(1, c -> {
                    turns.await(1);
                    int onCall = queryInt(c, count, 1);
                    turns.done();
                    turns.await(3);
                    if (onCall >= 2) {
                        update(c, goOff, 2);
                    }
                    c.commit();
                    turns.done();
                }));
        for (Future<?> f : threads) {
            f.get(30, TimeUnit.SECONDS);
        }
        JdbcEvents.setListener(null);
        try (Connection c = TestDatabase.connect()) {
            assertEquals(0, queryInt(c, "select count(*) from doctors where on_call and shift_id = ?", 1),
                    "nobody is on call any more");
        }
        SqlAnomaly a = SqlAnomalyClassifier.first(log.committed()).orElseThrow(
                () -> new AssertionError("no anomaly in " + log.committed()));
        assertEquals(SqlAnomaly.Type.WRITE_SKEW, a.type(), a.explain());
        assertEquals(List.of(0, 1), a.threads());
        assertEquals("[doctors(id=1), doctors(id=2)]", a.resources().toString());
    }
}
