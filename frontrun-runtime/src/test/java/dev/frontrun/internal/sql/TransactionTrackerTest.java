package dev.frontrun.internal.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class TransactionTrackerTest {

    private static SqlStatement sql(String text, Object... params) {
        return SqlAnalyzer.analyze(text, List.of(params), PrimaryKeyLookup.ID_COLUMN, "h/db");
    }

    private static String summary(TransactionLog log) {
        return log.committed().stream().map(t -> t.thread() + ":" + t.statements().stream()
                .map(s -> s.statement().kind().name()).collect(Collectors.joining("+")))
                .collect(Collectors.joining(" "));
    }

    @Test
    void autoCommitStatementsTakeEffectAtOnce() {
        TransactionLog log = new TransactionLog();
        TransactionTracker c = log.tracker("c0", true, true);
        c.executed(0, sql("select * from users where id = ?", 1), null, true);
        assertEquals(1, log.committed().size());
        c.executed(0, sql("update users set n = 1 where id = 1"), null, true);
        assertEquals("0:SELECT 0:UPDATE", summary(log));
        Transaction t = log.committed().get(1);
        assertEquals(t.start(), t.commit());
        assertEquals("[users(id=1)]", t.writes().toString());
    }

    @Test
    void statementsInsideATransactionTakeEffectAtCommit() {
        TransactionLog log = new TransactionLog();
        TransactionTracker c = log.tracker("c0", true, true);
        c.setAutoCommit(0, false, true);
        c.executed(0, sql("select * from users where id = ?", 1), "A.java:1", true);
        c.executed(0, sql("update users set n = ? where id = ?", 2, 1), "A.java:2", true);
        assertTrue(log.committed().isEmpty(), "nothing published before the commit");
        c.commit(0, true);
        assertEquals("0:SELECT+UPDATE", summary(log));
        Transaction t = log.committed().get(0);
        assertTrue(t.start() < t.commit());
        assertEquals("[users(id=1)]", t.reads().toString());
        assertEquals("A.java:2", t.statements().get(1).site());
    }

    @Test
    void wouldPublishTellsWhatBecomesVisible() {
        TransactionLog log = new TransactionLog();
        TransactionTracker c = log.tracker("c0", true, true);
        SqlStatement read = sql("select * from users where id = ?", 1);
        assertEquals(read.accesses(), c.wouldPublish(read), "auto-commit: at once");
        c.setAutoCommit(0, false, true);
        SqlStatement write = sql("update users set n = ? where id = ?", 2, 1);
        assertEquals(List.of(), c.wouldPublish(write), "inside a transaction: nothing yet");
        c.executed(0, write, null, true);
        assertEquals("[read users(id=1), write users(id=1)]", c.wouldPublish(sql("COMMIT")).toString());
        assertEquals(c.pendingAccesses(), c.wouldPublish(sql("commit")));
        assertEquals(List.of(), c.wouldPublish(sql("ROLLBACK")));
    }

    @Test
    void rollbackDropsTheTransaction() {
        TransactionLog log = new TransactionLog();
        TransactionTracker c = log.tracker("c0", false, true);
        c.executed(1, sql("update users set n = 1 where id = 1"), null, true);
        c.rollback();
        c.executed(1, sql("update users set n = 2 where id = 2"), null, true);
        c.commit(1, true);
        assertEquals(1, log.committed().size());
        assertEquals("[users(id=2)]", log.committed().get(0).writes().toString());
        assertEquals(1, log.rolledBack());
    }

    @Test
    void sqlBeginCommitAndSavepoints() {
        TransactionLog log = new TransactionLog();
        TransactionTracker c = log.tracker("c0", true, true);
        c.executed(0, sql("BEGIN"), null, true);
        c.executed(0, sql("update users set n = 1 where id = 1"), null, true);
        c.executed(0, sql("SAVEPOINT s1"), null, true);
        c.executed(0, sql("update users set n = 1 where id = 2"), null, true);
        c.executed(0, sql("ROLLBACK TO SAVEPOINT s1"), null, true);
        c.executed(0, sql("update users set n = 1 where id = 3"), null, true);
        assertTrue(log.committed().isEmpty());
        c.executed(0, sql("COMMIT"), null, true);
        assertEquals("[users(id=1), users(id=3)]", log.committed().get(0).writes().toString());
        c.executed(0, sql("update users set n = 1 where id = 4"), null, true);
        assertEquals(2, log.committed().size(), "back in auto-commit after COMMIT");
    }

    @Test
    void aFailedStatementAbortsAPostgresTransaction() {
        TransactionLog log = new TransactionLog();
        TransactionTracker c = log.tracker("c0", false, true);
        c.executed(0, sql("update users set n = 1 where id = 1"), null, true);
        c.executed(0, sql("update users set n = 1 where id = 2"), null, false);
        c.commit(0, true);
        assertTrue(log.committed().isEmpty(), "PostgreSQL turns the commit of an aborted transaction into a rollback");
        c.executed(0, sql("update users set n = 1 where id = 3"), null, false);
        assertTrue(log.committed().isEmpty());
    }

    @Test
    void switchingAutoCommitOnCommitsAndCloseRollsBack() {
        TransactionLog log = new TransactionLog();
        TransactionTracker c = log.tracker("c0", false, true);
        c.executed(0, sql("insert into users (id) values (5)"), null, true);
        c.setAutoCommit(0, true, true);
        assertEquals("[users(id=5)]", log.committed().get(0).writes().toString());
        c.setAutoCommit(0, false, true);
        c.executed(0, sql("delete from users where id = 5"), null, true);
        c.close();
        assertEquals(1, log.committed().size());
    }

    @Test
    void degradedCoverageIsRecorded() {
        TransactionLog log = new TransactionLog();
        TransactionTracker c = log.tracker("c0", true, true);
        c.executed(0, sql("frobnicate everything"), null, true);
        assertEquals(1, log.degradations().size());
        assertTrue(log.degradations().get(0).startsWith("ENDPOINT_FALLBACK"), log.degradations().get(0));
    }
}
