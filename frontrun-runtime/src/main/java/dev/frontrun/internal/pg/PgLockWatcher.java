package dev.frontrun.internal.pg;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.frontrun.internal.jdbc.JdbcEvents;

/**
 * Answers, over its own monitoring connection, whether PostgreSQL backends are blocked on locks and by whom. One
 * poll is one round trip ({@code pg_stat_activity} joined with {@code pg_blocking_pids}, computed only for backends
 * whose wait event type is {@code Lock}), cheap enough to run every few milliseconds. Its own statements are not
 * reported to JDBC listeners. It remembers, per backend, the last statement seen blocked on a lock: that is the
 * statement to name when PostgreSQL later reports a deadlock.
 *
 * <p>Not thread-safe: one watcher per scheduler.
 */
public final class PgLockWatcher implements AutoCloseable {

    private static final String POLL = "SELECT a.pid, a.state, a.wait_event_type, a.wait_event, a.query,"
            + " b.pid AS blocker, b.query AS blocker_query"
            + " FROM pg_stat_activity a"
            + " LEFT JOIN LATERAL unnest(CASE WHEN a.wait_event_type = 'Lock' THEN pg_blocking_pids(a.pid) END)"
            + " AS bp(pid) ON true"
            + " LEFT JOIN pg_stat_activity b ON b.pid = bp.pid"
            + " WHERE a.pid = ANY(?)";

    private final Connection monitor;
    private final PreparedStatement poll;
    private final Map<Integer, String> lastBlockedQuery = new ConcurrentHashMap<>();

    /**
     * @param monitor a connection of its own to the same server; the watcher owns and closes it
     * @throws SQLException when the monitoring statement cannot be prepared
     */
    public PgLockWatcher(Connection monitor) throws SQLException {
        this.monitor = monitor;
        try {
            this.poll = JdbcEvents.suppressed(() -> {
                monitor.setAutoCommit(true);
                try (Statement s = monitor.createStatement()) {
                    s.execute("SET statement_timeout = '5s'");
                    s.execute("SET application_name = 'frontrun lock watcher'");
                }
                return monitor.prepareStatement(POLL);
            });
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException("could not start the lock watcher: " + e, e);
        }
        poll(List.of()); // warm up: array type lookup and class loading happen now, not during the first race
    }

    /**
     * @param pids the backends to look at
     * @return what each is doing; a backend that no longer exists is reported with state {@code gone}
     * @throws SQLException when the monitoring query fails
     */
    public Map<Integer, BackendWait> poll(Collection<Integer> pids) throws SQLException {
        Map<Integer, Row> rows = new LinkedHashMap<>();
        try {
            JdbcEvents.suppressed(() -> {
                Array array = monitor.createArrayOf("int4", pids.toArray(new Integer[0]));
                poll.setArray(1, array);
                try (ResultSet rs = poll.executeQuery()) {
                    while (rs.next()) {
                        int pid = rs.getInt(1);
                        Row row = rows.computeIfAbsent(pid, p -> new Row());
                        row.state = rs.getString(2);
                        row.waitType = rs.getString(3);
                        row.waitEvent = rs.getString(4);
                        row.query = rs.getString(5);
                        int blocker = rs.getInt(6);
                        if (!rs.wasNull()) {
                            row.blockers.put(blocker, rs.getString(7));
                        }
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException("lock watcher poll failed: " + e, e);
        }
        Map<Integer, BackendWait> out = new LinkedHashMap<>();
        for (Integer pid : pids) {
            Row r = rows.get(pid);
            BackendWait w = r == null ? new BackendWait(pid, "gone", null, null, null, List.of(), Map.of())
                    : new BackendWait(pid, r.state, r.waitType, r.waitEvent, r.query, new ArrayList<>(r.blockers.keySet()),
                            nonNull(r.blockers));
            if (w.waitingOnLock() && w.query() != null) {
                lastBlockedQuery.put(pid, w.query());
            }
            out.put(pid, w);
        }
        return out;
    }

    /**
     * Polls {@code pid} until it waits on a lock held by another backend.
     *
     * @param pid the backend
     * @param timeout how long to try
     * @param interval the pause between polls
     * @return the wait, or empty when the backend did not block within the timeout
     * @throws SQLException when polling fails
     * @throws InterruptedException when interrupted while pausing
     */
    public Optional<BackendWait> awaitLockWait(int pid, Duration timeout, Duration interval)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            BackendWait w = poll(List.of(pid)).get(pid);
            if (w.waitingOnLock()) {
                return Optional.of(w);
            }
            if (System.nanoTime() - deadline >= 0) {
                return Optional.empty();
            }
            Thread.sleep(Math.max(1, interval.toMillis()));
        }
    }

    /**
     * @param pid a backend
     * @return the last statement this watcher saw it blocked in, or {@code null}
     */
    public String lastBlockedQuery(int pid) {
        return lastBlockedQuery.get(pid);
    }

    /**
     * @param pid a backend
     * @return the statement it was last seen blocked in, else its current or most recent statement, or {@code null}
     * @throws SQLException when the monitoring query fails
     */
    public String statementOf(int pid) throws SQLException {
        String blocked = lastBlockedQuery.get(pid);
        return blocked != null ? blocked : poll(List.of(pid)).get(pid).query();
    }

    @Override
    public void close() throws SQLException {
        try {
            poll.close();
        } finally {
            monitor.close();
        }
    }

    private static Map<Integer, String> nonNull(Map<Integer, String> m) {
        Map<Integer, String> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v == null ? "" : v));
        return out;
    }

    private static final class Row {
        String state;
        String waitType;
        String waitEvent;
        String query;
        final Map<Integer, String> blockers = new LinkedHashMap<>();
    }
}
