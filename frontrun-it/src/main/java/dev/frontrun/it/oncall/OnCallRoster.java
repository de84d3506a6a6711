package dev.frontrun.it.oncall;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The write-skew example of the database literature, in plain JDBC: a hospital needs at least one doctor on call;
 * a doctor may go off call when another is still on call. Each doctor's transaction checks, then updates only its
 * own row, so at READ COMMITTED (PostgreSQL's default) two doctors going off call at once both see the other on
 * call and both leave: nobody is on call. No row is written twice, so row locks do not help.
 */
public final class OnCallRoster {

    private OnCallRoster() {
    }

    /**
     * Creates the {@code doctors} table afresh.
     *
     * @param c a connection
     * @throws SQLException when the server refuses
     */
    public static void createTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists doctors");
            s.execute("create table doctors (id int primary key, name varchar(40) not null, on_call boolean not null)");
        }
    }

    /**
     * Puts doctors 1 (alice) and 2 (bob) on call.
     *
     * @param c a connection in auto-commit mode
     * @throws SQLException when the server refuses
     */
    public static void reset(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("delete from doctors; insert into doctors values (1, 'alice', true), (2, 'bob', true)");
        }
    }

    /**
     * The bug: checks that someone else is on call, then goes off call, in one transaction.
     *
     * @param c the doctor's connection (auto-commit mode; left in it)
     * @param doctor the doctor's id
     * @throws SQLException when the server refuses
     */
    public static void goOffCall(Connection c, int doctor) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            int onCall = count(s, "select count(*) from doctors where on_call"); // frontrun: check
            if (onCall >= 2) {
                s.executeUpdate("update doctors set on_call = false where id = " + doctor);
            }
            c.commit(); // frontrun: commit
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /**
     * @param c a connection
     * @return how many doctors are on call (committed state)
     * @throws SQLException when the server refuses
     */
    public static int onCall(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            return count(s, "select count(*) from doctors where on_call");
        }
    }

    private static int count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
