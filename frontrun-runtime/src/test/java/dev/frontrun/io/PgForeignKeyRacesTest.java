package dev.frontrun.io;

import static dev.frontrun.io.DatabaseRacesTest.query;
import static dev.frontrun.io.DatabaseRacesTest.transaction;
import static dev.frontrun.io.DatabaseRacesTest.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;

/**
 * A foreign-key insert against a concurrent delete of its parent, bug and fix side by side. The application's own
 * check (is the parent there? then insert) leaves an orphan when the delete slips in between; the foreign key's check
 * takes {@code FOR KEY SHARE} on the parent row, which the delete's {@code FOR UPDATE} waits for (or the reverse), so
 * the loser fails with 23503 and no orphan is left: DPOR proves it exhaustively, with no wait left to
 * {@code pg_locks}.
 */
@Timeout(300)
class PgForeignKeyRacesTest {

    private static PgScenarios db;

    @BeforeAll
    static void open() throws SQLException {
        db = PgScenarios.open("drop table if exists fk_children", "drop table if exists fk_parents",
                "create table fk_parents (id int primary key)",
                "create table fk_children (id serial primary key, parent int references fk_parents (id))",
                "drop table if exists fk_loose_children",
                "create table fk_loose_children (id serial primary key, parent int not null)",
                "drop table if exists fk_pairs", "drop table if exists fk_owners",
                "create table fk_owners (id int primary key)",
                "create table fk_pairs (id serial primary key, a int references fk_owners (id),"
                        + " b int references fk_owners (id))");
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    /** The loser fails with a foreign-key violation (23503), an expected outcome here. */
    private static Consumer<Connection> tolerating23503(DatabaseRacesTest.Body body) {
        return c -> {
            try {
                transaction(body).accept(c);
            } catch (IllegalStateException e) {
                if (!(e.getCause() instanceof SQLException s) || !"23503".equals(s.getSQLState())) {
                    throw e;
                }
            }
        };
    }

    @Test
    void anInsertOfAChildAgainstADeleteOfItsParentHoldsExhaustivelyUnderDporAndUnderRandom() {
        String reset = "delete from fk_children; delete from fk_parents; insert into fk_parents values (1)";
        Consumer<Connection> child = tolerating23503(c -> update(c, "insert into fk_children (parent) values (1)"));
        Consumer<Connection> parent = tolerating23503(c -> update(c, "delete from fk_parents where id = 1"));
        java.util.function.Predicate<Connection> noOrphan = c -> PgScenarios.holds(c, x -> assertEquals(0,
                query(x, "select count(*) from fk_children c where not exists"
                        + " (select 1 from fk_parents p where p.id = c.parent)")));
        ExplorationResult dpor = db.explore(Strategy.dpor(), 50, reset, child, parent, noOrphan);
        assertEquals(Verdict.HOLDS, dpor.verdict(), dpor.report());
        assertTrue(dpor.exhaustive(), dpor.report());
        assertFalse(dpor.report().contains("waited in PostgreSQL"), dpor.report());
        ExplorationResult random = db.explore(Strategy.random(), 300, reset, child, parent, noOrphan);
        assertEquals(Verdict.HOLDS, random.verdict(), random.report());
        assertEquals(300, random.executions(), random.report());
    }

    @Test
    void theApplicationsOwnParentCheckLeavesAnOrphanUnderDporAndRandom() {
        String reset = "delete from fk_children; delete from fk_parents; delete from fk_loose_children;"
                + " insert into fk_parents values (1)";
        Consumer<Connection> child = transaction(c -> {
            if (query(c, "select count(*) from fk_parents where id = 1") == 1) {
                update(c, "insert into fk_loose_children (parent) values (1)");
            }
        });
        Consumer<Connection> parent = transaction(c -> {
            update(c, "delete from fk_loose_children where parent = 1");
            update(c, "delete from fk_parents where id = 1");
        });
        java.util.function.Predicate<Connection> noOrphan = c -> PgScenarios.holds(c, x -> assertEquals(0,
                query(x, "select count(*) from fk_loose_children c where not exists"
                        + " (select 1 from fk_parents p where p.id = c.parent)")));
        ExplorationResult dpor = db.explore(Strategy.dpor(), 100, reset, child, parent, noOrphan);
        assertEquals(Verdict.VIOLATED, dpor.verdict(), dpor.report());
        assertTrue(dpor.report().contains("insert into fk_loose_children (parent) values (1)"), dpor.report());
        ExplorationResult random = db.explore(Strategy.random(), 300, reset, child, parent, noOrphan);
        assertEquals(Verdict.VIOLATED, random.verdict(), random.report());
    }

    /**
     * PostgreSQL's foreign-key check locks the parent row only when it finds it: a parent inserted by a transaction
     * that has not committed is not seen, and the child's insert fails with 23503 at once instead of waiting. Here
     * that transaction also locks the parent {@code FOR UPDATE} and then waits for a row the child's transaction
     * holds. The check's lock taken by key waited for the parent's lock, and the model reported a database deadlock
     * PostgreSQL never has; asked, it locks nothing, the insert fails, its transaction ends and the other goes on.
     */
    @Test
    void theCheckOfAParentThatIsNotThereYetLocksNothingSoNoDeadlock() {
        String reset = "delete from fk_children; delete from fk_parents; insert into fk_parents values (1)";
        Consumer<Connection> parent = transaction(c -> {
            update(c, "insert into fk_parents values (2)");
            query(c, "select id from fk_parents where id = 2 for update");
            query(c, "select id from fk_parents where id = 1 for update");
        });
        Consumer<Connection> child = tolerating23503(c -> {
            query(c, "select id from fk_parents where id = 1 for update");
            update(c, "insert into fk_children (parent) values (2)");
        });
        ExplorationResult dpor = db.explore(Strategy.dpor(), 100, reset, parent, child, c -> true);
        assertEquals(Verdict.HOLDS, dpor.verdict(), dpor.report());
        assertTrue(dpor.exhaustive(), dpor.report());
        assertFalse(dpor.report().contains("waited in PostgreSQL"), dpor.report());
    }

    @Test
    void anInsertWithTwoForeignKeyChecksIsNoProofUnderDpor() {
        // each check locks its parent FOR KEY SHARE; the model asks PostgreSQL about one check alone, so with two
        // it takes both parents' locks by key, unasked: whatever it finds, a systematic exploration is no proof
        String reset = "delete from fk_pairs; delete from fk_owners; insert into fk_owners values (1), (2)";
        Consumer<Connection> child = tolerating23503(c -> update(c, "insert into fk_pairs (a, b) values (1, 2)"));
        Consumer<Connection> parent = tolerating23503(c -> update(c, "delete from fk_owners where id = 2"));
        java.util.function.Predicate<Connection> noOrphan = c -> PgScenarios.holds(c, x -> assertEquals(0,
                query(x, "select count(*) from fk_pairs c where not exists"
                        + " (select 1 from fk_owners p where p.id = c.b)")));
        ExplorationResult dpor = db.explore(Strategy.dpor(), 50, reset, child, parent, noOrphan);
        assertEquals(Verdict.INCONCLUSIVE, dpor.verdict(), dpor.report());
        assertTrue(dpor.report().contains("insert into fk_pairs"), dpor.report());
    }
}
