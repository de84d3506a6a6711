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
import dev.frontrun.internal.pg.TestDatabase;

/**
 * Unique-index waits on the real embedded PostgreSQL: an INSERT of a key a concurrent uncommitted transaction
 * inserted waits for it in the scheduler's model (not in the database), then fails, does nothing or updates as
 * PostgreSQL decides. Bug and fix side by side, under DPOR and random; no property names the database (the lock
 * watcher finds it through the application's connections).
 */
@Timeout(300)
class PgUniqueKeyRacesTest {

    private static PgScenarios db;

    @BeforeAll
    static void open() throws SQLException {
        db = PgScenarios.open(
                "drop table if exists uk_plain", "create table uk_plain (id serial primary key, email text not null)",
                "drop table if exists uk_signups",
                "create table uk_signups (id serial primary key, email text not null unique)",
                "drop table if exists uk_counters", "create table uk_counters (k text primary key, n int not null)",
                "drop table if exists uk_members", "create table uk_members (id serial primary key,"
                        + " email text not null unique, visits int not null)");
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    /** Check-then-insert: count the address, insert it when absent. */
    static Consumer<Connection> signUpChecked(String table, String insert) {
        return transaction(c -> {
            if (query(c, "select count(*) from " + table + " where email = 'ann@example.com'") == 0) {
                update(c, insert);
            }
        });
    }

    private static boolean oneAnn(Connection admin, String table) {
        return PgScenarios.holds(admin, x -> assertEquals(1,
                query(x, "select count(*) from " + table + " where email = 'ann@example.com'")));
    }

    private ExplorationResult checkThenInsert(Strategy strategy, int attempts) {
        Consumer<Connection> a = signUpChecked("uk_plain", "insert into uk_plain (email) values ('ann@example.com')");
        return db.explore(strategy, attempts, "delete from uk_plain", a, a, c -> oneAnn(c, "uk_plain"));
    }

    private ExplorationResult onConflictDoNothing(Strategy strategy, int attempts) {
        Consumer<Connection> a = signUpChecked("uk_signups",
                "insert into uk_signups (email) values ('ann@example.com') on conflict do nothing");
        return db.explore(strategy, attempts, "delete from uk_signups", a, a, c -> oneAnn(c, "uk_signups"));
    }

    @Test
    void checkThenInsertIsFoundByDporAndRandomAndNamedAPhantom() {
        for (Strategy s : new Strategy[] {Strategy.dpor(), Strategy.random()}) {
            ExplorationResult r = checkThenInsert(s, 200);
            assertEquals(Verdict.VIOLATED, r.verdict(), r.report());
            assertTrue(r.report().contains("SQL anomaly: Phantom"), r.report());
            // the headline names the phantom, nothing calls it a lost update (nothing was overwritten)
            String headline = r.explanation().lines().filter(l -> !l.isBlank()).skip(1).findFirst().orElse("");
            assertTrue(headline.strip().startsWith("Phantom on uk_plain"), r.report());
            assertTrue(!r.report().contains("Lost update"), r.report());
        }
    }

    @Test
    void onConflictDoNothingWithAUniqueIndexHoldsUnderDporExhaustivelyAndUnderRandom() {
        ExplorationResult dpor = onConflictDoNothing(Strategy.dpor(), 200);
        assertEquals(Verdict.HOLDS, dpor.verdict(), dpor.report());
        assertTrue(dpor.exhaustive(), dpor.report());
        ExplorationResult random = onConflictDoNothing(Strategy.random(), 300);
        assertEquals(Verdict.HOLDS, random.verdict(), random.report());
        assertEquals(300, random.executions(), random.report());
    }

    @Test
    void aPlainInsertOfAKeyAnotherTransactionInsertedWaitsThenFailsAndDporAgreesWithRandom() {
        // both insert without looking: the second waits for the first; after its commit, a unique violation
        // (SQLState 23505), caught here; the invariant holds in every order, DPOR proves it, random agrees
        Consumer<Connection> a = c -> {
            try {
                transaction(x -> update(x, "insert into uk_signups (email) values ('ann@example.com')")).accept(c);
            } catch (IllegalStateException e) {
                if (!(e.getCause() instanceof SQLException s) || !"23505".equals(s.getSQLState())) {
                    throw e;
                }
            }
        };
        ExplorationResult dpor = db.explore(Strategy.dpor(), 200, "delete from uk_signups", a, a,
                c -> oneAnn(c, "uk_signups"));
        assertEquals(Verdict.HOLDS, dpor.verdict(), dpor.report());
        assertTrue(dpor.exhaustive(), dpor.report());
        ExplorationResult random = db.explore(Strategy.random(), 100, "delete from uk_signups", a, a,
                c -> oneAnn(c, "uk_signups"));
        assertEquals(Verdict.HOLDS, random.verdict(), random.report());
    }

    @Test
    void anUpsertCounterHoldsAndItsReadModifyWriteTwinIsFound() {
        String reset = "delete from uk_counters";
        Consumer<Connection> upsert = transaction(c -> update(c,
                "insert into uk_counters (k, n) values ('a', 1) on conflict (k) do update set n = uk_counters.n + 1"));
        java.util.function.Predicate<Connection> two = c -> PgScenarios.holds(c,
                x -> assertEquals(2, query(x, "select n from uk_counters where k = 'a'")));
        for (Strategy s : new Strategy[] {Strategy.dpor(), Strategy.random()}) {
            ExplorationResult r = db.explore(s, 100, reset, upsert, upsert, two);
            assertEquals(Verdict.HOLDS, r.verdict(), r.report());
        }
        Consumer<Connection> readThenWrite = transaction(c -> {
            if (query(c, "select count(*) from uk_counters where k = 'a'") == 0) {
                update(c, "insert into uk_counters (k, n) values ('a', 1) on conflict (k) do nothing");
            } else {
                update(c, "update uk_counters set n = n + 1 where k = 'a'");
            }
        });
        for (Strategy s : new Strategy[] {Strategy.dpor(), Strategy.random()}) {
            ExplorationResult r = db.explore(s, 200, reset, readThenWrite, readThenWrite, two);
            assertEquals(Verdict.VIOLATED, r.verdict(), r.report());
        }
    }

    /**
     * An upsert whose conflict target is not the primary key ({@code on conflict (email) do update}) locks the row
     * it updates, which its statement names only by email: the scheduler asks PostgreSQL which row that is
     * ({@code SELECT id FROM uk_members WHERE email = ?}) and locks it, so against a read-modify-write under
     * {@code FOR UPDATE} of the same row it waits in the model, not in PostgreSQL, and DPOR proves the count.
     */
    @Test
    void anUpsertByAUniqueKeyLocksTheRowItUpdatesAsked() {
        String reset = "delete from uk_members; insert into uk_members (id, email, visits) values (1, 'ann', 0)";
        Consumer<Connection> lockedIncrement = transaction(c -> {
            int visits = query(c, "select visits from uk_members where email = 'ann' for update");
            update(c, "update uk_members set visits = " + (visits + 1) + " where email = 'ann'");
        });
        Consumer<Connection> upsert = transaction(c -> {
            try (java.sql.PreparedStatement p = c.prepareStatement("insert into uk_members (email, visits)"
                    + " values (?, 1) on conflict (email) do update set visits = uk_members.visits + 1")) {
                p.setString(1, "ann");
                p.executeUpdate();
            }
        });
        java.util.function.Predicate<Connection> two = c -> PgScenarios.holds(c,
                x -> assertEquals(2, query(x, "select visits from uk_members where email = 'ann'")));
        ExplorationResult dpor = db.explore(Strategy.dpor(), 200, reset, lockedIncrement, upsert, two);
        assertEquals(Verdict.HOLDS, dpor.verdict(), dpor.report());
        assertTrue(dpor.exhaustive(), dpor.report());
        assertFalse(dpor.report().contains("waited in PostgreSQL"), dpor.report());
        ExplorationResult random = db.explore(Strategy.random(), 200, reset, lockedIncrement, upsert, two);
        assertEquals(Verdict.HOLDS, random.verdict(), random.report());
    }
}
