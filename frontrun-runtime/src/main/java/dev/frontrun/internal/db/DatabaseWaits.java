package dev.frontrun.internal.db;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import dev.frontrun.internal.jdbc.ConnectDetails;
import dev.frontrun.internal.jdbc.JdbcEvent;
import dev.frontrun.internal.jdbc.JdbcEvents;
import dev.frontrun.internal.jdbc.JdbcOutcome;
import dev.frontrun.internal.pg.PgDeadlock;
import dev.frontrun.internal.pg.PgLockWatcher;
import dev.frontrun.internal.pg.MonitorConnections;
import dev.frontrun.internal.pg.PgWaitTracker;
import dev.frontrun.internal.sql.SqlText;

/**
 * Knows which threads are blocked inside PostgreSQL on a lock another backend holds, by asking the server
 * ({@code pg_locks} through {@link PgLockWatcher}) over a monitoring connection. That connection goes to the
 * database the exploration's configuration names when it names one (the Maven plugin provides one for every
 * scenario); otherwise to the database the application's own connection talks to ({@link ConnectDetails}: URL, user and password seen when it
 * was opened, or its metadata). When neither works, or for another database, it knows nothing and the scheduler
 * falls back to a time limit. It remembers the first wait it found, which is one the database model did not
 * foresee, and names the statements of a deadlock PostgreSQL detected.
 */
final class DatabaseWaits {

    private static volatile PgWaitTracker tracker;
    private static PgLockWatcher watcher;
    /** The URL the tracker watches, or the one that failed; another URL gets a new try. */
    private static volatile String triedUrl;
    /** The first wait the model did not foresee since {@link #resetUnforeseen()}, or {@code null}. */
    private static volatile String unforeseen;

    private DatabaseWaits() {
    }

    /**
     * @param event a JDBC event about to run
     * @param server the configured database to watch, or {@code null} for the one the application talks to
     */
    static void before(JdbcEvent event, ConnectDetails server) {
        PgWaitTracker t = tracker(event, server);
        if (t != null) {
            t.before(event);
        }
    }

    static void after(JdbcEvent event, JdbcOutcome outcome) {
        PgWaitTracker t = tracker;
        if (t != null) {
            t.after(event, outcome);
        }
    }

    /**
     * @param server the configured database to watch, or {@code null}
     * @return whether the tracker can answer at all
     */
    static boolean available(ConnectDetails server) {
        return tracker != null && (server == null || server.url().equals(triedUrl));
    }

    /** Forgets the wait {@link #unforeseen()} reports (a new exploration begins). */
    static void resetUnforeseen() {
        unforeseen = null;
    }

    /**
     * @return the first statement PostgreSQL made a thread wait in although the model let it run, as
     *     {@code Thread 1 waited in PostgreSQL in: <sql>}, or {@code null}
     */
    static String unforeseen() {
        return unforeseen;
    }

    /**
     * @param server the configured database to watch, or {@code null}
     * @param nameOf how to name a thread
     * @return the threads blocked on a database lock now; empty when unknown or on a monitoring failure
     */
    static Set<Thread> blocked(ConnectDetails server, Function<Thread, String> nameOf) {
        PgWaitTracker t = tracker;
        if (t == null || !available(server)) {
            return Set.of();
        }
        try {
            Map<Thread, PgWaitTracker.BlockedThread> map = JdbcEvents.suppressed(t::blockedThreads);
            if (unforeseen == null && !map.isEmpty()) {
                PgWaitTracker.BlockedThread b = map.values().iterator().next();
                unforeseen = nameOf.apply(b.thread()) + " waited in PostgreSQL for a lock the database model does"
                        + " not foresee, in: " + SqlText.abbreviate(String.valueOf(b.statement()), 200);
            }
            return map.keySet();
        } catch (Exception e) {
            return Set.of();
        }
    }
    /**
     * @param failed a statement or commit that failed with a deadlock PostgreSQL detected
     * @param outcome its outcome
     * @param nameOf how to name a thread ({@code Thread 1})
     * @return the deadlock with every backend's statement (from the lock watcher; without it, only the failed
     *     statement is known), or {@code null} when the failure is no deadlock
     */
    static String deadlockMessage(JdbcEvent failed, JdbcOutcome outcome, Function<Thread, String> nameOf) {
        if (!outcome.isDeadlock()) {
            return null;
        }
        PgWaitTracker t = tracker;
        if (t != null) {
            return t.deadlockMessage(failed, outcome, nameOf).orElse(null);
        }
        return PgDeadlock.from(outcome.error()).map(d -> d.describe(
                pid -> pid == d.victim() ? failed.sql() : null,
                pid -> pid == d.victim() ? nameOf.apply(failed.thread()) : null)).orElse(null);
    }

    private static PgWaitTracker tracker(JdbcEvent event, ConnectDetails server) {
        ConnectDetails target;
        if (server != null) {
            if (server.url().equals(triedUrl)) {
                return tracker;
            }
            target = server;
        } else {
            String endpoint = event.endpoint();
            if (endpoint == null || !endpoint.startsWith("jdbc:postgresql:")) {
                return null;
            }
            if (endpoint.equals(stripQuery(triedUrl))) {
                return tracker; // watching it already, or failed to
            }
            target = ConnectDetails.of(event.connection());
            if (target == null) {
                return null;
            }
        }
        synchronized (DatabaseWaits.class) {
            if (target.url().equals(triedUrl)) {
                return tracker;
            }
            triedUrl = target.url();
            PgLockWatcher old = watcher;
            tracker = null;
            watcher = null;
            close(old);
            if (!target.url().startsWith("jdbc:postgresql:") || event.endpoint() == null
                    || !event.endpoint().startsWith("jdbc:postgresql:")) {
                return null;
            }
            try {
                PgLockWatcher w = JdbcEvents.suppressed(() -> new PgLockWatcher(
                        MonitorConnections.open(target, event.connection())));
                watcher = w;
                tracker = new PgWaitTracker(w);
            } catch (Exception e) {
                System.err.println("[frontrun] cannot watch PostgreSQL locks through " + target + " (" + e
                        + "); threads blocked in the database are recognised by a time limit instead; set"
                        + " frontrun.jdbc.url, frontrun.jdbc.user and frontrun.jdbc.password to name a server");
            }
            return tracker;
        }
    }

    private static String stripQuery(String url) {
        if (url == null) {
            return null;
        }
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    private static void close(PgLockWatcher old) {
        if (old != null) {
            try {
                JdbcEvents.suppressed(() -> {
                    old.close();
                    return null;
                });
            } catch (Exception e) {
                // the old monitoring connection is gone anyway
            }
        }
    }
}
