package dev.frontrun.io;

import static dev.frontrun.io.DatabaseRacesTest.query;
import static dev.frontrun.io.DatabaseRacesTest.transaction;
import static dev.frontrun.io.DatabaseRacesTest.update;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;

/**
 * Differential test of the row-lock modes: generated two-transaction programs (row locks in all four modes, plain
 * reads, read-modify-write updates of two rows) are explored by DPOR and by a long random run on PostgreSQL. A DPOR
 * {@code HOLDS} is checked against random: random must never find a violation of a program DPOR proved, and a
 * program random breaks must never be proved. The programs in which two transactions may hold a row together must
 * not be proved by DPOR at all (it fails closed there), and no statement may wait in PostgreSQL where the model let it
 * run.
 */
@Timeout(900)
class PgRowLockDifferentialTest {

    private static final int PROGRAMS = 24;
    private static final int RANDOM_RUNS = 300;
    private static final String[] MODES = {" for key share", " for share", " for no key update", " for update"};

    private static PgScenarios db;

    @BeforeAll
    static void open() throws SQLException {
        db = PgScenarios.open("drop table if exists dl_accounts",
                "create table dl_accounts (id int primary key, balance int not null)");
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    /** One step of a generated transaction. */
    private record Step(String lock, int row, boolean increment) {
        @Override
        public String toString() {
            return increment ? "inc(" + row + ")" : "read(" + row + lock + ")";
        }
    }

    private static List<Step> transactionOf(Random r) {
        return transactionOf(r, 2);
    }

    /** Steps on rows 1 to {@code rows}. */
    private static List<Step> transactionOf(Random r, int rows) {
        List<Step> steps = new ArrayList<>();
        int n = 2 + r.nextInt(2);
        for (int i = 0; i < n; i++) {
            int row = 1 + r.nextInt(rows);
            if (i == n - 1 || r.nextInt(3) == 0) {
                steps.add(new Step(null, row, true));
            } else {
                steps.add(new Step(r.nextInt(4) == 0 ? "" : MODES[r.nextInt(MODES.length)], row, false));
            }
        }
        return steps;
    }

    /**
     * Reads keep the balance in Java; an increment writes back what was read plus one (or adds one in SQL). Row 3 is
     * absent at the start: an increment of it after a read that found no row inserts it
     * ({@code ON CONFLICT DO NOTHING}, trusting the read), one without a read upserts it, adding one on a conflict.
     */
    private static DatabaseRacesTest.Body steps(List<Step> steps, boolean hibernate) {
        return c -> {
            Integer[] seen = new Integer[4];
            boolean[] absent = new boolean[4];
            for (Step s : steps) {
                if (s.increment() && s.row() == 3 && (absent[3] || seen[3] == null)) {
                    update(c, absent[3] ? "insert into dl_accounts (id, balance) values (3, 1) on conflict do nothing"
                            : "insert into dl_accounts (id, balance) values (3, 1) on conflict (id) do update"
                                    + " set balance = dl_accounts.balance + 1");
                    absent[3] = false;
                } else if (s.increment()) {
                    update(c, seen[s.row()] == null
                            ? "update dl_accounts set balance = balance + 1 where id = " + s.row()
                            : "update dl_accounts set balance = " + (seen[s.row()] + 1) + " where id = " + s.row());
                    seen[s.row()] = null;
                } else {
                    seen[s.row()] = hibernate ? hibernateBalance(c, s.row(), s.lock())
                            : balance(c, "select balance from dl_accounts where id = " + s.row() + s.lock());
                    absent[s.row()] = seen[s.row()] == null;
                }
            }
        };
    }

    /** @return the balance the query reads, or {@code null} when it finds no row */
    private static Integer balance(Connection c, String sql) throws SQLException {
        try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : null;
        }
    }

    /**
     * Hibernate's form of a (locking) read: an alias, a bound key, and {@code OF} the alias after the locking clause.
     *
     * @return the balance, or {@code null} when there is no such row
     */
    private static Integer hibernateBalance(Connection c, int row, String lock) throws SQLException {
        try (java.sql.PreparedStatement p = c.prepareStatement("select d1_0.id,d1_0.balance from dl_accounts d1_0"
                + " where d1_0.id=?" + (lock.isEmpty() ? "" : lock + " of d1_0"))) {
            p.setInt(1, row);
            try (java.sql.ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getInt(2) : null;
            }
        }
    }

