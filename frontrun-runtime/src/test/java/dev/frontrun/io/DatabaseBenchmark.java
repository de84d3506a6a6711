package dev.frontrun.io;

import static dev.frontrun.io.DatabaseRacesTest.query;
import static dev.frontrun.io.DatabaseRacesTest.transaction;
import static dev.frontrun.io.DatabaseRacesTest.update;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Strategy;

/**
 * Prints executions per second of random exploration of each database scenario of the tests, on the embedded
 * PostgreSQL, with no {@code frontrun.jdbc.*} property (the lock watcher finds the server itself). The invariant is
 * always true, so every scenario runs all its executions. Run with
 * {@code mvn -B -pl frontrun-runtime -Pbench-db -DskipTests test}; no test asserts these figures.
 */
public final class DatabaseBenchmark {

    private DatabaseBenchmark() {
    }

    /**
     * @param args the executions per scenario (default 300)
     * @throws SQLException when the database cannot be prepared
     */
    public static void main(String[] args) throws SQLException {
        int executions = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        PgScenarios db = PgScenarios.open(
                "drop table if exists bench_accounts", "create table bench_accounts (id int primary key, balance int)",
                "drop table if exists uk_plain", "create table uk_plain (id serial primary key, email text not null)",
                "drop table if exists uk_signups",
                "create table uk_signups (id serial primary key, email text not null unique)",
                "drop table if exists pl_doctors",
                "create table pl_doctors (id int primary key, shift int not null, on_call boolean not null)",
                "drop table if exists pl_inventory",
                "create table pl_inventory (item text primary key, shelf text not null, stock int not null)",
                "drop table if exists pl_orders", "create table pl_orders (id serial primary key, item text not null)",
                "drop table if exists iso_doctors",
                "create table iso_doctors (id int primary key, on_call boolean not null)",
                "drop table if exists fk_children", "drop table if exists fk_parents",
                "create table fk_parents (id int primary key)",
                "create table fk_children (id serial primary key, parent int references fk_parents (id))",
                "drop table if exists sh_orders", "drop table if exists sh_products",
                "create table sh_products (id int primary key, active boolean not null, stock int not null)",
                "create table sh_orders (id serial primary key, product int not null)");
        String accounts = "delete from bench_accounts; insert into bench_accounts values (1, 0)";
        String doctors = "delete from pl_doctors; insert into pl_doctors values (1, 7, true), (2, 7, true)";
        String stock = "delete from pl_orders; delete from pl_inventory; insert into pl_inventory values"
                + " ('widget', 'B', 1)";
        Map<String, Object[]> scenarios = new LinkedHashMap<>();
        scenarios.put("two statements: SELECT ... FOR UPDATE, UPDATE (by key)", new Object[] {accounts,
            transaction(c -> {
                int b = query(c, "select balance from bench_accounts where id = 1 for update");
                update(c, "update bench_accounts set balance = " + (b + 1) + " where id = 1");
            })});
        scenarios.put("check-then-insert (the phantom)", new Object[] {"delete from uk_plain",
            PgUniqueKeyRacesTest.signUpChecked("uk_plain", "insert into uk_plain (email) values ('ann@example.com')")});
        scenarios.put("INSERT ... ON CONFLICT DO NOTHING on a unique index", new Object[] {"delete from uk_signups",
            PgUniqueKeyRacesTest.signUpChecked("uk_signups",
                    "insert into uk_signups (email) values ('ann@example.com') on conflict do nothing")});
        scenarios.put("write skew (two doctors)", new Object[] {doctors, null});
        scenarios.put("write skew fixed by SELECT ... WHERE shift = 7 FOR UPDATE", new Object[] {doctors, null});
        scenarios.put("UPDATE ... WHERE shelf = ? AND stock > 0 (oversell fix, predicate)", new Object[] {stock,
            PgPredicateLockRacesTest.buyConditionally("shelf = ?", "B")});
        scenarios.put("write skew under SERIALIZABLE with a retry loop", new Object[] {
            "delete from iso_doctors; insert into iso_doctors values (1, true), (2, true)", null});
        scenarios.put("FK insert against a parent delete (FOR KEY SHARE vs FOR UPDATE)", new Object[] {
            "delete from fk_children; delete from fk_parents; insert into fk_parents values (1)", null});
        scenarios.put("SELECT ... FOR SHARE reader against an UPDATE (order vs withdrawal)", new Object[] {
            PgSharedLockRacesTest.RESET, null});
        scenarios.put("SELECT ... FOR KEY SHARE next to a non-key UPDATE (both run)", new Object[] {
            PgSharedLockRacesTest.RESET, null});
        scenarios.put("read FOR NO KEY UPDATE, then UPDATE, twice (the upgraders' fix)", new Object[] {
            PgSharedLockRacesTest.RESET, PgSharedLockRacesTest.readThenUpdate(" for no key update")});
        scenarios.put("read FOR SHARE, then UPDATE, twice (deadlock: stops when found)", new Object[] {
            PgSharedLockRacesTest.RESET, PgSharedLockRacesTest.readThenUpdate(" for share")});
        for (Map.Entry<String, Object[]> s : scenarios.entrySet()) {
            String reset = (String) s.getValue()[0];
            @SuppressWarnings("unchecked")
            Consumer<Connection> body = (Consumer<Connection>) s.getValue()[1];
            Consumer<Connection> a = body;
            Consumer<Connection> b = body;
            if (s.getKey().startsWith("write skew (")) {
                a = PgPredicateLockRacesTest.goOffCall(1, false);
                b = PgPredicateLockRacesTest.goOffCall(2, false);
            } else if (s.getKey().startsWith("write skew fixed")) {
                a = PgPredicateLockRacesTest.goOffCall(1, true);
                b = PgPredicateLockRacesTest.goOffCall(2, true);
            } else if (s.getKey().contains("SERIALIZABLE")) {
                a = PgIsolationRacesTest.goOffCall(Connection.TRANSACTION_SERIALIZABLE, 1);
                b = PgIsolationRacesTest.goOffCall(Connection.TRANSACTION_SERIALIZABLE, 2);
            } else if (s.getKey().contains("FOR SHARE reader")) {
                a = PgSharedLockRacesTest.order(" for share");
                b = PgSharedLockRacesTest.WITHDRAW;
            } else if (s.getKey().contains("FOR KEY SHARE next")) {
                a = PgSharedLockRacesTest.readStockTwice(" for key share", new int[2]);
                b = PgSharedLockRacesTest.SELL_ONE;
            } else if (s.getKey().startsWith("FK")) {
                a = ignoring(transaction(c -> update(c, "insert into fk_children (parent) values (1)")));
                b = ignoring(transaction(c -> update(c, "delete from fk_parents where id = 1")));
            }
            db.explore(Strategy.random(), 20, reset, a, b, c -> true); // warm-up
            long start = System.nanoTime();
            ExplorationResult r = db.explore(Strategy.random(), executions, reset, a, b, c -> true);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("BENCH %-70s %5d executions in %6.2f s = %7.1f executions/s (%s)%n", s.getKey(),
                    r.executions(), seconds, r.executions() / seconds, r.verdict());
        }
        db.close();
        System.exit(0);
    }

    /** The FK scenario's loser fails (a foreign-key violation): that is its expected outcome here. */
    private static Consumer<Connection> ignoring(Consumer<Connection> body) {
        return c -> {
            try {
                body.accept(c);
            } catch (IllegalStateException e) {
                // 23503, foreign-key violation
            }
        };
    }
}
