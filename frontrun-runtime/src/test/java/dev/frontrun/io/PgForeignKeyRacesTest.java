package dev.frontrun.io;

import static dev.frontrun.io.DatabaseRacesTest.query;
import static dev.frontrun.io.DatabaseRacesTest.transaction;
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
 * A foreign-key insert against a concurrent delete of its parent. The key-share lock of the foreign-key check is
 * not in the model: PostgreSQL's wait is seen in {@code pg_locks}, and DPOR fails closed (INCONCLUSIVE, naming the
 * statement), never HOLDS; PostgreSQL's own guarantee (no orphan child) holds in every execution random runs.
 */
@Timeout(300)
class PgForeignKeyRacesTest {

    private static PgScenarios db;

    @BeforeAll
    static void open() throws SQLException {
        db = PgScenarios.open("drop table if exists fk_children", "drop table if exists fk_parents",
                "create table fk_parents (id int primary key)",
                "create table fk_children (id serial primary key, parent int references fk_parents (id))");
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
    void anInsertOfAChildAgainstADeleteOfItsParentFailsClosedUnderDporAndHoldsUnderRandom() {
        String reset = "delete from fk_children; delete from fk_parents; insert into fk_parents values (1)";
        Consumer<Connection> child = tolerating23503(c -> update(c, "insert into fk_children (parent) values (1)"));
        Consumer<Connection> parent = tolerating23503(c -> update(c, "delete from fk_parents where id = 1"));
        java.util.function.Predicate<Connection> noOrphan = c -> PgScenarios.holds(c, x -> assertEquals(0,
                query(x, "select count(*) from fk_children c where not exists"
                        + " (select 1 from fk_parents p where p.id = c.parent)")));
        ExplorationResult dpor = db.explore(Strategy.dpor(), 50, reset, child, parent, noOrphan);
        assertNotEquals(Verdict.HOLDS, dpor.verdict(), dpor.report());
        assertEquals(Verdict.INCONCLUSIVE, dpor.verdict(), dpor.report());
        assertTrue(dpor.report().contains("waited in PostgreSQL for a lock the database model does not foresee"),
                dpor.report());
        ExplorationResult random = db.explore(Strategy.random(), 20, reset, child, parent, noOrphan);
        assertNotEquals(Verdict.VIOLATED, random.verdict(), random.report());
    }
}
