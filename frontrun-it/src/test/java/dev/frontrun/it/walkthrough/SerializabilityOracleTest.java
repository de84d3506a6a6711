package dev.frontrun.it.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;
import dev.frontrun.it.db.Database;
import dev.frontrun.it.oncall.OnCallRoster;
import dev.frontrun.it.orm.HibernateFixture;

/** The walkthrough's races found on real PostgreSQL with no hand-written invariant: only what to compare. */
class SerializabilityOracleTest extends HibernateFixture {
    private static ExplorationResult explore(Handler h) {
        return Frontrun.explore(() -> h.reset.apply(sf))
                .worker(h.body::accept)
                .worker(h.body::accept)
                .serializable(s -> h.read.applyAsInt(s))
                .strategy(Strategy.dpor())
                .reproductions(3)
                .run();
    }

    @Test
    void theLostLoginIsNotSerializableAndTheFixedHandlersAre() {
        ExplorationResult buggy = explore(Handler.BUGGY);
        assertEquals(Verdict.VIOLATED, buggy.verdict(), buggy.report());
        assertTrue(buggy.report().contains("Not serializable: the final state 1 matches no serial order of the"
                + " workers (serial results: [0, 1] -> 2; [1, 0] -> 2)"), buggy.report());
        assertTrue(buggy.report().contains("SQL anomaly: Lost update on users(id=1)"), buggy.report());
        for (Handler h : Handler.FIXES) {
            ExplorationResult fixed = explore(h);
            assertEquals(Verdict.HOLDS, fixed.verdict(), h + ": " + fixed.report());
            assertTrue(fixed.exhaustive(), h + ": " + fixed.report());
        }
    }

    record Doctors(Connection alice, Connection bob, Connection admin) {
    }

    private static void goOffCall(Connection c, int doctor) {
        try {
            OnCallRoster.goOffCall(c, doctor);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int onCall(Doctors d) {
        try {
            return OnCallRoster.onCall(d.admin());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void writeSkewIsNotSerializable() throws SQLException {
        Database db = Database.shared();
        Doctors doctors = new Doctors(db.connect(), db.connect(), db.connect());
        try {
            OnCallRoster.createTable(doctors.admin());
            ExplorationResult r = Frontrun.explore(() -> {
                try {
                    OnCallRoster.reset(doctors.admin());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return doctors;
            })
                    .worker(d -> goOffCall(d.alice(), 1))
                    .worker(d -> goOffCall(d.bob(), 2))
                    .serializable(SerializabilityOracleTest::onCall)
                    .strategy(Strategy.dpor())
                    .reproductions(3)
                    .run();
            assertEquals(Verdict.VIOLATED, r.verdict(), r.report());
            assertTrue(r.report().contains("Not serializable: the final state 0 matches no serial order of the"
                    + " workers (serial results: [0, 1] -> 1; [1, 0] -> 1)"), r.report());
        } finally {
            doctors.alice().close();
            doctors.bob().close();
            doctors.admin().close();
        }
    }
}
