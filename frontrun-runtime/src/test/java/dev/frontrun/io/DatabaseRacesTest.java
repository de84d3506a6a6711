package dev.frontrun.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;
import dev.frontrun.internal.pg.TestDatabase;

/**
 * DPOR over plain JDBC transactions on the real embedded PostgreSQL: the anomalies the SQL layer names are found by
 * exploration, row locks are part of the scheduler's model (a transaction waiting for another's row is a thread
 * waiting for a lock, two waiting for each other a database deadlock), and correctly locked code is proven safe.
 */
@Timeout(300)
class DatabaseRacesTest {

    private static Connection admin;
    private static Connection first;
    private static Connection second;

    @BeforeAll
    static void open() throws SQLException {
        TestDatabase.run(
                "drop table if exists doctors", "create table doctors (id int primary key, on_call boolean not null)",
                "drop table if exists accounts",
                "create table accounts (id int primary key, balance int not null)",
                "drop table if exists ledger", "create table ledger (id int not null, balance int not null)");
        admin = TestDatabase.connect();
        // what the Maven plugin sets for every scenario: the scheduler watches pg_locks through this server
        System.setProperty("frontrun.jdbc.url", TestDatabase.url());
        // prepareThreshold=0: the driver must not switch to server-side statements after 5 uses, or replays differ
        first = DriverManager.getConnection(TestDatabase.url() + "&prepareThreshold=0");
        second = DriverManager.getConnection(TestDatabase.url() + "&prepareThreshold=0");
    }

    @AfterAll
    static void close() throws SQLException {
        System.clearProperty("frontrun.jdbc.url");
        for (Connection c : new Connection[] {first, second, admin}) {
            if (c != null) {
                c.close();
            }
        }
    }

    interface Body {
        void run(Connection c) throws SQLException;
    }

