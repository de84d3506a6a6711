package sample;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import dev.frontrun.scenario.ScenarioContext;

/** The SQL helpers of the scenarios: each call opens its own connection, as a request handler would. */
final class Db {

    private Db() {
    }

    static void run(ScenarioContext db, String... sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String each : sql) {
                s.execute(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static int number(ScenarioContext db, String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            return number(s, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static int number(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
