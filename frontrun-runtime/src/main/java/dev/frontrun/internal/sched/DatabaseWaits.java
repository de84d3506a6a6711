package dev.frontrun.internal.sched;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import dev.frontrun.internal.jdbc.JdbcEvent;
import dev.frontrun.internal.jdbc.JdbcEvents;
import dev.frontrun.internal.jdbc.JdbcOutcome;
import dev.frontrun.internal.pg.PgDeadlock;
import dev.frontrun.internal.pg.PgLockWatcher;
import dev.frontrun.internal.pg.PgWaitTracker;

/**
 * Knows which threads are blocked inside PostgreSQL on a lock another backend holds, by asking the server
 * ({@code pg_locks} through {@link PgLockWatcher}) over a monitoring connection to the database named by the system
 * properties {@code frontrun.jdbc.url}, {@code frontrun.jdbc.user} and {@code frontrun.jdbc.password} (the Maven
 * plugin sets them for every scenario). Without them, or for another database, it knows nothing and the scheduler
 * falls back to a time limit. It also names the statements of a deadlock PostgreSQL detected.
 */
final class DatabaseWaits {

    private static volatile PgWaitTracker tracker;
    /** The URL the tracker watches, or the one that failed; a new {@code frontrun.jdbc.url} gets a new try. */
    private static volatile String triedUrl;

    private DatabaseWaits() {
    }

    static void before(JdbcEvent event) {
        PgWaitTracker t = tracker(event);
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

    /** @return whether the tracker can answer at all */
    static boolean available() {
        return tracker != null && Objects.equals(System.getProperty("frontrun.jdbc.url"), triedUrl);
    }

    /** @return the threads blocked on a database lock now; empty when unknown or on a monitoring failure */
    static Set<Thread> blocked() {
        PgWaitTracker t = tracker;
        if (t == null || !available()) {
            return Set.of();
        }
        try {
            Map<Thread, PgWaitTracker.BlockedThread> map = JdbcEvents.suppressed(t::blockedThreads);
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

    private static PgWaitTracker tracker(JdbcEvent event) {
        String url = System.getProperty("frontrun.jdbc.url");
        PgWaitTracker t = tracker;
        if (url == null || url.equals(triedUrl)) {
            return url == null ? null : t;
        }
        synchronized (DatabaseWaits.class) {
            if (!url.equals(triedUrl) && url.startsWith("jdbc:postgresql:") && event.endpoint() != null
                    && event.endpoint().startsWith("jdbc:postgresql:")) {
                triedUrl = url;
                tracker = null;
                try {
                    tracker = JdbcEvents.suppressed(() -> {
                        Connection monitor = DriverManager.getConnection(url,
                                System.getProperty("frontrun.jdbc.user", "postgres"),
                                System.getProperty("frontrun.jdbc.password", ""));
                        return new PgWaitTracker(new PgLockWatcher(monitor));
                    });
                } catch (Exception e) {
                    System.err.println("[frontrun] cannot watch PostgreSQL locks through " + url + " (" + e
                            + "); threads blocked in the database are recognised by a time limit instead");
                }
            }
            return tracker;
        }
    }
}
