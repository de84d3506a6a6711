package dev.frontrun.maven.internal.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Test helper: runs SQL against an endpoint through the real driver. */
final class Sql {

    private Sql() {
    }

    static void execute(PostgresEndpoint endpoint, String sql) throws SQLException {
        try (Connection c = Jdbc.connect(endpoint.jdbcUrl(), endpoint.user(), endpoint.password(), Duration.ofSeconds(5));
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static List<String> column(PostgresEndpoint endpoint, String sql) throws SQLException {
        try (Connection c = Jdbc.connect(endpoint.jdbcUrl(), endpoint.user(), endpoint.password(), Duration.ofSeconds(5));
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    static List<String> tables(PostgresEndpoint endpoint) throws SQLException {
        return column(endpoint, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                + " ORDER BY table_name");
    }
}
