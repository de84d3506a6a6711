package dev.frontrun.internal.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.frontrun.Verdict;
import dev.frontrun.internal.fork.RunSettings;
import dev.frontrun.internal.jdbc.ScenarioConnections;
import dev.frontrun.internal.pg.TestDatabase;
import dev.frontrun.internal.result.Grade;
import dev.frontrun.internal.result.ScenarioResult;
import dev.frontrun.internal.result.StrategyResult;
import dev.frontrun.scenario.ScenarioContext;

/** {@link ScenarioConnections} (what {@code ScenarioContext.connect()} uses under the runner) on the embedded PostgreSQL: reused sessions are as new ones, verdicts unchanged. */
class ScenarioConnectionsTest {

    private final ScenarioContext context = new ScenarioContext(TestDatabase.url(), "postgres", "", 42);
    private ScenarioConnections pool;

    @AfterEach
    void closePool() {
        if (pool != null) {
            pool.close();
        }
    }

    @Test
    void aSessionGivenBackIsResetToWhatANewConnectionIs() throws SQLException {
        TestDatabase.run("drop table if exists sc_reset", "create table sc_reset (id int primary key)");
        pool = ScenarioConnections.install(context.jdbcUrl(), "postgres", "");
        int pid;
        try (Connection c = context.connect(); Statement s = c.createStatement()) {
            pid = pid(s);
            c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            c.setAutoCommit(false);
            s.execute("set lock_timeout = '7s'");
            s.execute("create temporary table sc_temp (id int)");
            s.execute("select pg_advisory_lock(4242)");
            s.execute("insert into sc_reset values (1)"); // never committed
        }
        ScenarioConnections.nextRun();
        try (Connection c = context.connect(); Statement s = c.createStatement()) {
            assertEquals(pid, pid(s), "the same server session is handed out again");
            assertTrue(c.getAutoCommit());
            assertFalse(c.isReadOnly());
            assertEquals("0", text(s, "show lock_timeout"));
            assertEquals("read committed", text(s, "show transaction_isolation"));
            assertEquals(null, text(s, "select to_regclass('pg_temp.sc_temp')::text"));
            assertEquals("0", text(s, "select count(*) from pg_locks where locktype = 'advisory'"));
            assertEquals("0", text(s, "select count(*) from sc_reset"));
        }
    }

    @Test
    void withinOneRunEveryConnectionIsItsOwnSession() throws SQLException {
        pool = ScenarioConnections.install(context.jdbcUrl(), "postgres", "");
        ScenarioConnections.nextRun();
        int first;
        try (Connection c = context.connect(); Statement s = c.createStatement()) {
            first = pid(s);
        }
        int second;
        try (Connection c = context.connect(); Statement s = c.createStatement()) {
            second = pid(s);
        }
        assertNotEquals(first, second, "a session given back in this run is not handed out in the same run");
        ScenarioConnections.nextRun();
        try (Connection c = context.connect(); Statement s = c.createStatement()) {
            int third = pid(s);
            assertTrue(third == first || third == second, "after the next setup it is");
        }
    }

    @Test
    void aSessionAResetCannotRestoreIsClosedNotReused() throws SQLException {
        pool = ScenarioConnections.install(context.jdbcUrl(), "postgres", "");
        int inSqlTransaction;
        try (Connection c = context.connect(); Statement s = c.createStatement()) {
            inSqlTransaction = pid(s);
            s.execute("begin");
        }
        int schemaChanged;
        try (Connection c = context.connect(); Statement s = c.createStatement()) {
            schemaChanged = pid(s);
            c.setSchema("pg_catalog");
        }
        ScenarioConnections.nextRun();
        try (Connection c = context.connect(); Statement s = c.createStatement()) {
            int now = pid(s);
            assertNotEquals(inSqlTransaction, now);
            assertNotEquals(schemaChanged, now);
            assertEquals("public", text(s, "select current_schema()"));
            assertEquals("0", text(s, "select count(*) from pg_stat_activity where pid in (" + inSqlTransaction + ", "
                    + schemaChanged + ")"), "both sessions were closed");
        }
    }

    @Test
    void aClosedHandleRefusesCallsAndThePoolClosesEverySessionAtTheEnd() throws SQLException {
        pool = ScenarioConnections.install(context.jdbcUrl(), "postgres", "");
        Connection c = context.connect();
        int pid;
        try (Statement s = c.createStatement()) {
            pid = pid(s);
        }
        c.close();
        c.close(); // twice is allowed, as for any connection
        assertTrue(c.isClosed());
        assertThrows(SQLException.class, c::createStatement);
        pool.close();
        pool = null;
        try (Connection fresh = context.connect(); Statement s = fresh.createStatement()) {
            assertNotEquals(pid, pid(s), "without a pool every connection is new");
            assertEquals("0", text(s, "select count(*) from pg_stat_activity where pid = " + pid));
        }
    }

    @Test
    void verdictsOfScenariosThatConnectPerActorAreUnchanged() {
        RunSettings settings = RunSettings.from(Map.of("strategies", "random,dpor", "maxAttempts", "40",
                "maxExecutions", "200", "reproduce", "3"));
        ScenarioResult lost = run(JdbcCounterScenarios.LostUpdate.class, settings);
        assertEquals(Grade.Status.FOUND, lost.grade().status(), lost.toJson());
        for (StrategyResult st : lost.strategies()) {
            assertEquals(Verdict.VIOLATED, st.verdict(), st.strategy() + ": " + st.reason());
            assertEquals(3, st.reproduced(), st.strategy() + " replays its counterexample");
        }
        for (Class<?> safe : new Class<?>[] {JdbcCounterScenarios.LockedIncrement.class,
            JdbcCounterScenarios.RolledBackByClose.class}) {
            ScenarioResult r = run(safe, settings);
            assertEquals(Grade.Status.CLEAN, r.grade().status(), r.toJson());
            for (StrategyResult st : r.strategies()) {
                assertEquals(Verdict.HOLDS, st.verdict(), safe.getSimpleName() + " " + st.strategy() + ": "
                        + st.reason());
            }
        }
    }

    private ScenarioResult run(Class<?> type, RunSettings settings) {
        LoadedScenario s = LoadedScenario.load(type.getName(), getClass().getClassLoader());
        return new ScenarioRunner(s, settings, System.out).run(context);
    }

    private static int pid(Statement s) throws SQLException {
        return Integer.parseInt(text(s, "select pg_backend_pid()"));
    }

    private static String text(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
