package dev.frontrun.internal.pg;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import dev.frontrun.internal.jdbc.JdbcEvent;
import dev.frontrun.internal.jdbc.JdbcEventListener;
import dev.frontrun.internal.jdbc.JdbcOutcome;

/**
 * Maps JDBC activity to PostgreSQL backends so a scheduler can ask which of its threads are blocked inside the
 * database and by which threads, and can explain a deadlock PostgreSQL broke. Feed it every JDBC event (it is a
 * {@link JdbcEventListener}; a scheduler's own listener can delegate to it); it polls through a
 * {@link PgLockWatcher} only when asked.
 */
public final class PgWaitTracker implements JdbcEventListener {

    private final PgLockWatcher watcher;
    private final Map<Connection, Integer> pids = Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<Integer, JdbcEvent> inFlight = new ConcurrentHashMap<>();
    private final Map<Integer, JdbcEvent> lastStatement = new ConcurrentHashMap<>();
    private final Map<Integer, Thread> owners = new ConcurrentHashMap<>();

    /**
     * A thread blocked in the database.
     *
     * @param thread the blocked thread
     * @param pid its backend
     * @param statement the statement it is blocked in
     * @param blockers the threads owning the blocking backends (known connections only)
     * @param foreignBlockers blocking backends no tracked thread owns (other clients of the database)
     */
    public record BlockedThread(Thread thread, int pid, String statement, List<Thread> blockers,
            List<Integer> foreignBlockers) {
    }

    /**
     * @param watcher the watcher to poll with (the caller keeps ownership)
     */
    public PgWaitTracker(PgLockWatcher watcher) {
        this.watcher = watcher;
    }

    @Override
    public void before(JdbcEvent event) {
        Integer pid = pid(event);
        if (pid == null) {
            return;
        }
        owners.put(pid, event.thread());
        if (!event.statements().isEmpty()) {
            inFlight.put(pid, event);
            lastStatement.put(pid, event);
        }
    }

    @Override
    public void after(JdbcEvent event, JdbcOutcome outcome) {
        Integer pid = pid(event);
        if (pid != null) {
            inFlight.remove(pid, event);
        }
    }

    /**
     * One poll: which threads now inside a JDBC statement are waiting on a database lock, and who holds it.
     *
     * @return blocked threads, by thread
     * @throws SQLException when the monitoring query fails
     */
    public Map<Thread, BlockedThread> blockedThreads() throws SQLException {
        Map<Thread, BlockedThread> out = new LinkedHashMap<>();
        if (inFlight.isEmpty()) {
            return out;
        }
        for (BackendWait w : watcher.poll(new ArrayList<>(inFlight.keySet())).values()) {
            JdbcEvent event = inFlight.get(w.pid());
            if (!w.waitingOnLock() || event == null) {
                continue;
            }
            List<Thread> threads = new ArrayList<>();
            List<Integer> foreign = new ArrayList<>();
            for (int blocker : w.blockers()) {
                Thread owner = owners.get(blocker);
                if (owner != null) {
                    threads.add(owner);
                } else {
                    foreign.add(blocker);
                }
            }
            out.put(event.thread(), new BlockedThread(event.thread(), w.pid(), event.sql(), threads, foreign));
        }
        return out;
    }

    /**
     * @param failed the event whose operation failed
     * @param outcome its outcome
     * @param nameOf how to name a thread in the message ({@code thread 1})
     * @return the explanation when the failure is a PostgreSQL deadlock, naming each backend's statement
     */
    public Optional<String> deadlockMessage(JdbcEvent failed, JdbcOutcome outcome, Function<Thread, String> nameOf) {
        if (!outcome.isDeadlock()) {
            return Optional.empty();
        }
        Integer victimPid = pid(failed);
        Optional<PgDeadlock> deadlock = PgDeadlock.from(outcome.error());
        return deadlock.map(d -> d.describe(pid -> {
            if (victimPid != null && pid == victimPid) {
                return failed.sql();
            }
            String blocked = watcher.lastBlockedQuery(pid);
            if (blocked != null) {
                return blocked;
            }
            JdbcEvent last = lastStatement.get(pid);
            return last == null ? null : last.sql();
        }, pid -> {
            Thread t = owners.get(pid);
            return t == null ? null : nameOf.apply(t);
        }));
    }

    private Integer pid(JdbcEvent event) {
        Connection c = event.connection();
        if (c == null || !event.endpoint().startsWith("jdbc:postgresql:")) {
            return null;
        }
        Integer known = pids.get(c);
        if (known != null) {
            return known;
        }
        try {
            int pid = PgBackends.pid(c);
            pids.put(c, pid);
            return pid;
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }
}
