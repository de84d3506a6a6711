package dev.frontrun.replay;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
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
 * A JDBC lost update whose {@code setup()} declares {@code throws Exception}, as {@link Scenario} allows: its replay
 * snippets must compile and run ({@link ReplaySnippetTest}). Markers must stay on their lines.
 */
@RaceScenario(expect = Expect.RACE, schedule = "a:read, b:read, a:write, b:write")
public class JdbcReplayScenario implements Scenario<JdbcReplayScenario.Pair> {

    /** One connection per actor. @param a actor a's @param b actor b's */
    public record Pair(Connection a, Connection b) {
    }

    private ScenarioContext context;
    private Connection admin;
    private Pair last;

    @Override
    public void open(ScenarioContext ctx) throws Exception {
        this.context = ctx;
        admin = ctx.connect();
        try (Statement s = admin.createStatement()) {
            s.execute("create table if not exists replay_counter (id int primary key, n int not null)");
            s.execute("insert into replay_counter values (1, 0) on conflict do nothing");
        }
    }

    @Override
    public Pair setup() throws Exception {
        closeLast();
        try (Statement s = admin.createStatement()) {
            s.execute("update replay_counter set n = 0 where id = 1");
        }
        last = new Pair(connect(), connect());
        return last;
    }

    private Connection connect() throws SQLException {
        String url = context.jdbcUrl() + (context.jdbcUrl().contains("?") ? "&" : "?") + "prepareThreshold=0";
        return DriverManager.getConnection(url, context.jdbcUser(), context.jdbcPassword());
    }

    static void increment(Connection c) {
        try {
            int n = count(c); // frontrun: read
            store(c, n + 1); // frontrun: write
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static int count(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("select n from replay_counter where id = 1");
                ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static void store(Connection c, int n) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("update replay_counter set n = ? where id = 1")) {
            update.setInt(1, n);
            update.executeUpdate();
        }
    }

    @Override
    public List<Actor<Pair>> actors() {
        return List.of(Actor.of("a", p -> increment(p.a())), Actor.of("b", p -> increment(p.b())));
    }

    @Override
    public boolean holds(Pair pair) {
        try {
            return count(admin) == 2;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void closeLast() throws SQLException {
        if (last != null) {
            last.a().close();
            last.b().close();
            last = null;
        }
    }

    @Override
    public void close() throws Exception {
        closeLast();
        if (admin != null) {
            admin.close();
        }
    }
}
