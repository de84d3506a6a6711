package dev.frontrun.internal.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Interleavings written out step by step, each step one completed JDBC operation in the execution's order. */
class SqlAnomalyClassifierTest {

    private final TransactionLog log = new TransactionLog();
    private final TransactionTracker t0 = log.tracker("c0", false, true);
    private final TransactionTracker t1 = log.tracker("c1", false, true);

    private static SqlStatement sql(String text, Object... params) {
        return SqlAnalyzer.analyze(text, List.of(params), PrimaryKeyLookup.ID_COLUMN, "h/db");
    }

    private void run(TransactionTracker c, int thread, String text, Object... params) {
        c.executed(thread, sql(text, params), "Handler.java:" + (10 + thread), true);
    }

    @Test
    void lostUpdate() {
        run(t0, 0, "select u1_0.id,u1_0.login_count from users u1_0 where u1_0.id=?", 1);
        run(t1, 1, "select u1_0.id,u1_0.login_count from users u1_0 where u1_0.id=?", 1);
        run(t0, 0, "update users set login_count=? where id=?", 1, 1);
        t0.commit(0, true);
        run(t1, 1, "update users set login_count=? where id=?", 1, 1);
        t1.commit(1, true);
        SqlAnomaly a = SqlAnomalyClassifier.first(log.committed()).orElseThrow();
        assertEquals(SqlAnomaly.Type.LOST_UPDATE, a.type());
        assertEquals("Lost update on users(id=1): threads 0 and 1 both read it before either committed its write.",
                a.summary());
        assertEquals(List.of(0, 1), a.threads());
        assertTrue(a.explain().contains("Thread 1 | Handler.java:11  update users set login_count=? where id=?"),
                a.explain());
    }

    @Test
    void serialOrderIsNoLostUpdate() {
        run(t0, 0, "select * from users where id=?", 1);
        run(t0, 0, "update users set login_count=? where id=?", 1, 1);
        t0.commit(0, true);
        run(t1, 1, "select * from users where id=?", 1);
        run(t1, 1, "update users set login_count=? where id=?", 2, 1);
        t1.commit(1, true);
        assertEquals(List.of(), SqlAnomalyClassifier.classify(log.committed()));
    }

    @Test
    void forUpdateMakesTheSecondReadWaitForTheFirstCommit() {
        run(t0, 0, "select * from users where id=? for update", 1);
        // thread 1's SELECT ... FOR UPDATE blocks in PostgreSQL; it completes only after thread 0 commits
        run(t0, 0, "update users set login_count=? where id=?", 1, 1);
        t0.commit(0, true);
        run(t1, 1, "select * from users where id=? for update", 1);
        run(t1, 1, "update users set login_count=? where id=?", 2, 1);
        t1.commit(1, true);
        assertEquals(List.of(), SqlAnomalyClassifier.classify(log.committed()));
    }

    @Test
    void writeSkewTwoDoctorsOnCall() {
        run(t0, 0, "select count(*) from doctors where on_call and shift_id = ?", 1);
        run(t1, 1, "select count(*) from doctors where on_call and shift_id = ?", 1);
        run(t0, 0, "update doctors set on_call = false where id = ?", 1);
        run(t1, 1, "update doctors set on_call = false where id = ?", 2);
        t0.commit(0, true);
        t1.commit(1, true);
        List<SqlAnomaly> found = SqlAnomalyClassifier.classify(log.committed());
        assertEquals(1, found.size(), found.toString());
        SqlAnomaly a = found.get(0);
        assertEquals(SqlAnomaly.Type.WRITE_SKEW, a.type());
        assertEquals("Write skew on doctors(id=1) and doctors(id=2): thread 0 read doctors and wrote doctors(id=1),"
                + " thread 1 read doctors and wrote doctors(id=2); each read what the other then wrote, so neither"
                + " saw the other's write.", a.summary());
    }

    @Test
    void doctorsOneAfterTheOtherIsNoSkew() {
        run(t0, 0, "select count(*) from doctors where on_call and shift_id = ?", 1);
        run(t0, 0, "update doctors set on_call = false where id = ?", 1);
        t0.commit(0, true);
        run(t1, 1, "select count(*) from doctors where on_call and shift_id = ?", 1);
        run(t1, 1, "update doctors set on_call = false where id = ?", 2);
        t1.commit(1, true);
        assertEquals(List.of(), SqlAnomalyClassifier.classify(log.committed()));
    }

