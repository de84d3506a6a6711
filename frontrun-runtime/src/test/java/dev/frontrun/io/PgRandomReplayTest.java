package dev.frontrun.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.internal.pg.TestDatabase;

/**
 * A counterexample random exploration finds in its first execution replays: the catalog lookups of a table met for
 * the first time (primary key, unique indexes, foreign keys) happen together, where the table is first seen (here in
 * the setup), not some of them inside the first execution, which would then be unlike its replays.
 */
class PgRandomReplayTest {
    static void goOffCall(Connection c, int doctor) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            int onCall;
            try (ResultSet rs = s.executeQuery("select count(*) from rp_doctors where on_call")) {
                rs.next();
                onCall = rs.getInt(1);
            }
            if (onCall >= 2) {
                s.executeUpdate("update rp_doctors set on_call = false where id = " + doctor);
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    @Test
    void aWriteSkewRandomFindsInItsFirstExecutionReplaysEveryTime() throws Exception {
        TestDatabase.run("drop table if exists rp_doctors",
                "create table rp_doctors (id int primary key, name varchar(40) not null, on_call boolean not null)");
        Connection a = DriverManager.getConnection(TestDatabase.url());
        Connection b = DriverManager.getConnection(TestDatabase.url());
        Connection admin = DriverManager.getConnection(TestDatabase.url());
        ExplorationResult r = Frontrun.explore(() -> {
            try (Statement s = admin.createStatement()) {
                s.execute("delete from rp_doctors; insert into rp_doctors values (1, 'alice', true), (2, 'bob', true)");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return admin;
        }).worker(x -> { try { goOffCall(a, 1); } catch (SQLException e) { throw new IllegalStateException(e); } })
          .worker(x -> { try { goOffCall(b, 2); } catch (SQLException e) { throw new IllegalStateException(e); } })
          .invariant(x -> { try (Statement s = x.createStatement(); ResultSet rs = s.executeQuery("select count(*) from rp_doctors where on_call")) { rs.next(); return rs.getInt(1) >= 1; } catch (SQLException e) { throw new IllegalStateException(e); } })
          .strategy(Strategy.random()).seed(42).maxAttempts(200).reproductions(10).run();
        System.out.println(r.report());
        assertEquals(10, r.reproductionSuccesses(), r.report());
    }
}
