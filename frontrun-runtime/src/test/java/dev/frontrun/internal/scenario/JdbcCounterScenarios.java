package dev.frontrun.internal.scenario;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.Expect;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.Scenario;
import dev.frontrun.scenario.ScenarioContext;

/**
 * Scenarios on a one-row counter table written as the documentation shows them: every execution's {@code setup()},
 * each actor and {@code holds()} open a connection of their own with {@link ScenarioContext#connect()} and close it
 * (so the runner's {@code ScenarioConnections} hands the same server sessions out again and again).
 */
final class JdbcCounterScenarios {

    private JdbcCounterScenarios() {
    }

    /** The table, its reset and the invariant (two increments). */
    abstract static class Counter implements Scenario<ScenarioContext> {
        private ScenarioContext context;

        @Override
        public void open(ScenarioContext ctx) throws SQLException {
            this.context = ctx;
            try (Connection c = ctx.connect(); Statement s = c.createStatement()) {
                s.execute("create table if not exists sc_counter (id int primary key, n int not null)");
            }
        }

        @Override
        public ScenarioContext setup() throws SQLException {
            try (Connection c = context.connect(); Statement s = c.createStatement()) {
                s.execute("delete from sc_counter");
                s.execute("insert into sc_counter values (1, 0)");
            }
            return context;
        }

        @Override
        public boolean holds(ScenarioContext db) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                return read(s, "") == 2;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        abstract void increment(Connection c) throws SQLException;

        @Override
        public List<Actor<ScenarioContext>> actors() {
            return List.of(Actor.of("a", this::run), Actor.of("b", this::run));
        }

        private void run(ScenarioContext db) {
            try (Connection c = db.connect()) {
                increment(c);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        static int read(Statement s, String lock) throws SQLException {
            try (ResultSet rs = s.executeQuery("select n from sc_counter where id = 1" + lock)) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * Reads in a transaction without a lock, writes back, commits; the connection is closed with nothing open. A lost
     * update.
     */
    @RaceScenario(expect = Expect.RACE)
    public static final class LostUpdate extends Counter {
        @Override
        void increment(Connection c) throws SQLException {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                int n = read(s, "");
                s.executeUpdate("update sc_counter set n = " + (n + 1) + " where id = 1");
            }
            c.commit();
        }
    }

    /** Reads {@code FOR UPDATE}, writes back, commits: correct under every interleaving. */
    @RaceScenario(expect = Expect.SAFE)
    public static final class LockedIncrement extends Counter {
        @Override
        void increment(Connection c) throws SQLException {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                int n = read(s, " for update");
                s.executeUpdate("update sc_counter set n = " + (n + 1) + " where id = 1");
            }
            c.commit();
        }
    }

    /**
     * Each actor locks the row, increments it and closes the connection without committing: the close rolls the
     * transaction back and frees the row for the other actor, so the counter stays 0 in every interleaving.
     */
    @RaceScenario(expect = Expect.SAFE)
    public static final class RolledBackByClose extends Counter {
        @Override
        void increment(Connection c) throws SQLException {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                int n = read(s, " for update");
                s.executeUpdate("update sc_counter set n = " + (n + 1) + " where id = 1");
            }
        }

        @Override
        public boolean holds(ScenarioContext db) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                return read(s, "") == 0;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
