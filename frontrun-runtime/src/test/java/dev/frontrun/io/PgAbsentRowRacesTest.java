package dev.frontrun.io;

import static dev.frontrun.io.DatabaseRacesTest.query;
import static dev.frontrun.io.DatabaseRacesTest.transaction;
import static dev.frontrun.io.DatabaseRacesTest.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;

/**
 * A row pinned by key that does not exist, bug and fix side by side: PostgreSQL locks nothing for
 * {@code SELECT ... WHERE id = 5 FOR UPDATE} or {@code UPDATE ... WHERE id = 5} when there is no row 5, so two
 * transactions that each find it absent both go on to create it. On a table without a unique key both inserts
 * succeed (a duplicate); with a primary key and {@code ON CONFLICT DO NOTHING} the second insert waits for the first
 * transaction and then inserts nothing, so a transaction that trusts its own check loses its visit, and one that
 * looks at the insert's count does not. With the row already there the lock is real and the same programs hold.
 */
@Timeout(300)
class PgAbsentRowRacesTest {

    private static PgScenarios db;

    @BeforeAll
    static void open() throws SQLException {
        db = PgScenarios.open("drop table if exists ab_plain", "drop table if exists ab_keyed",
                "create table ab_plain (id int not null, visits int not null)", // no key: its rows cannot be named
                "create table ab_keyed (id int primary key, visits int not null)");
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    private static String reset(boolean present) {
        return "delete from ab_plain; delete from ab_keyed"
                + (present ? "; insert into ab_plain (id, visits) values (5, 1);"
                        + " insert into ab_keyed (id, visits) values (5, 1)" : "");
    }

    /** @return the visits of row 5 read {@code FOR UPDATE}, or {@code null} when there is no row 5 */
    private static Integer lockedVisits(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select visits from " + table + " where id = 5 for update")) {
            return rs.next() ? rs.getInt(1) : null;
        }
    }

