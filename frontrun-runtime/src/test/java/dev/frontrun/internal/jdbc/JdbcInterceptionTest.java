package dev.frontrun.internal.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.frontrun.internal.pg.TestDatabase;
import dev.frontrun.internal.sql.TransactionLog;

/** Real statements against embedded PostgreSQL, driver classes loaded before the agent attached. */
@Timeout(60)
class JdbcInterceptionTest {

    /** Records what the current test thread does. */
    static final class Recording implements JdbcEventListener {
        final Thread owner = Thread.currentThread();
        final List<JdbcEvent> before = new CopyOnWriteArrayList<>();
        final List<String> after = new CopyOnWriteArrayList<>();

        @Override
        public void before(JdbcEvent event) {
            if (event.thread() == owner) {
                before.add(event);
            }
        }

        @Override
        public void after(JdbcEvent event, JdbcOutcome outcome) {
            if (event.thread() == owner) {
                after.add(event.kind() + " " + outcome);
            }
        }
    }

    private Recording recording;

    @BeforeAll
    static void schemaAndDriverLoadedBeforeTheAgent() throws SQLException {
        TestDatabase.run("DROP TABLE IF EXISTS users", "CREATE TABLE users (id int PRIMARY KEY, name text,"
                + " login_count int NOT NULL DEFAULT 0)", "INSERT INTO users (id, name) VALUES (1, 'alice')");
    }

    @BeforeEach
    void listen() {
        recording = new Recording();
        JdbcEvents.setListener(recording);
    }

    @AfterEach
    void stop() {
        JdbcEvents.setListener(null);
    }

    @Test
    void preparedStatementEventCarriesSqlParametersRowAndSite() throws SQLException {
        try (Connection c = TestDatabase.connect()) {
            recording.before.clear();
            try (PreparedStatement ps = c.prepareStatement("select u1_0.id,u1_0.login_count from users u1_0"
                    + " where u1_0.id=?")) {
                ps.setInt(1, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                }
            }
        }
        JdbcEvent e = recording.before.get(0);
        assertEquals(JdbcEventKind.EXECUTE, e.kind());
        assertEquals("select u1_0.id,u1_0.login_count from users u1_0 where u1_0.id=?", e.sql());
        assertEquals(List.of(1), e.statements().get(0).parameters());
        assertEquals("[read users(id=1)]", e.accesses().toString());
        assertNotNull(e.site());
        assertEquals(JdbcInterceptionTest.class.getName(), e.site().getClassName());
        assertTrue(e.siteText().startsWith("JdbcInterceptionTest.java:"), e.siteText());
        assertTrue(e.endpoint().startsWith("jdbc:postgresql://"), e.endpoint());
        assertFalse(e.endpoint().contains("?"), "the query string (user, password) is not part of the endpoint");
        assertTrue(recording.after.contains("EXECUTE ok"), recording.after.toString());
        assertTrue(JdbcInstrumentation.errors().stream().noneMatch(s -> s.startsWith("org.postgresql")),
                JdbcInstrumentation.errors().toString());
    }

    @Test
    void primaryKeysComeFromTheDatabaseMetadata() throws SQLException {
        TestDatabase.run("DROP TABLE IF EXISTS currencies", "DROP TABLE IF EXISTS order_lines",
                "CREATE TABLE currencies (code text PRIMARY KEY, id int, rate numeric)",
                "CREATE TABLE order_lines (order_id int, line_no int, qty int, PRIMARY KEY (order_id, line_no))");
        try (Connection c = TestDatabase.connect();
                PreparedStatement byCode = c.prepareStatement("select rate from currencies where code = ? and id = ?");
                PreparedStatement byId = c.prepareStatement("select rate from currencies where id = ?");
                PreparedStatement line = c.prepareStatement(
                        "update order_lines set qty = ? where line_no = ? and order_id = ?")) {
            recording.before.clear();
            byCode.setString(1, "EUR");
            byCode.setInt(2, 3);
            byCode.executeQuery().close();
            byId.setInt(1, 3);
            byId.executeQuery().close();
            line.setInt(1, 5);
            line.setInt(2, 2);
            line.setInt(3, 40);
            line.executeUpdate();
        }
        List<String> accesses = recording.before.stream().filter(e -> e.kind() == JdbcEventKind.EXECUTE)
                .map(e -> e.accesses().toString()).collect(Collectors.toList());
        assertEquals(List.of("[read currencies(code=EUR)]", "[read currencies]",
                "[read order_lines(order_id=40,line_no=2), write order_lines(order_id=40,line_no=2)]"), accesses);
    }

