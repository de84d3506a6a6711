package dev.frontrun.internal.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlAnalyzerTest {

    private static final PrimaryKeyLookup KEYS = table -> switch (table) {
        case "order_lines" -> List.of("order_id", "line_no");
        case "audit_log" -> List.of();
        default -> List.of("id");
    };

    private static String accesses(String sql, Object... params) {
        SqlStatement s = SqlAnalyzer.analyze(sql, Arrays.asList(params), KEYS, "localhost:5432/db");
        return s.accesses().stream().map(SqlAccess::toString).collect(Collectors.joining(", "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            select * from users where id = 1                                   | read users(id=1)
            SELECT name FROM Users WHERE ID = '7'                               | read users(id=7)
            select * from public.users where id = -3                            | read users(id=-3)
            select * from users where name = 'x'                                | read users
            select * from users where id = 1 or id = 2                          | read users
            select * from users where id in (1, 2)                              | read users(id=1), read users(id=2)
            select count(*) from users                                          | read users
            select * from users where id = 1 for update                         | read users(id=1), lock_exclusive users(id=1)
            select * from users where id = 1 for share                          | read users(id=1), lock_shared users(id=1)
            update users set name = 'a' where id = 5                            | read users(id=5), write users(id=5)
            update users set id = 6 where id = 5                                | read users, write users, lock_exclusive users
            select * from users where id = 1 for key share                      | read users(id=1), lock_key_share users(id=1)
            select * from users where id = 1 for no key update                  | read users(id=1), lock_no_key_update users(id=1)
            delete from users where id = 5                                      | read users(id=5), write users(id=5)
            insert into users (id, name) values (9, 'n')                        | write users(id=9)
            insert into users (id, name) values (1, 'a'), (2, 'b')              | write users(id=1), write users(id=2)
            insert into users (name) values ('n')                               | write users
            insert into users (id, name) values (1, 'a') on conflict (id) do update set name = 'a' | read users(id=1), write users(id=1)
            select * from order_lines where order_id = 1 and line_no = 2        | read order_lines(order_id=1,line_no=2)
            select * from order_lines where order_id = 1                        | read order_lines
            select * from audit_log where id = 1                                | read audit_log
            select * from users u join orders o on o.user_id = u.id where u.id = 1 | read users(id=1), read orders
            select * from users a join users b on a.id = b.id where a.id = 1 and b.id = 2 | read users
            select * from users where id in (select user_id from orders)        | read users, read orders
            with x as (select * from orders) select * from x                    | read orders
            select * from app.users where id = 1                                | read app.users(id=1)
            update accounts set balance = balance - 1 where id = 1 and version = 3 | read accounts(id=1), write accounts(id=1)
            select nextval('users_seq')                                         | read users_seq, write users_seq
            select 1                                                            |
            """)
    void literalStatements(String sql, String expected) {
        assertEquals(expected == null ? "" : expected, accesses(sql));
    }

    @Test
    void boundParametersAreResolved() {
        assertEquals("read users(id=1)", accesses("select * from users where id = ?", 1));
        assertEquals("read users(id=1)", accesses("select * from users where id = ?", 1L));
        assertEquals("read users(id=1)", accesses("select * from users where id = ?", "1"));
        assertEquals("read users(id=2), write users(id=2)",
                accesses("update users set login_count = ?, name = ? where id = ?", 5, "bob", 2));
        assertEquals("read users(id=3), read users(id=4)", accesses("select * from users where id in (?, ?)", 3, 4));
        assertEquals("read users", accesses("select * from users where id = ?"), "unbound parameter: the table");
        assertEquals("read users", accesses("select * from users where id = ?", (Object) null));
        assertEquals("write users(id=10)", accesses("insert into users (name, id) values (?, ?)", "x", 10));
        assertEquals("read users(id=4)", accesses("select * from users where id = ?::int", 4));
    }

    @Test
    void hibernateGeneratedSql() {
        assertEquals("read users(id=1)", accesses(
                "select u1_0.id,u1_0.login_count,u1_0.name from users u1_0 where u1_0.id=?", 1));
        assertEquals("read users(id=1), write users(id=1)",
                accesses("update users set login_count=?,name=? where id=?", 1, "alice", 1));
        assertEquals("read users(id=1), write users(id=1)",
                accesses("update users set login_count=?,name=?,version=? where id=? and version=?", 1, "a", 2, 1, 1));
        assertEquals("read users(id=1), lock_no_key_update users(id=1)", accesses(
                "select u1_0.id,u1_0.login_count from users u1_0 where u1_0.id=? for no key update", 1));
        assertEquals("write users(id=7)", accesses("insert into users (login_count,name,id) values (?,?,?)", 0, "a", 7));
        assertEquals("read users(id=1), write users(id=1)", accesses("delete from users where id=?", 1));
        assertEquals("read users_seq, write users_seq", accesses("select nextval('users_seq')"));
        assertEquals("read users(id=1)", accesses("/* load User */ select u1_0.id from users u1_0 where u1_0.id=?", 1));
    }

    private static SqlStatement analyzed(String sql, Object... params) {
        return SqlAnalyzer.analyze(sql, Arrays.asList(params), KEYS, "localhost:5432/db");
    }

    /**
     * A locking SELECT is asked which rows of the table its locking clause names exist: the table alone, the one
     * Hibernate's {@code OF alias} names, or the one {@code OF} names among inner joins (the other tables are only
     * read); outer joins, several locked tables and a locked table met twice are not asked.
     */
    @Test
    void lockingSelectsAskForTheRowsOfTheTableTheirLockingClauseNames() {
        SqlStatement hibernate = analyzed("select u1_0.id,u1_0.login_count,u1_0.name from users u1_0 where u1_0.id=?"
                + " for no key update of u1_0", 1);
        assertEquals("[read users(id=1), lock_no_key_update users(id=1)]", hibernate.accesses().toString());
        assertEquals("SELECT u1_0.id FROM users u1_0 WHERE u1_0.id = ?", hibernate.rowQuery().sql());
        assertEquals(List.of(1), hibernate.rowQuery().parameters());
        assertEquals("users", hibernate.rowQuery().table());

        SqlStatement joined = analyzed("select u.name, o.total from users u join orders o on o.user_id = u.id"
                + " and o.total > ? where u.id = ? order by o.total limit ? for update of u", 5, 1, 3);
        assertEquals("[read users(id=1), lock_exclusive users(id=1), read orders]", joined.accesses().toString());
        assertEquals("SELECT u.id FROM users u JOIN orders o ON o.user_id = u.id AND o.total > ? WHERE u.id = ?"
                + " ORDER BY o.total LIMIT ?", joined.rowQuery().sql());
        assertEquals(List.of(5, 1, 3), joined.rowQuery().parameters());

        SqlStatement named = analyzed("select users.name from users, orders where orders.user_id = users.id"
                + " and users.id = ? for share of users", 2);
        assertEquals("[read users(id=2), lock_shared users(id=2), read orders]", named.accesses().toString());
        assertEquals("SELECT users.id FROM users, orders WHERE orders.user_id = users.id AND users.id = ?",
                named.rowQuery().sql());

        assertEquals("[read users(id=1), read orders]", analyzed("select u.name from users u join orders o"
                + " on o.user_id = u.id where u.id = ? for update of x", 1).accesses().toString(), "OF names neither");
        for (String unasked : new String[] {
            "select u.name from users u left join orders o on o.user_id = u.id where u.id = ? for update of u",
            "select u.name from users u join orders o on o.user_id = u.id where u.id = ? for update",
            "select a.name from users a join users b on b.id = a.id + 1 where a.id = ? for update of a",
            "select u.name from users u where u.id = ? for update of u nowait",
            "select u.name from users u where u.id = (select max(id) from users where id < ?) for update of u"}) {
            assertEquals(null, analyzed(unasked, 1).rowQuery(), unasked);
        }
    }

    /** An upsert of one row asks for the row its conflict target's values name; other forms are not asked. */
    @Test
    void anUpsertAsksForTheRowItsConflictTargetNames() {
        SqlStatement byEmail = analyzed("insert into members (email, visits) values (?, 1) on conflict (email)"
                + " do update set visits = members.visits + 1", "ann");
        assertEquals("SELECT id FROM members WHERE email = ?", byEmail.rowQuery().sql());
        assertEquals(List.of("ann"), byEmail.rowQuery().parameters());
        SqlStatement byId = analyzed("insert into members (id, visits) values (7, 1) on conflict (id) do update"
                + " set visits = 2");
        assertEquals("SELECT id FROM members WHERE id = 7", byId.rowQuery().sql());
        for (String unasked : new String[] {
            "insert into members (id, visits) values (1, 1), (2, 1) on conflict (id) do update set visits = 2",
            "insert into members (id, visits) values (1, 1) on conflict on constraint members_pkey do update"
                    + " set visits = 2",
            "insert into members (visits) values (1) on conflict (id) do update set visits = 2",
            "insert into members (id, visits) values (1, 1) on conflict (id) do nothing"}) {
            assertEquals(null, analyzed(unasked).rowQuery(), unasked);
        }
    }

    @Test
    void transactionControl() {
        assertEquals(StatementKind.BEGIN, SqlAnalyzer.kind("BEGIN"));
        assertEquals(StatementKind.BEGIN, SqlAnalyzer.kind("start transaction isolation level serializable"));
        assertEquals(StatementKind.COMMIT, SqlAnalyzer.kind("COMMIT;"));
        assertEquals(StatementKind.COMMIT, SqlAnalyzer.kind("end"));
        assertEquals(StatementKind.ROLLBACK, SqlAnalyzer.kind("rollback"));
        SqlStatement sp = SqlAnalyzer.analyze("SAVEPOINT s1", List.of(), KEYS, "e");
        assertEquals(StatementKind.SAVEPOINT, sp.kind());
        assertEquals("s1", sp.savepoint());
        SqlStatement back = SqlAnalyzer.analyze("ROLLBACK TO SAVEPOINT s1", List.of(), KEYS, "e");
        assertEquals(StatementKind.ROLLBACK_TO_SAVEPOINT, back.kind());
        assertEquals("s1", back.savepoint());
        assertEquals(StatementKind.RELEASE_SAVEPOINT, SqlAnalyzer.kind("release savepoint s1"));
        assertEquals(StatementKind.UTILITY, SqlAnalyzer.kind("SET lock_timeout = '1s'"));
        assertTrue(SqlAnalyzer.analyze("SET x = 1", List.of(), KEYS, "e").accesses().isEmpty());
    }

    @Test
    void unparsableStatementFallsBackToItsTablesThenTheEndpoint() {
        SqlStatement t = SqlAnalyzer.analyze("select * from users where id = 1 frobnicate wibble", List.of(), KEYS, "e");
        assertEquals(Coverage.TABLE_FALLBACK, t.coverage());
        assertNotNull(t.degradation());
        assertEquals("[read users, write users]", t.accesses().toString());

        SqlStatement e = SqlAnalyzer.analyze("frobnicate the database", List.of(), KEYS, "localhost:5432/db");
        assertEquals(Coverage.ENDPOINT_FALLBACK, e.coverage());
        assertEquals("[write db:localhost:5432/db]", e.accesses().toString());

        SqlStatement lock = SqlAnalyzer.analyze("select pg_advisory_lock(1)", List.of(), KEYS, "h/db");
        assertEquals(Coverage.ENDPOINT_FALLBACK, lock.coverage());
        assertTrue(lock.degradation().contains("pg_advisory_lock"), lock.degradation());

        SqlStatement unknown = SqlAnalyzer.analyze(null, List.of(), KEYS, "h/db");
        assertEquals(Coverage.ENDPOINT_FALLBACK, unknown.coverage());
    }

    @Test
    void everyStatementOfAMultiStatementTextCounts() {
        SqlStatement s = SqlAnalyzer.analyze("update a set x = 1 where id = 1; update b set y = 2 where id = 2",
                List.of(), KEYS, "e");
        assertEquals(StatementKind.OTHER_WRITE, s.kind());
        assertEquals("[read a(id=1), write a(id=1), read b(id=2), write b(id=2)]", s.accesses().toString());
    }

    @Test
    void ddlWritesItsTable() {
        SqlStatement s = SqlAnalyzer.analyze("create table if not exists doctors (id int primary key, on_call boolean)",
                List.of(), KEYS, "e");
        assertEquals(StatementKind.OTHER_WRITE, s.kind());
        assertEquals("[read doctors, write doctors]", s.accesses().toString());
    }

    /** PostgreSQL's manual, "Conflicting Row-Level Locks": X marks a conflict. */
    @Test
    void rowLockModesConflictAsPostgresqlsTableSays() {
        AccessKind[] modes = {AccessKind.LOCK_KEY_SHARE, AccessKind.LOCK_SHARED, AccessKind.LOCK_NO_KEY_UPDATE,
            AccessKind.LOCK_EXCLUSIVE};
        String[] table = {
            "   X",
            "  XX",
            " XXX",
            "XXXX"};
        for (int i = 0; i < modes.length; i++) {
            for (int j = 0; j < modes.length; j++) {
                assertEquals(table[i].charAt(j) == 'X', modes[i].lockConflicts(modes[j]), modes[i] + " " + modes[j]);
                assertEquals(table[i].charAt(j) == 'X', modes[i].conflictsWith(modes[j]), modes[i] + " " + modes[j]);
            }
        }
    }

    @Test
    void conflicts() {
        SqlResource row1 = SqlResource.row("users", java.util.Map.of("id", "1"));
        SqlResource row2 = SqlResource.row("users", java.util.Map.of("id", "2"));
        SqlResource table = SqlResource.table("users");
        assertTrue(new SqlAccess(row1, AccessKind.WRITE).conflictsWith(new SqlAccess(table, AccessKind.READ)));
        assertTrue(!new SqlAccess(row1, AccessKind.WRITE).conflictsWith(new SqlAccess(row2, AccessKind.WRITE)));
        assertTrue(!new SqlAccess(row1, AccessKind.READ).conflictsWith(new SqlAccess(row1, AccessKind.LOCK_EXCLUSIVE)));
        assertTrue(new SqlAccess(row1, AccessKind.WRITE).conflictsWith(new SqlAccess(row1, AccessKind.LOCK_SHARED)));
        assertTrue(!new SqlAccess(row1, AccessKind.LOCK_SHARED).conflictsWith(new SqlAccess(row1, AccessKind.LOCK_SHARED)));
        assertTrue(new SqlAccess(SqlResource.endpoint("x"), AccessKind.WRITE).conflictsWith(
                new SqlAccess(row2, AccessKind.READ)));
        assertTrue(!new SqlAccess(SqlResource.table("orders"), AccessKind.WRITE).conflictsWith(
                new SqlAccess(table, AccessKind.WRITE)));
    }
}