    /**
     * Hibernate's form of a pessimistic read ({@code PESSIMISTIC_WRITE} on PostgreSQL): an alias, a bound key and
     * {@code FOR NO KEY UPDATE OF} the alias.
     *
     * @return the visits of row 5, or {@code null} when there is no row 5
     */
    private static Integer hibernateLockedVisits(Connection c, String table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select v1_0.id,v1_0.visits from " + table
                + " v1_0 where v1_0.id=? for no key update of v1_0")) {
            p.setInt(1, 5);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getInt(2) : null;
            }
        }
    }

    /** Counts a visit: locks row 5, then inserts it with one visit when it was absent, else adds one. */
    private static Consumer<Connection> visit(String table, String insertTail) {
        return visit(table, insertTail, false);
    }

    /** {@link #visit(String, String)}, locking row 5 as Hibernate does when {@code hibernate}. */
    private static Consumer<Connection> visit(String table, String insertTail, boolean hibernate) {
        return transaction(c -> {
            Integer visits = hibernate ? hibernateLockedVisits(c, table) : lockedVisits(c, table);
            if (visits == null) {
                update(c, "insert into " + table + " (id, visits) values (5, 1)" + insertTail);
            } else {
                update(c, "update " + table + " set visits = " + (visits + 1) + " where id = 5");
            }
        });
    }

    /** Counts a visit with {@code ON CONFLICT DO NOTHING}, and adds one when the insert met the key. */
    private static final Consumer<Connection> VISIT_CHECKING_THE_INSERT = transaction(c -> {
        if (lockedVisits(c, "ab_keyed") == null) {
            try (Statement s = c.createStatement()) {
                if (s.executeUpdate("insert into ab_keyed (id, visits) values (5, 1) on conflict do nothing") == 1) {
                    return;
                }
            }
        }
        update(c, "update ab_keyed set visits = visits + 1 where id = 5");
    });

    /** Counts a visit by updating row 5, and inserts it when the update matched no row. */
    private static final Consumer<Connection> UPDATE_ELSE_INSERT = transaction(c -> {
        try (Statement s = c.createStatement()) {
            if (s.executeUpdate("update ab_plain set visits = visits + 1 where id = 5") == 0) {
                s.executeUpdate("insert into ab_plain (id, visits) values (5, 1)");
            }
        }
    });

    /** One row 5 in {@code table}, with {@code visits} visits. */
    private static Predicate<Connection> oneRowWith(String table, int visits) {
        return c -> PgScenarios.holds(c, x -> {
            assertEquals(1, query(x, "select count(*) from " + table + " where id = 5"));
            assertEquals(visits, query(x, "select visits from " + table + " where id = 5"));
        });
    }

    private static void found(Consumer<Connection> a, Consumer<Connection> b, Predicate<Connection> invariant,
            String statement) {
        ExplorationResult dpor = db.explore(Strategy.dpor(), 200, reset(false), a, b, invariant);
        assertEquals(Verdict.VIOLATED, dpor.verdict(), dpor.report());
        assertTrue(dpor.report().contains(statement), dpor.report());
        ExplorationResult random = db.explore(Strategy.random(), 300, reset(false), a, b, invariant);
        assertEquals(Verdict.VIOLATED, random.verdict(), random.report());
    }

    private static void holds(boolean present, Consumer<Connection> a, Consumer<Connection> b,
            Predicate<Connection> invariant) {
        ExplorationResult dpor = db.explore(Strategy.dpor(), 500, reset(present), a, b, invariant);
        assertEquals(Verdict.HOLDS, dpor.verdict(), dpor.report());
        assertTrue(dpor.exhaustive(), dpor.report());
        assertFalse(dpor.report().contains("waited in PostgreSQL"), dpor.report());
        ExplorationResult random = db.explore(Strategy.random(), 300, reset(present), a, b, invariant);
        assertEquals(Verdict.HOLDS, random.verdict(), random.report());
        assertEquals(300, random.executions(), random.report());
    }

    @Test
    void forUpdateOfAnAbsentRowLocksNothingSoBothInsertItOnATableWithoutAUniqueKey() {
        found(visit("ab_plain", ""), visit("ab_plain", ""), oneRowWith("ab_plain", 2),
                "insert into ab_plain (id, visits) values (5, 1)");
    }

    @Test
    void anUpdateMatchingNoRowLocksNothingSoBothInsertIt() {
        found(UPDATE_ELSE_INSERT, UPDATE_ELSE_INSERT, oneRowWith("ab_plain", 2),
                "insert into ab_plain (id, visits) values (5, 1)");
    }

    @Test
    void onConflictDoNothingAfterAForUpdateOfAnAbsentRowLosesTheVisitOfTheTransactionThatTrustsItsCheck() {
        Consumer<Connection> trusting = visit("ab_keyed", " on conflict do nothing");
        found(trusting, trusting, oneRowWith("ab_keyed", 2),
                "insert into ab_keyed (id, visits) values (5, 1) on conflict do nothing");
    }

    @Test
    void onConflictDoNothingThatLooksAtTheInsertsCountHoldsDporExhaustiveAndRandom() {
        holds(false, VISIT_CHECKING_THE_INSERT, VISIT_CHECKING_THE_INSERT, oneRowWith("ab_keyed", 2));
    }

    /**
     * The locking read sent with a second statement in one string: its pinned row is not asked for (the question
     * covers a statement sent alone), so it is locked by key, and DPOR, which then explores only the orders that
     * lock allows, fails closed naming the statement instead of proving the program PostgreSQL breaks (the second
     * insert meets the first's key and inserts nothing, and its transaction trusted its check).
     */
    @Test
    void aLockingReadSentWithAnotherStatementLocksItsPinnedRowUnaskedAndDporFailsClosed() {
        Consumer<Connection> twoInOne = transaction(c -> {
            boolean present;
            try (Statement s = c.createStatement()) {
                s.execute("select visits from ab_keyed where id = 5 for update; select 1");
                try (ResultSet rs = s.getResultSet()) {
                    present = rs.next();
                }
            }
            update(c, present ? "update ab_keyed set visits = visits + 1 where id = 5"
                    : "insert into ab_keyed (id, visits) values (5, 1) on conflict do nothing");
        });
        ExplorationResult dpor = db.explore(Strategy.dpor(), 200, reset(false), twoInOne, twoInOne,
                oneRowWith("ab_keyed", 2));
        assertEquals(Verdict.INCONCLUSIVE, dpor.verdict(), dpor.report());
        assertTrue(dpor.report().contains("without frontrun asking PostgreSQL whether they exist (select visits from"
                + " ab_keyed where id = 5 for update; select 1)"), dpor.report());
    }

    /**
     * Hibernate's pessimistic read of an absent row ({@code ... v1_0 where v1_0.id=? for no key update of v1_0})
     * is asked like any other: it locks nothing, so a transaction that trusts its check and inserts with
     * {@code ON CONFLICT DO NOTHING} loses its visit, and DPOR finds it rather than proving it.
     */
    @Test
    void hibernatesForNoKeyUpdateOfAnAliasOnAnAbsentRowLocksNothing() {
        Consumer<Connection> trusting = visit("ab_keyed", " on conflict do nothing", true);
        found(trusting, trusting, oneRowWith("ab_keyed", 2),
                "insert into ab_keyed (id, visits) values (5, 1) on conflict do nothing");
    }

    /**
     * The same statement on a row that exists locks it (the walkthrough's pessimistic handler): the visits hold,
     * DPOR exhaustive, with no wait left to {@code pg_locks}.
     */
    @Test
    void hibernatesForNoKeyUpdateOfAnAliasOnAPresentRowLocksItAndHoldsDporExhaustive() {
        holds(true, visit("ab_keyed", "", true), visit("ab_keyed", "", true), oneRowWith("ab_keyed", 3));
    }

    @Test
    void withTheRowPresentForUpdateLocksItAndTheVisitsHoldDporExhaustiveAndRandom() {
        holds(true, visit("ab_keyed", ""), visit("ab_keyed", ""), oneRowWith("ab_keyed", 3));
    }

    /**
     * On the table without a key the row is locked by PostgreSQL but not by the model, which cannot name it: the
     * visits hold (random), and DPOR says it cannot prove it, naming the table, instead of HOLDS.
     */
    @Test
    void withTheRowPresentOnATableWithoutAKeyDporFailsClosedNamingTheTable() {
        for (Consumer<Connection> program : List.of(visit("ab_plain", ""), UPDATE_ELSE_INSERT)) {
            ExplorationResult dpor = db.explore(Strategy.dpor(), 30, reset(true), program, program,
                    oneRowWith("ab_plain", 3));
            assertEquals(Verdict.INCONCLUSIVE, dpor.verdict(), dpor.report());
            assertTrue(dpor.report().contains("a statement locked rows of ab_plain ("), dpor.report());
            assertTrue(dpor.report().contains("), which has no primary key and no unique index on NOT NULL columns,"
                    + " so frontrun cannot name its rows"), dpor.report());
            ExplorationResult random = db.explore(Strategy.random(), 30, reset(true), program, program,
                    oneRowWith("ab_plain", 3));
            assertEquals(Verdict.HOLDS, random.verdict(), random.report());
        }
    }
}
