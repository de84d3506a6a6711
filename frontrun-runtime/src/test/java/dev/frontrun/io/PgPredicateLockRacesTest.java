package dev.frontrun.io;

import static dev.frontrun.io.DatabaseRacesTest.query;
import static dev.frontrun.io.DatabaseRacesTest.transaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
 * Row locks of WHERE clauses that pin no key, on the real embedded PostgreSQL: the scheduler asks the database
 * which rows the predicate matches and models their locks, so the fixes hold under DPOR (exhaustively) and under
 * random exploration at full speed, and the bugs beside them are found.
 */
@Timeout(300)
class PgPredicateLockRacesTest {

    private static PgScenarios db;

    @BeforeAll
    static void open() throws SQLException {
        db = PgScenarios.open("drop table if exists pl_doctors",
                "create table pl_doctors (id int primary key, shift int not null, on_call boolean not null)",
                "drop table if exists pl_inventory",
                "create table pl_inventory (item text primary key, shelf text not null, stock int not null)",
                "drop table if exists pl_orders", "create table pl_orders (id serial primary key, item text not null)");
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    static int exec(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                p.setObject(i + 1, parameters[i]);
            }
            return p.executeUpdate();
        }
    }

    // ------------------------------------------------------------------ write skew: two doctors of one shift

    private static final String DOCTORS = "delete from pl_doctors; insert into pl_doctors values (1, 7, true),"
            + " (2, 7, true), (3, 8, true)";

    /** Goes off call if another doctor of the shift stays; {@code lock} locks the shift's rows first. */
    static Consumer<Connection> goOffCall(int me, boolean lock) {
        return transaction(c -> {
            if (lock) {
                query(c, "select id from pl_doctors where shift = 7 for update");
            }
            if (query(c, "select count(*) from pl_doctors where shift = 7 and on_call") >= 2) {
                exec(c, "update pl_doctors set on_call = false where id = ?", me);
            }
        });
    }

    private static boolean someoneOnCall(Connection admin) {
        return PgScenarios.holds(admin, x -> assertTrue(
                query(x, "select count(*) from pl_doctors where shift = 7 and on_call") >= 1));
    }

    @Test
    void writeSkewIsFoundByDporAndRandom() {
        for (Strategy s : new Strategy[] {Strategy.dpor(), Strategy.random()}) {
            ExplorationResult r = db.explore(s, 200, DOCTORS, goOffCall(1, false), goOffCall(2, false),
                    PgPredicateLockRacesTest::someoneOnCall);
            assertEquals(Verdict.VIOLATED, r.verdict(), r.report());
            assertTrue(r.report().contains("SQL anomaly: Write skew"), r.report());
        }
    }

    @Test
    void lockingTheShiftByPredicateHoldsUnderDporExhaustivelyAndUnderRandomThousandTimes() {
        ExplorationResult dpor = db.explore(Strategy.dpor(), 200, DOCTORS, goOffCall(1, true), goOffCall(2, true),
                PgPredicateLockRacesTest::someoneOnCall);
        assertEquals(Verdict.HOLDS, dpor.verdict(), dpor.report());
        assertTrue(dpor.exhaustive(), dpor.report());
        ExplorationResult random = db.explore(Strategy.random(), 1000, DOCTORS, goOffCall(1, true),
                goOffCall(2, true), PgPredicateLockRacesTest::someoneOnCall);
        assertEquals(Verdict.HOLDS, random.verdict(), random.report());
        assertEquals(1000, random.executions(), random.report());
    }

    // ------------------------------------------------------------------ the last item in stock

    private static final String ONE_LEFT = "delete from pl_orders; delete from pl_inventory;"
            + " insert into pl_inventory values ('widget', 'A', 1), ('gadget', 'A', 5)";

    /** Reads the stock, writes back one less if there was any, and orders. */
    static Consumer<Connection> buyReadThenWrite() {
        return transaction(c -> {
            int stock = query(c, "select stock from pl_inventory where item = 'widget'");
            if (stock > 0) {
                exec(c, "update pl_inventory set stock = ? where item = ?", stock - 1, "widget");
                exec(c, "insert into pl_orders (item) values (?)", "widget");
            }
        });
    }

    /** The fix: decrement only while there is stock, and order only if a row changed. */
    static Consumer<Connection> buyConditionally(String where, Object key) {
        return transaction(c -> {
            if (exec(c, "update pl_inventory set stock = stock - 1 where " + where + " and stock > 0", key) == 1) {
                exec(c, "insert into pl_orders (item) values (?)", "widget");
            }
        });
    }

    private static boolean notOversold(Connection admin) {
        return PgScenarios.holds(admin, x -> {
            assertEquals(0, query(x, "select stock from pl_inventory where item = 'widget'"));
            assertEquals(1, query(x, "select count(*) from pl_orders"));
        });
    }

    @Test
    void theOversellIsFoundAndTheConditionalUpdateHoldsUnderDporAndRandom() {
        Predicate<Connection> ok = PgPredicateLockRacesTest::notOversold;
        for (Strategy s : new Strategy[] {Strategy.dpor(), Strategy.random()}) {
            ExplorationResult bug = db.explore(s, 200, ONE_LEFT, buyReadThenWrite(), buyReadThenWrite(), ok);
            assertEquals(Verdict.VIOLATED, bug.verdict(), bug.report());
        }
        // by primary key (item = ?) and by a predicate on another column (the widget is the only item of shelf B)
        String shelfB = ONE_LEFT.replace("('widget', 'A', 1)", "('widget', 'B', 1)");
        for (String[] fix : new String[][] {{"shelf = ?", "B", shelfB}, {"item = ?", "widget", ONE_LEFT}}) {
            Consumer<Connection> buy = buyConditionally(fix[0], fix[1]);
            ExplorationResult dpor = db.explore(Strategy.dpor(), 200, fix[2], buy, buy, ok);
            assertEquals(Verdict.HOLDS, dpor.verdict(), dpor.report());
            assertTrue(dpor.exhaustive(), dpor.report());
            ExplorationResult random = db.explore(Strategy.random(), 300, fix[2], buy, buy, ok);
            assertEquals(Verdict.HOLDS, random.verdict(), random.report());
            assertEquals(300, random.executions(), random.report());
        }
    }
}