    private static Consumer<Connection> body(List<Step> steps, boolean hibernate, int[] committed, int me) {
        Consumer<Connection> tx = transaction(steps(steps, hibernate));
        long increments = steps.stream().filter(Step::increment).count();
        return c -> {
            tx.accept(c);
            committed[me] = (int) increments;
        };
    }

    @Test
    void dporNeverProvesWhatRandomBreaksOnGeneratedRowLockPrograms() {
        differential(new Random(16), PROGRAMS, 2, false);
    }

    /**
     * The same with a third row that is absent at the start, locked and read by key (PostgreSQL locks nothing for it
     * while it does not exist), then inserted: a transaction that trusts its read of no row inserts with
     * {@code ON CONFLICT DO NOTHING} and loses its increment when the other inserted the row first.
     */
    @Test
    void dporNeverProvesWhatRandomBreaksOnGeneratedProgramsWithAnAbsentRow() {
        differential(new Random(1603), 12, 3, false);
    }

    /**
     * The programs with an absent row again, each read written as Hibernate writes it
     * ({@code select d1_0.id,d1_0.balance from dl_accounts d1_0 where d1_0.id=? for no key update of d1_0}): the
     * locking clause names the alias, and PostgreSQL is asked which pinned rows exist as for the plain form.
     */
    @Test
    void dporNeverProvesWhatRandomBreaksOnGeneratedHibernateShapedProgramsWithAnAbsentRow() {
        differential(new Random(1605), 12, 3, true);
    }

    private static void differential(Random r, int programs, int rows, boolean hibernate) {
        String reset = "delete from dl_accounts; insert into dl_accounts values (1, 0), (2, 0)";
        int proved = 0;
        int foundByBoth = 0;
        int sharedInconclusive = 0;
        StringBuilder table = new StringBuilder();
        for (int p = 0; p < programs; p++) {
            List<Step> a = transactionOf(r, rows);
            List<Step> b = transactionOf(r, rows);
            int[] committed = new int[2];
            Predicate<Connection> sum = c -> PgScenarios.holds(c, x -> {
                if (query(x, "select sum(balance) from dl_accounts") != committed[0] + committed[1]) {
                    throw new AssertionError("lost update");
                }
            });
            Consumer<Connection> ta = body(a, hibernate, committed, 0);
            Consumer<Connection> tb = body(b, hibernate, committed, 1);
            String resetAll = reset;
            ExplorationResult dpor = db.explore(Strategy.dpor(), 2_000, resetAll, c -> {
                committed[0] = 0;
                ta.accept(c);
            }, c -> {
                committed[1] = 0;
                tb.accept(c);
            }, sum);
            ExplorationResult random = db.explore(Strategy.random(), RANDOM_RUNS, resetAll, c -> {
                committed[0] = 0;
                ta.accept(c);
            }, c -> {
                committed[1] = 0;
                tb.accept(c);
            }, sum);
            String program = a + " | " + b;
            table.append('\n').append(program).append(": dpor ").append(dpor.verdict()).append(" in ")
                    .append(dpor.executions()).append(", random ").append(random.verdict());
            assertFalse(dpor.verdict() == Verdict.HOLDS && random.verdict() == Verdict.VIOLATED,
                    "DPOR proved a program random breaks: " + program + "\n" + dpor.report() + "\n" + random.report());
            assertFalse(dpor.report().contains("waited in PostgreSQL"), program + "\n" + dpor.report());
            if (dpor.verdict() == Verdict.HOLDS) {
                assertTrue(dpor.exhaustive(), dpor.report());
                proved++;
            }
            if (dpor.verdict() == Verdict.VIOLATED && random.verdict() == Verdict.VIOLATED) {
                foundByBoth++;
            }
            if (dpor.verdict() == Verdict.INCONCLUSIVE) {
                assertTrue(dpor.report().contains("modes that PostgreSQL lets them hold together"),
                        program + "\n" + dpor.report());
                sharedInconclusive++;
            }
        }
        System.out.println("row-lock differential (" + rows + " rows" + (hibernate ? ", Hibernate's form" : "")
                + "): " + proved + " proved, " + foundByBoth
                + " found by both, "
                + sharedInconclusive + " inconclusive (shared modes)" + table);
        assertTrue(proved > 0 && foundByBoth > 0, table.toString());
    }

