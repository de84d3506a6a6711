package dev.frontrun.internal.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/** The isolation level of a PostgreSQL connection's transaction, asked of the server (unreported). */
public final class Isolation {

    private Isolation() {
    }

    /**
     * Asks {@code SHOW transaction_isolation} on the connection; inside a transaction that has not yet run a query
     * this is the level its snapshot will have ({@code setTransactionIsolation}, {@code SET TRANSACTION},
     * {@code BEGIN ISOLATION LEVEL} or the server's default).
     *
     * @param connection a connection to PostgreSQL
     * @return whether the transaction keeps one snapshot for all its statements (REPEATABLE READ or SERIALIZABLE);
     *     {@code true} when the server cannot say (the safe answer: more orders are explored)
     */
    public static boolean snapshotPerTransaction(Connection connection) {
        String level = level(connection);
        return level == null || level.contains("repeatable") || level.contains("serializable");
    }

    /**
     * @param connection a connection to PostgreSQL
     * @return its transaction's isolation level in lower case ({@code serializable}, {@code repeatable read}...), or
     *     {@code null} when the server cannot say
     */
    public static String level(Connection connection) {
        try {
            return JdbcEvents.suppressed(() -> {
                try (Statement s = connection.createStatement();
                        ResultSet rs = s.executeQuery("SHOW transaction_isolation")) {
                    rs.next();
                    return rs.getString(1).toLowerCase(Locale.ROOT);
                }
            });
        } catch (Exception e) {
            return null;
        }
    }
}