    @Test
    void nonRepeatableRead() {
        run(t0, 0, "select balance from accounts where id = ?", 7);
        run(t1, 1, "update accounts set balance = 0 where id = ?", 7);
        t1.commit(1, true);
        run(t0, 0, "select balance from accounts where id = ?", 7);
        run(t0, 0, "insert into audit (id, note) values (1, 'x')");
        t0.commit(0, true);
        SqlAnomaly a = SqlAnomalyClassifier.first(log.committed()).orElseThrow();
        assertEquals(SqlAnomaly.Type.NON_REPEATABLE_READ, a.type());
        assertEquals("Non-repeatable read on accounts(id=7): thread 0 read it twice in one transaction, and thread 1"
                + " committed a write to it in between.", a.summary());
    }

    @Test
    void phantomReadOnATablePredicate() {
        run(t0, 0, "select count(*) from accounts where balance > 0");
        run(t1, 1, "insert into accounts (id, balance) values (?, ?)", 9, 5);
        t1.commit(1, true);
        run(t0, 0, "select count(*) from accounts where balance > 0");
        t0.commit(0, true);
        SqlAnomaly a = SqlAnomalyClassifier.first(log.committed()).orElseThrow();
        assertEquals(SqlAnomaly.Type.PHANTOM_READ, a.type());
        assertEquals(List.of(SqlResource.table("accounts")), a.resources());
    }

    @Test
    void checkThenInsertIsAPhantomNotALostUpdate() {
        run(t0, 0, "select count(*) from signups where email = ?", "ann@example.com");
        run(t1, 1, "select count(*) from signups where email = ?", "ann@example.com");
        run(t0, 0, "insert into signups (email) values (?)", "ann@example.com");
        t0.commit(0, true);
        run(t1, 1, "insert into signups (email) values (?)", "ann@example.com");
        t1.commit(1, true);
        SqlAnomaly a = SqlAnomalyClassifier.first(log.committed()).orElseThrow();
        assertEquals(SqlAnomaly.Type.PHANTOM, a.type());
        assertEquals("Phantom on signups: threads 0 and 1 both read it by a predicate and then inserted into it;"
                + " neither saw the other's insert.", a.summary());
    }

    @Test
    void checkThenInsertByKeyIsADuplicateInsertNotALostUpdate() {
        // each looks the row up by its key, finds nothing, inserts it: nothing was overwritten
        run(t0, 0, "select * from accounts where id = ?", 5);
        run(t1, 1, "select * from accounts where id = ?", 5);
        run(t0, 0, "insert into accounts (id, balance) values (?, ?)", 5, 0);
        t0.commit(0, true);
        run(t1, 1, "insert into accounts (id, balance) values (?, ?)", 5, 0);
        t1.commit(1, true);
        SqlAnomaly a = SqlAnomalyClassifier.first(log.committed()).orElseThrow();
        assertEquals(SqlAnomaly.Type.DUPLICATE_INSERT, a.type());
        assertEquals("Duplicate insert on accounts(id=5): threads 0 and 1 both looked it up before either committed,"
                + " and each inserted it.", a.summary());
    }

    @Test
    void summariesNameTheThreadsAsTheyAreGiven() {
        run(t0, 0, "select * from users where id=?", 1);
        run(t1, 1, "select * from users where id=?", 1);
        run(t0, 0, "update users set login_count=? where id=?", 1, 1);
        t0.commit(0, true);
        run(t1, 1, "update users set login_count=? where id=?", 1, 1);
        t1.commit(1, true);
        SqlAnomaly a = SqlAnomalyClassifier.first(log.committed(), t -> t == 0 ? "alice" : "bob").orElseThrow();
        assertEquals("Lost update on users(id=1): threads alice and bob both read it before either committed its"
                + " write.", a.summary());
    }

    @Test
    void rolledBackTransactionsCauseNothing() {
        run(t0, 0, "select * from users where id=?", 1);
        run(t1, 1, "select * from users where id=?", 1);
        run(t0, 0, "update users set login_count=? where id=?", 1, 1);
        t0.commit(0, true);
        run(t1, 1, "update users set login_count=? where id=?", 1, 1);
        t1.rollback();
        assertEquals(List.of(), SqlAnomalyClassifier.classify(log.committed()));
    }
}
