package dev.frontrun.io;

import static dev.frontrun.io.DatabaseRacesTest.query;
import static dev.frontrun.io.DatabaseRacesTest.transaction;
import static dev.frontrun.io.DatabaseRacesTest.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
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
import dev.frontrun.internal.pg.TestDatabase;
import dev.frontrun.internal.sql.JdbcPrimaryKeys;

/**
 * Tables whose rows a primary key does not name. Two rows share {@code id = 5} and differ by {@code name}; each
 * transaction locks its own row {@code FOR UPDATE}, reads the other's visits and sets its own to one more (write
 * skew: run one after the other the visits add up to 3, interleaved both read 0 and they add up to 2). PostgreSQL
 * locks the two rows separately, so nothing keeps the transactions apart. A model that took {@code id} for the key
 * locked one row {@code (id=5)} for both, serialized them, and DPOR proved the program (a false HOLDS); frontrun now
 * names rows by the primary key, else by a unique index on {@code NOT NULL} columns, else not at all: the table is
 * then modelled whole, its row locks are not modelled, and a systematic exploration that finds nothing says so
 * (INCONCLUSIVE naming the table and statement), never HOLDS.
 */
@Timeout(300)
class PgUnkeyedTableRacesTest {

    private static PgScenarios db;

    @BeforeAll
    static void open() throws SQLException {
        db = PgScenarios.open("drop table if exists nk_plain", "drop table if exists nk_unique",
                "drop table if exists nk_nullable",
                "create table nk_plain (id int not null, name varchar(8) not null, visits int not null)",
                "create table nk_unique (id int not null, name varchar(8) not null, visits int not null,"
                        + " unique (id, name))",
                "create table nk_nullable (id int not null, name varchar(8), visits int not null, unique (id, name))");
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    private static String reset(String table) {
        return "delete from " + table + "; insert into " + table + " (id, name, visits) values (5, 'a', 0), (5, 'b', 0)";
    }

    /** Locks {@code locked} rows in order, reads the other's visits, sets its own ({@code me}) to one more. */
    private static Consumer<Connection> visit(String table, String me, List<String> locked) {
        String other = me.equals("a") ? "b" : "a";
        return transaction(c -> {
            for (String name : locked) {
                query(c, "select visits from " + table + " where id = 5 and name = '" + name + "' for update");
            }
            int theirs = query(c, "select visits from " + table + " where id = 5 and name = '" + other + "'");
            update(c, "update " + table + " set visits = " + (theirs + 1) + " where id = 5 and name = '" + me + "'");
        });
    }

    private static Predicate<Connection> addUpToThree(String table) {
        return c -> PgScenarios.holds(c, x -> assertEquals(3, query(x, "select sum(visits) from " + table)));
    }

    @Test
    void theRowKeyIsThePrimaryKeyElseAUniqueIndexOnNotNullColumnsElseNone() throws SQLException {
        try (Connection c = TestDatabase.connect()) {
            JdbcPrimaryKeys keys = new JdbcPrimaryKeys(c, "nk-test:" + System.nanoTime());
            assertEquals(List.of(), keys.primaryKey("nk_plain"));
            assertEquals(List.of("id", "name"), keys.primaryKey("nk_unique"));
            assertEquals(List.of(), keys.primaryKey("nk_nullable"), "a unique index on a nullable column");
            assertEquals(List.of(), keys.primaryKey("nk_no_such_table"));
        }
    }

    /** The false HOLDS this guards against: DPOR must find the write skew, not serialize both rows as one. */
    @Test
    void writeSkewOnATableWithoutAKeyIsFoundNotCertifiedAway() {
        Consumer<Connection> a = visit("nk_plain", "a", List.of("a"));
        Consumer<Connection> b = visit("nk_plain", "b", List.of("b"));
        ExplorationResult dpor = db.explore(Strategy.dpor(), 500, reset("nk_plain"), a, b, addUpToThree("nk_plain"));
        assertEquals(Verdict.VIOLATED, dpor.verdict(), dpor.report());
        ExplorationResult random = db.explore(Strategy.random(), 300, reset("nk_plain"), a, b,
                addUpToThree("nk_plain"));
        assertEquals(Verdict.VIOLATED, random.verdict(), random.report());
    }

    /**
     * Locking both rows in one order fixes it; on the table without a key DPOR cannot prove it (the row locks that
     * keep the transactions apart are PostgreSQL's, not the model's) and says why; random finds nothing.
     */
    @Test
    void theFixOnATableWithoutAKeyIsInconclusiveUnderDporNamingTheTable() {
        Consumer<Connection> a = visit("nk_plain", "a", List.of("a", "b"));
        Consumer<Connection> b = visit("nk_plain", "b", List.of("a", "b"));
        ExplorationResult dpor = db.explore(Strategy.dpor(), 30, reset("nk_plain"), a, b, addUpToThree("nk_plain"));
        assertEquals(Verdict.INCONCLUSIVE, dpor.verdict(), dpor.report());
        assertTrue(dpor.report().contains("a statement locked rows of nk_plain (select visits from nk_plain where"
                + " id = 5 and name = 'a' for update), which has no primary key and no unique index on NOT NULL"
                + " columns"), dpor.report());
        ExplorationResult random = db.explore(Strategy.random(), 60, reset("nk_plain"), a, b,
                addUpToThree("nk_plain"));
        assertEquals(Verdict.HOLDS, random.verdict(), random.report());
    }

    /** With a unique index on NOT NULL columns the rows are named exactly: the skew is found, the fix proved. */
    @Test
    void aUniqueIndexOnNotNullColumnsNamesTheRowsExactly() {
        ExplorationResult skew = db.explore(Strategy.dpor(), 500, reset("nk_unique"),
                visit("nk_unique", "a", List.of("a")), visit("nk_unique", "b", List.of("b")),
                addUpToThree("nk_unique"));
        assertEquals(Verdict.VIOLATED, skew.verdict(), skew.report());
        assertTrue(skew.report().contains("nk_unique(id=5,name=a)"), skew.report());
        ExplorationResult fix = db.explore(Strategy.dpor(), 500, reset("nk_unique"),
                visit("nk_unique", "a", List.of("a", "b")), visit("nk_unique", "b", List.of("a", "b")),
                addUpToThree("nk_unique"));
        assertEquals(Verdict.HOLDS, fix.verdict(), fix.report());
        assertTrue(fix.exhaustive(), fix.report());
        assertFalse(fix.report().contains("waited in PostgreSQL"), fix.report());
    }
}
