package dev.frontrun.internal.explore;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import java.util.function.Function;

import dev.frontrun.internal.jdbc.JdbcEvents;

/**
 * The default snapshot of a database scenario for the serializability oracle: for each table, its rows as text,
 * sorted, read through a connection of its own (auto-commit, so it sees what was committed), with JDBC events
 * suppressed so the reads are neither scheduled nor recorded as the execution's statements.
 */
public final class TableSnapshot implements Function<Object, Map<String, List<String>>>, AutoCloseable {

    private final List<String> tables;
    private final Callable<Connection> connect;
    private Connection connection;

    /**
     * @param tables the tables to read
     * @param connect opens the connection, on first use
     */
    public TableSnapshot(Set<String> tables, Callable<Connection> connect) {
        this.tables = List.copyOf(tables);
        this.connect = connect;
    }

    /** @return the tables read */
    public List<String> tables() {
        return tables;
    }

    /**
     * @param state ignored: the rows are read from the database
     * @return table name to its rows, each {@code (v1, v2, ...)}, sorted
     * @throws IllegalStateException when the database cannot be read
     */
    @Override
    public synchronized Map<String, List<String>> apply(Object state) {
        try {
            return JdbcEvents.suppressed(this::read);
        } catch (Exception e) {
            throw new IllegalStateException("could not read the tables " + tables + " for the serializability"
                    + " oracle's snapshot: " + e, e);
        }
    }

    private Map<String, List<String>> read() throws Exception {
        if (connection == null || connection.isClosed()) {
            connection = connect.call();
            connection.setAutoCommit(true);
        }
        Map<String, List<String>> snapshot = new LinkedHashMap<>();
        try (Statement s = connection.createStatement()) {
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringJoiner row = new StringJoiner(", ", "(", ")");
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.add(text(rs.getObject(i)));
                        }
                        rows.add(row.toString());
                    }
                }
                Collections.sort(rows);
                snapshot.put(table, List.copyOf(rows));
            }
        }
        return Collections.unmodifiableMap(snapshot);
    }

    private static String text(Object value) {
        return value instanceof byte[] b ? Arrays.toString(b) : String.valueOf(value);
    }

    /** Closes the connection, if one was opened. */
    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // nothing left to read through it
            }
            connection = null;
        }
    }
}
