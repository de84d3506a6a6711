package dev.frontrun.io;

import static dev.frontrun.io.DatabaseRacesTest.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;

/**
 * {@code ROLLBACK TO SAVEPOINT} releases the row locks taken after the savepoint, in PostgreSQL and in the model:
 * a thread waiting for such a row goes on before the transaction ends. Without that, the model would hide the
 * orders in which it does (and DPOR would wrongly prove that it never does).
 */
@Timeout(300)
class PgSavepointRacesTest {

    private static PgScenarios db;

    @BeforeAll
    static void open() throws SQLException {
        db = PgScenarios.open("drop table if exists sp_accounts",
                "create table sp_accounts (id int primary key, balance int not null)");
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    /** What thread 1 saw: whether thread 0 was committing when thread 1's update of row 2 went through. */
    static final class Seen {
        final CountDownLatch row2Locked = new CountDownLatch(1);
        volatile boolean committing;
        volatile Boolean committedWhenUpdated;
    }

    private ExplorationResult explore(Strategy strategy, boolean sqlSavepoint) {
        return Frontrun.explore(() -> {
            try {
                update(db.admin, "delete from sp_accounts; insert into sp_accounts values (1, 0), (2, 0)");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return new Seen();
        })
                .worker(seen -> DatabaseRacesTest.transaction(c -> {
                    update(c, "update sp_accounts set balance = balance + 1 where id = 1");
                    Savepoint sp = sqlSavepoint ? null : c.setSavepoint("before_two");
                    if (sqlSavepoint) {
                        update(c, "savepoint before_two");
                    }
                    update(c, "update sp_accounts set balance = balance + 100 where id = 2");
                    seen.row2Locked.countDown();
                    if (sqlSavepoint) {
                        update(c, "rollback to savepoint before_two");
                    } else {
                        c.rollback(sp);
                    }
                    update(c, "update sp_accounts set balance = balance + 1 where id = 1");
                    seen.committing = true; // the commit is next: without the savepoint, row 2 is locked until then
                }).accept(db.first))
                .worker(seen -> {
                    try {
                        seen.row2Locked.await();
                        update(db.second, "update sp_accounts set balance = balance + 1 where id = 2");
                    } catch (InterruptedException | SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    seen.committedWhenUpdated = seen.committing;
                })
                .invariant(seen -> Boolean.TRUE.equals(seen.committedWhenUpdated))
                .strategy(strategy)
                .maxAttempts(200)
                .reproductions(3)
                .run();
    }

    @Test
    void aRollbackToASavepointLetsAWaitingThreadGoOnBeforeTheTransactionEnds() {
        for (boolean sql : new boolean[] {false, true}) {
            for (Strategy s : new Strategy[] {Strategy.dpor(), Strategy.random()}) {
                ExplorationResult r = explore(s, sql);
                System.out.println(r.report());
                // the claim "thread 1 only gets row 2 after thread 0 committed" is false: both strategies say so
                assertEquals(Verdict.VIOLATED, r.verdict(), r.report());
                assertTrue(r.report().contains("row lock sp_accounts(id=2)") || r.report().contains("sp_accounts(id=2)"),
                        r.report());
                assertEquals(3, r.reproductionSuccesses(), r.report());
            }
        }
    }
}