    /**
     * SERIALIZABLE transactions with a retry loop (plain reads and read-modify-write increments of two rows) and a
     * side effect in Java that the retry repeats (an attempt counter, the classic bug of a retry loop): the property
     * fails exactly when PostgreSQL raises a serialization failure. PostgreSQL decides those failures, on its
     * predicate locks and the tables' physical state as well as the order of the statements (the same program was seen
     * to fail in one run and not in 3,000 DPOR and 300 random executions of the next), so DPOR, which orders every
     * statement of such transactions against every other, must never say HOLDS; what it finds must be found by random
     * too on most programs.
     */
    @Test
    void underSerializableDporNeverProvesAndFindsWhatRandomFinds() {
        Random r = new Random(1616);
        String reset = "delete from dl_accounts; insert into dl_accounts values (1, 0), (2, 0)";
        int inconclusive = 0;
        int found = 0;
        StringBuilder table = new StringBuilder();
        for (int p = 0; p < 6; p++) {
            List<Step> a = plain(transactionOf(r));
            List<Step> b = plain(transactionOf(r));
            int[] committed = new int[2];
            int[] attempts = new int[2];
            Predicate<Connection> sum = c -> attempts[0] <= 1 && attempts[1] <= 1 && PgScenarios.holds(c, x -> {
                if (query(x, "select sum(balance) from dl_accounts") != committed[0] + committed[1]) {
                    throw new AssertionError("lost update");
                }
            });
            Consumer<Connection> ta = serializable(a, committed, attempts, 0);
            Consumer<Connection> tb = serializable(b, committed, attempts, 1);
            ExplorationResult dpor = db.explore(Strategy.dpor(), 3_000, reset, ta, tb, sum);
            ExplorationResult random = db.explore(Strategy.random(), RANDOM_RUNS, reset, ta, tb, sum);
            String program = a + " | " + b;
            table.append('\n').append(program).append(": dpor ").append(dpor.verdict()).append(" in ")
                    .append(dpor.executions()).append(dpor.exhaustive() ? " (exhaustive)" : "").append(", random ")
                    .append(random.verdict());
            assertFalse(dpor.verdict() == Verdict.HOLDS && random.verdict() == Verdict.VIOLATED,
                    "DPOR proved a program random breaks: " + program + "\n" + dpor.report() + "\n" + random.report());
            assertFalse(dpor.verdict() == Verdict.HOLDS, program + "\n" + dpor.report());
            if (dpor.verdict() == Verdict.INCONCLUSIVE) {
                assertTrue(dpor.report().contains("a transaction ran at SERIALIZABLE"), dpor.report());
                inconclusive++;
            }
            if (dpor.verdict() == Verdict.VIOLATED && random.verdict() == Verdict.VIOLATED) {
                found++;
            }
        }
        System.out.println("SERIALIZABLE differential: " + inconclusive + " inconclusive, " + found
                + " found by both" + table);
        assertTrue(found > 0, table.toString());
        try {
            db.first.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            db.second.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same steps with plain reads (SERIALIZABLE is the protection under test). */
    private static List<Step> plain(List<Step> steps) {
        return steps.stream().map(s -> s.increment() ? s : new Step("", s.row(), false)).toList();
    }

    private static Consumer<Connection> serializable(List<Step> steps, int[] committed, int[] attempts, int me) {
        DatabaseRacesTest.Body body = steps(steps, false);
        Consumer<Connection> retrying = PgIsolationRacesTest.retrying(Connection.TRANSACTION_SERIALIZABLE, c -> {
            attempts[me]++;
            body.run(c);
        });
        long increments = steps.stream().filter(Step::increment).count();
        return c -> {
            committed[me] = 0;
            attempts[me] = 0;
            retrying.accept(c);
            committed[me] = (int) increments;
        };
    }
}
