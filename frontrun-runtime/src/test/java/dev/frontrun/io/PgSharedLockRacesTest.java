package dev.frontrun.io;

import static dev.frontrun.io.DatabaseRacesTest.query;
import static dev.frontrun.io.DatabaseRacesTest.transaction;
import static dev.frontrun.io.DatabaseRacesTest.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
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
 * Shared row locks on PostgreSQL, bug and fix side by side: {@code FOR SHARE} keeps a writer out while a reader acts
 * on what it read, {@code FOR KEY SHARE} does not keep out an update of other columns, and two {@code FOR SHARE}
 * readers that then update the row deadlock. The scheduler follows PostgreSQL's conflict table, so no statement
 * waits in the database (nothing is left to {@code pg_locks}); DPOR proves the shapes in which the modes of the two
 * transactions conflict, and fails closed (never HOLDS) when two transactions may hold a row together.
 */
@Timeout(300)
class PgSharedLockRacesTest {

    private static PgScenarios db;

    @BeforeAll
    static void open() throws SQLException {
        db = PgScenarios.open("drop table if exists sh_orders", "drop table if exists sh_products",
                "create table sh_products (id int primary key, active boolean not null, stock int not null)",
                "create table sh_orders (id serial primary key, product int not null)");
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    static final String RESET = "delete from sh_orders; delete from sh_products;"
            + " insert into sh_products values (1, true, 10)";

    /** Places an order if the product is active, reading it with {@code lock} ("" for a plain read). */
    static Consumer<Connection> order(String lock) {
        return transaction(c -> {
            if (query(c, "select case when active then 1 else 0 end from sh_products where id = 1" + lock) == 1) {
                update(c, "insert into sh_orders (product) values (1)");
            }
        });
    }

    /** Withdraws the product, unless it has orders (then rolls back). */
    static final Consumer<Connection> WITHDRAW = c -> {
        try {
            c.setAutoCommit(false);
            update(c, "update sh_products set active = false where id = 1");
            if (query(c, "select count(*) from sh_orders where product = 1") > 0) {
                c.rollback();
            } else {
                c.commit();
            }
            c.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    };

    private static final Predicate<Connection> NO_ORDER_OF_A_WITHDRAWN_PRODUCT = c -> PgScenarios.holds(c,
            x -> assertEquals(0, query(x, "select count(*) from sh_orders o join sh_products p on p.id = o.product"
                    + " where not p.active")));

    @Test
    void aPlainReadLetsAWithdrawalSlipInBeforeTheOrderUnderDporAndRandom() {
        ExplorationResult dpor = db.explore(Strategy.dpor(), 100, RESET, order(""), WITHDRAW,
                NO_ORDER_OF_A_WITHDRAWN_PRODUCT);
        assertEquals(Verdict.VIOLATED, dpor.verdict(), dpor.report());
        assertTrue(dpor.report().contains("select case when active then 1 else 0 end from sh_products where id = 1"),
                dpor.report());
        ExplorationResult random = db.explore(Strategy.random(), 300, RESET, order(""), WITHDRAW,
                NO_ORDER_OF_A_WITHDRAWN_PRODUCT);
        assertEquals(Verdict.VIOLATED, random.verdict(), random.report());
    }

    @Test
    void forShareKeepsTheWithdrawalOutUntilTheOrderCommitsDporExhaustiveAndRandom() {
        ExplorationResult dpor = db.explore(Strategy.dpor(), 500, RESET, order(" for share"), WITHDRAW,
                NO_ORDER_OF_A_WITHDRAWN_PRODUCT);
        assertEquals(Verdict.HOLDS, dpor.verdict(), dpor.report());
        assertTrue(dpor.exhaustive(), dpor.report());
        assertFalse(dpor.report().contains("waited in PostgreSQL"), dpor.report());
        ExplorationResult random = db.explore(Strategy.random(), 300, RESET, order(" for share"), WITHDRAW,
                NO_ORDER_OF_A_WITHDRAWN_PRODUCT);
        assertEquals(Verdict.HOLDS, random.verdict(), random.report());
        assertEquals(300, random.executions(), random.report());
    }

    /** Reads the stock twice under a row lock taken with {@code lock}; the two reads must agree. */
    static Consumer<Connection> readStockTwice(String lock, int[] reads) {
        return transaction(c -> {
            query(c, "select id from sh_products where id = 1" + lock);
            reads[0] = query(c, "select stock from sh_products where id = 1");
            reads[1] = query(c, "select stock from sh_products where id = 1");
        });
    }

    static final Consumer<Connection> SELL_ONE = transaction(
            c -> update(c, "update sh_products set stock = stock - 1 where id = 1"));

    @Test
    void forKeyShareDoesNotKeepOutAnUpdateOfOtherColumnsButForShareDoes() {
        int[] reads = new int[2];
        Predicate<Connection> stable = c -> reads[0] == reads[1];
        // FOR KEY SHARE and the update's FOR NO KEY UPDATE share the row: the stock changes between the reads
        ExplorationResult random = db.explore(Strategy.random(), 300, RESET, readStockTwice(" for key share", reads),
                SELL_ONE, stable);
        assertEquals(Verdict.VIOLATED, random.verdict(), random.report());
        assertFalse(random.report().contains("waited in PostgreSQL"), random.report());
        ExplorationResult dpor = db.explore(Strategy.dpor(), 200, RESET, readStockTwice(" for key share", reads),
                SELL_ONE, stable);
        assertNotEquals(Verdict.HOLDS, dpor.verdict(), dpor.report());
        assertTrue(dpor.verdict() == Verdict.VIOLATED || dpor.report().contains("sh_products(id=1): FOR KEY SHARE and"
                + " FOR NO KEY UPDATE"), dpor.report());
        // FOR SHARE conflicts with FOR NO KEY UPDATE: the reads agree in every order
        ExplorationResult fixed = db.explore(Strategy.dpor(), 500, RESET, readStockTwice(" for share", reads),
                SELL_ONE, stable);
        assertEquals(Verdict.HOLDS, fixed.verdict(), fixed.report());
        assertTrue(fixed.exhaustive(), fixed.report());
        ExplorationResult fixedRandom = db.explore(Strategy.random(), 300, RESET,
                readStockTwice(" for share", reads), SELL_ONE, stable);
        assertEquals(Verdict.HOLDS, fixedRandom.verdict(), fixedRandom.report());
    }

    /** Reads the row with {@code lock}, then updates it. */
    static Consumer<Connection> readThenUpdate(String lock) {
        return transaction(c -> {
            int stock = query(c, "select stock from sh_products where id = 1" + lock);
            update(c, "update sh_products set stock = " + (stock - 1) + " where id = 1");
        });
    }

    private static final Predicate<Connection> TWO_SOLD = c -> PgScenarios.holds(c,
            x -> assertEquals(8, query(x, "select stock from sh_products where id = 1")));

    @Test
    void twoForShareReadersThatUpdateDeadlockAndForNoKeyUpdateHolds() {
        ExplorationResult random = db.explore(Strategy.random(), 300, RESET, readThenUpdate(" for share"),
                readThenUpdate(" for share"), TWO_SOLD);
        assertEquals(Verdict.VIOLATED, random.verdict(), random.report());
        assertTrue(random.report().contains("Database deadlock detected (PostgreSQL would abort one of the"
                + " transactions)"), random.report());
        assertTrue(random.report().contains("by select stock from sh_products where id = 1 for share"),
                random.report());
        ExplorationResult dpor = db.explore(Strategy.dpor(), 200, RESET, readThenUpdate(" for share"),
                readThenUpdate(" for share"), TWO_SOLD);
        assertNotEquals(Verdict.HOLDS, dpor.verdict(), dpor.report());
        assertTrue(dpor.verdict() == Verdict.VIOLATED || dpor.report().contains("FOR SHARE and FOR SHARE"),
                dpor.report());
        ExplorationResult fixed = db.explore(Strategy.dpor(), 500, RESET, readThenUpdate(" for no key update"),
                readThenUpdate(" for no key update"), TWO_SOLD);
        assertEquals(Verdict.HOLDS, fixed.verdict(), fixed.report());
        assertTrue(fixed.exhaustive(), fixed.report());
        ExplorationResult fixedRandom = db.explore(Strategy.random(), 300, RESET,
                readThenUpdate(" for no key update"), readThenUpdate(" for no key update"), TWO_SOLD);
        assertEquals(Verdict.HOLDS, fixedRandom.verdict(), fixedRandom.report());
    }
}
