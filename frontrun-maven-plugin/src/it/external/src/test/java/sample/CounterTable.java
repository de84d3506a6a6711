package sample;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import dev.frontrun.scenario.Scenario;
import dev.frontrun.scenario.ScenarioContext;

/** A one-row counter table in the scenario's own database; two actors each add 1. */
public abstract class CounterTable implements Scenario<ScenarioContext> {

    private ScenarioContext context;

    @Override
    public void open(ScenarioContext context) throws SQLException {
        this.context = context;
        try (Connection c = context.connect(); Statement s = c.createStatement()) {
            s.execute("create table counter (id int primary key, n int not null)");
        }
    }

    @Override
    public ScenarioContext setup() throws SQLException {
        try (Connection c = context.connect(); Statement s = c.createStatement()) {
            s.execute("delete from counter");
            s.execute("insert into counter values (1, 0)");
        }
        return context;
    }

    @Override
    public boolean holds(ScenarioContext db) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            int n = read(s);
            if (n != 2) {
                throw new AssertionError("2 increments, but the row holds " + n);
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static int read(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("select n from counter where id = 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