    /** One transaction: auto-commit off, the body, commit; a failure rolls back and is rethrown. */
    static Consumer<Connection> transaction(Body body) {
        return c -> {
            try {
                c.setAutoCommit(false);
                try {
                    body.run(c);
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    static Consumer<Connection> autoCommit(Body body) {
        return c -> {
            try {
                body.run(c);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    static int query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static void update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    /** DPOR whose setup runs {@code reset} on the admin connection, then hands the threads {@code state}. */
    private static <S> ExplorationBuilder<S> dporAfter(String reset, Supplier<S> state) {
        return Frontrun.explore(() -> {
            try {
                update(admin, reset);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return state.get();
        })
                .strategy(Strategy.dpor())
                .maxAttempts(200)
                .reproductions(3)
                .blockingThreshold(Duration.ofMillis(500));
    }

    /** Thread 0 runs {@code a} on the first connection, thread 1 {@code b} on the second. */
    private static ExplorationResult dpor(String reset, Consumer<Connection> a, Consumer<Connection> b,
            Predicate<Connection> invariant) {
        ExplorationResult r = dporAfter(reset, () -> new Connection[] {first, second})
                .worker(c -> a.accept(c[0]))
                .worker(c -> b.accept(c[1]))
                .invariant(c -> invariant.test(admin))
                .run();
        System.out.println(r.report());
        return r;
    }

    private static boolean holds(Body check) {
        try {
            check.run(admin);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (AssertionError e) {
            return false;
        }
    }

    /** Two doctors on call; each checks that the other is still on call, then goes off call himself. */
    static Consumer<Connection> goOffCall(int me) {
        return transaction(c -> {
            if (query(c, "select count(*) from doctors where on_call") >= 2) {
                update(c, "update doctors set on_call = false where id = " + me);
            }
        });
    }

    @Test
    void dporFindsTheWriteSkewOfTwoDoctorsGoingOffCall() {
        String reset = "delete from doctors; insert into doctors values (1, true), (2, true)";
        ExplorationResult r = dpor(reset, goOffCall(1), goOffCall(2),
                c -> holds(x -> assertTrue(query(x, "select count(*) from doctors where on_call") >= 1)));
        assertEquals(Verdict.VIOLATED, r.verdict(), r.report());
        assertTrue(r.report().contains("SQL anomaly: Write skew on doctors(id=1) and doctors(id=2)")
                || r.report().contains("SQL anomaly: Write skew on doctors(id=2) and doctors(id=1)"), r.report());
        assertTrue(r.explanation().contains("select count(*) from doctors where on_call"), r.report());
        assertEquals(3, r.reproductionSuccesses(), r.report());
    }

    @Test
    void dporFindsANonRepeatableReadAndNamesIt() {
        // thread 0 reads the balance twice in one transaction and commits; thread 1 changes it in auto-commit mode
        ExplorationResult r = dporAfter("delete from accounts; insert into accounts values (1, 100)", () -> new int[2])
                .worker(seen -> transaction(c -> {
                    seen[0] = query(c, "select balance from accounts where id = 1");
                    seen[1] = query(c, "select balance from accounts where id = 1");
                }).accept(first))
                .worker(seen -> autoCommit(c -> update(c, "update accounts set balance = balance + 1 where id = 1"))
                        .accept(second))
                .invariant(seen -> seen[0] == seen[1])
                .run();
        System.out.println(r.report());
        assertEquals(Verdict.VIOLATED, r.verdict(), r.report());
        assertTrue(r.report().contains("SQL anomaly: Non-repeatable read on accounts(id=1)"), r.report());
        assertEquals(3, r.reproductionSuccesses(), r.report());
    }

    @Test
    void twoTransactionsUpdatingTwoRowsInOppositeOrdersAreADatabaseDeadlockNotAHang() {
        String reset = "delete from accounts; insert into accounts values (1, 100), (2, 100)";
        ExplorationResult r = dpor(reset,
                transaction(c -> {
                    update(c, "update accounts set balance = balance - 10 where id = 1");
                    update(c, "update accounts set balance = balance + 10 where id = 2");
                }),
                transaction(c -> {
                    update(c, "update accounts set balance = balance - 20 where id = 2");
                    update(c, "update accounts set balance = balance + 20 where id = 1");
                }),
                c -> true);
        assertEquals(Verdict.VIOLATED, r.verdict(), r.report());
        String text = r.report();
        assertTrue(text.contains("Database deadlock detected"), text);
        // both statements each thread is stuck between: the one that took its lock, the one that waits
        assertTrue(text.contains("holds row lock accounts(id=1) (taken at DatabaseRacesTest.java:"), text);
        assertTrue(text.contains("by update accounts set balance = balance - 10 where id = 1"), text);
        assertTrue(text.contains("waits for row lock accounts(id=2) at DatabaseRacesTest.java:"), text);
        assertTrue(text.contains("by update accounts set balance = balance + 10 where id = 2"), text);
        assertTrue(text.contains("by update accounts set balance = balance - 20 where id = 2"), text);
        assertTrue(text.contains("by update accounts set balance = balance + 20 where id = 1"), text);
        assertEquals(3, r.reproductionSuccesses(), text);
    }

    @Test
    void aDeadlockOnRowsTheModelCannotSeeIsReportedAsPostgresReportsItWithBothStatements() {
        // ledger has no primary key, so the scheduler cannot name (nor model) these row locks: the threads wait in
        // PostgreSQL (seen in pg_locks), which detects the deadlock and aborts one transaction
        String reset = "delete from ledger; insert into ledger values (1, 100), (2, 100)";
        ExplorationResult r = dporAfter(reset, () -> new Connection[] {first, second})
                .worker(c -> transaction(x -> {
                    update(x, "update ledger set balance = balance - 10 where id + 0 = 1");
                    update(x, "update ledger set balance = balance + 10 where id + 0 = 2");
                }).accept(c[0]))
                .worker(c -> transaction(x -> {
                    update(x, "update ledger set balance = balance - 20 where id + 0 = 2");
                    update(x, "update ledger set balance = balance + 20 where id + 0 = 1");
                }).accept(c[1]))
                .invariant(c -> true)
                .maxAttempts(50)
                .reproductions(1)
                .blockingThreshold(Duration.ofMillis(300))
                .run();
        String text = r.report();
        System.out.println(text);
        assertEquals(Verdict.VIOLATED, r.verdict(), text);
        assertTrue(text.contains("Database deadlock detected by PostgreSQL (SQLState 40P01)"), text);
        assertTrue(text.contains("in: update ledger set balance = balance + 10 where id + 0 = 2"), text);
        assertTrue(text.contains("in: update ledger set balance = balance + 20 where id + 0 = 1"), text);
        assertTrue(text.contains("PostgreSQL aborted the transaction of Thread "), text);
        assertTrue(text.contains("Thread 0 (backend ") && text.contains("Thread 1 (backend "), text);
    }

    @Test
    void theSameDeadlockOnRowsAPredicateMatchesIsTheModelsOwn() {
        // "id + 0 = 1" pins no key, but the scheduler asks PostgreSQL which rows it matches: the row locks are
        // modelled and the deadlock is found without waiting in the database
        String reset = "delete from accounts; insert into accounts values (1, 100), (2, 100)";
        ExplorationResult r = dpor(reset,
                transaction(x -> {
                    update(x, "update accounts set balance = balance - 10 where id + 0 = 1");
                    update(x, "update accounts set balance = balance + 10 where id + 0 = 2");
                }),
                transaction(x -> {
                    update(x, "update accounts set balance = balance - 20 where id + 0 = 2");
                    update(x, "update accounts set balance = balance + 20 where id + 0 = 1");
                }),
                c -> true);
        String text = r.report();
        assertEquals(Verdict.VIOLATED, r.verdict(), text);
        assertTrue(text.contains("Database deadlock detected (PostgreSQL would abort one of the transactions)"),
                text);
        assertTrue(text.contains("waits for row lock accounts(id=2) at DatabaseRacesTest.java:"), text);
        assertTrue(text.contains("by update accounts set balance = balance + 20 where id + 0 = 1"), text);
        assertEquals(3, r.reproductionSuccesses(), text);
    }

    @Test
    void openingAConnectionInsideAThreadIsNoSchedulingPoint() {
        // each thread opens its own connection and reads its own row: nothing is shared, so one execution is the
        // whole exploration (the connection's handshake on the server's socket would otherwise make them dependent)
        ExplorationResult r = Frontrun.explore(() -> "")
                .worker(s -> readOwnRow(1))
                .worker(s -> readOwnRow(2))
                .invariant(s -> true)
                .strategy(Strategy.dpor())
                .maxAttempts(20)
                .run();
        assertEquals(Verdict.HOLDS, r.verdict(), r.report());
        assertTrue(r.exhaustive(), r.report());
        assertEquals(1, r.executions(), r.report());
    }

    private static void readOwnRow(int id) {
        try (Connection c = DriverManager.getConnection(TestDatabase.url())) {
            query(c, "select count(*) from accounts where id = " + id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void selectForUpdateAgainstAnAutoCommitUpdateIsProvenSafeExhaustively() {
        String reset = "delete from accounts; insert into accounts values (1, 0)";
        ExplorationResult r = dpor(reset,
                transaction(c -> {
                    int b = query(c, "select balance from accounts where id = 1 for update");
                    update(c, "update accounts set balance = " + (b + 1) + " where id = 1");
                }),
                autoCommit(c -> update(c, "update accounts set balance = balance + 1 where id = 1")),
                c -> holds(x -> assertEquals(2, query(x, "select balance from accounts where id = 1"))));
        assertEquals(Verdict.HOLDS, r.verdict(), r.report());
        assertTrue(r.exhaustive(), r.report());
    }

    @Test
    void withoutTheRowLockTheSameCodeLosesAnUpdateAndDporShowsIt() {
        String reset = "delete from accounts; insert into accounts values (1, 0)";
        ExplorationResult r = dpor(reset,
                transaction(c -> {
                    int b = query(c, "select balance from accounts where id = 1");
                    update(c, "update accounts set balance = " + (b + 1) + " where id = 1");
                }),
                autoCommit(c -> update(c, "update accounts set balance = balance + 1 where id = 1")),
                c -> holds(x -> assertEquals(2, query(x, "select balance from accounts where id = 1"))));
        assertEquals(Verdict.VIOLATED, r.verdict(), r.report());
        assertTrue(r.report().contains("accounts(id=1)"), r.report());
    }
}