    @Test
    void transactionIsRecordedAtCommit() throws SQLException {
        TransactionLog log = new TransactionLog();
        TransactionRecorder recorder = new TransactionRecorder(log, t -> 0);
        List<String> published = new CopyOnWriteArrayList<>();
        JdbcEvents.setListener(new JdbcEventListener() {
            @Override
            public void before(JdbcEvent event) {
                published.add(event.kind() + " " + recorder.wouldPublish(event));
            }

            @Override
            public void after(JdbcEvent event, JdbcOutcome outcome) {
                recorder.after(event, outcome);
            }
        });
        try (Connection c = TestDatabase.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement read = c.prepareStatement("select login_count from users where id = ?");
                    PreparedStatement write = c.prepareStatement("update users set login_count = ? where id = ?")) {
                read.setLong(1, 1L);
                read.executeQuery().close();
                write.setInt(1, 7);
                write.setInt(2, 1);
                assertEquals(1, write.executeUpdate());
                assertTrue(log.committed().isEmpty(), "not published before the commit");
                c.commit();
            }
            c.setAutoCommit(true);
        }
        assertEquals(1, log.committed().size());
        assertEquals(List.of("SET_AUTO_COMMIT []", "EXECUTE []", "EXECUTE []",
                "COMMIT [read users(id=1), write users(id=1)]", "SET_AUTO_COMMIT []", "CLOSE []"),
                published.subList(published.indexOf("SET_AUTO_COMMIT []"), published.size()));
        assertEquals("[users(id=1)]", log.committed().get(0).writes().toString());
        assertEquals("[users(id=1)]", log.committed().get(0).reads().toString());
    }

    @Test
    void jdbcSavepointRollbackDropsOnlyTheLaterStatements() throws SQLException {
        TestDatabase.run("INSERT INTO users (id, name) VALUES (21, 'x'), (22, 'y'), (23, 'z') ON CONFLICT DO NOTHING");
        TransactionLog log = new TransactionLog();
        JdbcEvents.setListener(new TransactionRecorder(log, t -> 0));
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("update users set name = 'a' where id = 21");
            java.sql.Savepoint sp = c.setSavepoint();
            s.executeUpdate("update users set name = 'b' where id = 22");
            c.rollback(sp);
            s.executeUpdate("update users set name = 'c' where id = 23");
            c.commit();
        }
        assertEquals(1, log.committed().size());
        assertEquals("[users(id=21), users(id=23)]", log.committed().get(0).writes().toString());
    }

    @Test
    void rollbackAndFailureOutcomes() throws SQLException {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("update users set name = 'bob' where id = 1");
            c.rollback();
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("select * from no_such_table"));
            assertEquals("42P01", e.getSQLState());
            c.rollback();
        }
        List<String> kinds = recording.before.stream().map(e -> e.kind().name()).collect(Collectors.toList());
        assertTrue(kinds.containsAll(List.of("SET_AUTO_COMMIT", "EXECUTE", "ROLLBACK", "CLOSE")), kinds.toString());
        assertTrue(recording.after.stream().anyMatch(a -> a.startsWith("EXECUTE failed [42P01]")),
                recording.after.toString());
        JdbcEvent update = recording.before.stream().filter(e -> e.sql() != null && e.sql().startsWith("update"))
                .findFirst().orElseThrow();
        assertEquals("[read users(id=1), write users(id=1)]", update.accesses().toString());
        assertFalse(update.autoCommit());
    }

    @Test
    void batchesReportEveryStatement() throws SQLException {
        try (Connection c = TestDatabase.connect();
                PreparedStatement ps = c.prepareStatement("insert into users (id, name) values (?, ?)")) {
            c.setAutoCommit(false);
            ps.setInt(1, 2);
            ps.setString(2, "b");
            ps.addBatch();
            ps.setInt(1, 3);
            ps.setNull(2, java.sql.Types.VARCHAR);
            ps.addBatch();
            ps.executeBatch();
            c.rollback();
        }
        JdbcEvent batch = recording.before.stream().filter(e -> e.kind() == JdbcEventKind.EXECUTE_BATCH)
                .findFirst().orElseThrow();
        assertEquals(2, batch.statements().size());
        assertEquals(java.util.Arrays.asList(3, null), batch.statements().get(1).parameters());
        assertEquals("[write users(id=2), write users(id=3)]", batch.accesses().toString());
    }

    @Test
    void withoutAListenerNothingIsRecordedSoLaterExecutionsFallBackToTheEndpoint() throws SQLException {
        JdbcEvents.setListener(null);
        try (Connection c = TestDatabase.connect();
                PreparedStatement ps = c.prepareStatement("select * from users where id = ?")) {
            ps.setInt(1, 1);
            ps.executeQuery().close();
            assertTrue(recording.before.isEmpty());
            assertEquals(null, StatementState.peek(ps), "no state kept for statements while nobody listens");
            JdbcEvents.setListener(recording);
            ps.executeQuery().close();
        }
        JdbcEvent e = recording.before.stream().filter(x -> x.kind() == JdbcEventKind.EXECUTE).findFirst()
                .orElseThrow();
        assertEquals(null, e.sql());
        assertEquals(dev.frontrun.internal.sql.Coverage.ENDPOINT_FALLBACK, e.analysed().get(0).coverage());
        assertTrue(e.accesses().get(0).resource().name().startsWith("db:jdbc:postgresql://"),
                e.accesses().toString());
    }
}
