package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.TestDatabase;
import dev.frontrun.Verdict;

class AccountTest {

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static int balance(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select balance from accounts where id = 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static void deposit(Connection c) {
        try {
            int b = balance(c);
            exec(c, "update accounts set balance = " + (b + 10) + " where id = 1");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoDepositsThroughJdbcLoseOne() throws SQLException {
        try (Connection admin = TestDatabase.connect(); Connection a = TestDatabase.connect();
                Connection b = TestDatabase.connect()) {
            exec(admin, "create table accounts (id int primary key, balance int not null)");
            ExplorationResult r = Frontrun.explore(() -> {
                try {
                    exec(admin, "delete from accounts");
                    exec(admin, "insert into accounts values (1, 100)");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return admin;
            })
                    .worker(x -> deposit(a))
                    .worker(x -> deposit(b))
                    .invariant(x -> {
                        try {
                            return balance(x) == 120;
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .strategy(Strategy.dpor())
                    .reproductions(2)
                    .run();
            assertEquals(Verdict.VIOLATED, r.verdict(), r.report());
            System.out.println("FRONTRUN-RESULT " + r.verdict() + " after " + r.executions() + " executions on "
                    + TestDatabase.url());
            System.out.println("FRONTRUN-JDK " + Runtime.version().feature()); // .ci/run checks the JDK 25 run
        }
    }
}
