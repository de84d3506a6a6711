package dev.frontrun.io;

import static dev.frontrun.io.DatabaseRacesTest.query;
import static dev.frontrun.io.DatabaseRacesTest.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
 * REPEATABLE READ and SERIALIZABLE on the real embedded PostgreSQL, with the retry loop such code needs: PostgreSQL
 * raises its serialization failures (SQLState 40001) itself, the model only never runs a statement the database
 * would block and orders each transaction's snapshot against every commit, so the retries are explored, not timed
 * out. Where PostgreSQL's guarantees suffice the code holds; where they do not (write skew under REPEATABLE READ)
 * the race is found.
 */
@Timeout(300)
class PgIsolationRacesTest {

    private static PgScenarios db;

    @BeforeAll
    static void open() throws SQLException {
        db = PgScenarios.open("drop table if exists iso_doctors",
                "create table iso_doctors (id int primary key, on_call boolean not null)",
                "drop table if exists iso_accounts", "create table iso_accounts (id int primary key, balance int not null)");
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    /** Runs {@code body} in a transaction at {@code level}, again while it fails with a serialization failure. */
    static Consumer<Connection> retrying(int level, DatabaseRacesTest.Body body) {
        return c -> {
            try {
                c.setTransactionIsolation(level);
                for (int attempt = 0; ; attempt++) {
                    try {
                        DatabaseRacesTest.transaction(body).accept(c);
                        return;
                    } catch (IllegalStateException e) {
                        if (!(e.getCause() instanceof SQLException s) || !"40001".equals(s.getSQLState())
                                || attempt == 3) {
                            throw e;
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } finally {
                try {
                    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                } catch (SQLException ignored) {
                    // the connection is gone
                }
            }
        };
    }

    static Consumer<Connection> goOffCall(int level, int me) {
        return retrying(level, c -> {
            if (query(c, "select count(*) from iso_doctors where on_call") >= 2) {
                update(c, "update iso_doctors set on_call = false where id = " + me);
            }
        });
    }

    private ExplorationResult doctors(Strategy s, int level) {
        return db.explore(s, 300, "delete from iso_doctors; insert into iso_doctors values (1, true), (2, true)",
                goOffCall(level, 1), goOffCall(level, 2), c -> PgScenarios.holds(c,
                        x -> assertTrue(query(x, "select count(*) from iso_doctors where on_call") >= 1)));
    }

    @Test
    void writeSkewUnderRepeatableReadIsFoundAndUnderSerializableWithARetryHolds() {
        for (Strategy s : new Strategy[] {Strategy.dpor(), Strategy.random()}) {
            ExplorationResult rr = doctors(s, Connection.TRANSACTION_REPEATABLE_READ);
            assertEquals(Verdict.VIOLATED, rr.verdict(), rr.report());
            assertTrue(rr.report().contains("SQL anomaly: Write skew"), rr.report());
        }
        // SERIALIZABLE: PostgreSQL's own predicate-lock bookkeeping decides which transaction fails, on more than
        // the orders of the statements the model sees, so DPOR may stop inconclusive; it never finds the skew
        ExplorationResult dpor = doctors(Strategy.dpor(), Connection.TRANSACTION_SERIALIZABLE);
        assertNotEquals(Verdict.VIOLATED, dpor.verdict(), dpor.report());
        ExplorationResult random = doctors(Strategy.random(), Connection.TRANSACTION_SERIALIZABLE);
        assertEquals(Verdict.HOLDS, random.verdict(), random.report());
    }

    @Test
    void aReadModifyWriteUnderRepeatableReadWithARetryHoldsAndWithoutTheRetryFails() throws SQLException {
        String reset = "delete from iso_accounts; insert into iso_accounts values (1, 0)";
        DatabaseRacesTest.Body increment = c -> {
            int b = query(c, "select balance from iso_accounts where id = 1");
            update(c, "update iso_accounts set balance = " + (b + 1) + " where id = 1");
        };
        Consumer<Connection> withRetry = retrying(Connection.TRANSACTION_REPEATABLE_READ, increment);
        Strategy[] strategies = {Strategy.dpor(), Strategy.random()};
        for (int i = 0; i < strategies.length; i++) {
            ExplorationResult r = db.explore(strategies[i], i == 0 ? 2000 : 300, reset, withRetry, withRetry, c -> PgScenarios.holds(c,
                    x -> assertEquals(2, query(x, "select balance from iso_accounts where id = 1"))));
            assertEquals(Verdict.HOLDS, r.verdict(), r.report());
            assertTrue(i > 0 || r.exhaustive(), r.report()); // DPOR: exhaustively
        }
        // without the retry, the second transaction's update fails with 40001: the exploration reports it
        Consumer<Connection> once = c -> {
            try {
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                DatabaseRacesTest.transaction(increment).accept(c);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        ExplorationResult r = db.explore(Strategy.dpor(), 300, reset, once, once, c -> true);
        assertEquals(Verdict.VIOLATED, r.verdict(), r.report());
        assertTrue(r.report().contains("could not serialize access"), r.report());
        db.first.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        db.second.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    }

    @Test
    void underSerializableDporFailsClosedOnARetriedReadModifyWriteAndFindsTheUnretried40001() throws SQLException {
        String reset = "delete from iso_accounts; insert into iso_accounts values (1, 0)";
        DatabaseRacesTest.Body increment = c -> {
            int b = query(c, "select balance from iso_accounts where id = 1");
            update(c, "update iso_accounts set balance = " + (b + 1) + " where id = 1");
        };
        Consumer<Connection> withRetry = retrying(Connection.TRANSACTION_SERIALIZABLE, increment);
        ExplorationResult dpor = db.explore(Strategy.dpor(), 3000, reset, withRetry, withRetry, c -> PgScenarios.holds(c,
                x -> assertEquals(2, query(x, "select balance from iso_accounts where id = 1"))));
        // every order of the statements ran, but PostgreSQL's aborts also depend on the tables' physical state
        assertEquals(Verdict.INCONCLUSIVE, dpor.verdict(), dpor.report());
        assertTrue(dpor.report().contains("a transaction ran at SERIALIZABLE (select balance from iso_accounts"),
                dpor.report());
        ExplorationResult random = db.explore(Strategy.random(), 300, reset, withRetry, withRetry,
                c -> PgScenarios.holds(c, x -> assertEquals(2, query(x,
                        "select balance from iso_accounts where id = 1"))));
        assertEquals(Verdict.HOLDS, random.verdict(), random.report());
        // the doctors without a retry: the serialization failure PostgreSQL raises is what DPOR reports
        Consumer<Connection> once1 = serializableOnce(1);
        Consumer<Connection> once2 = serializableOnce(2);
        ExplorationResult skew = db.explore(Strategy.dpor(), 300,
                "delete from iso_doctors; insert into iso_doctors values (1, true), (2, true)", once1, once2,
                c -> PgScenarios.holds(c,
                        x -> assertTrue(query(x, "select count(*) from iso_doctors where on_call") >= 1)));
        assertEquals(Verdict.VIOLATED, skew.verdict(), skew.report());
        assertTrue(skew.report().contains("could not serialize access"), skew.report());
        db.first.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        db.second.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    }

    private static Consumer<Connection> serializableOnce(int me) {
        return c -> {
            try {
                c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
                DatabaseRacesTest.transaction(x -> {
                    if (query(x, "select count(*) from iso_doctors where on_call") >= 2) {
                        update(x, "update iso_doctors set on_call = false where id = " + me);
                    }
                }).accept(c);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
