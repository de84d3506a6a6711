package dev.frontrun.internal.sched;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.Set;

import dev.frontrun.internal.jdbc.JdbcEvent;
import dev.frontrun.internal.jdbc.JdbcEvents;
import dev.frontrun.internal.jdbc.JdbcOutcome;
import dev.frontrun.internal.pg.PgLockWatcher;
import dev.frontrun.internal.pg.PgWaitTracker;

/**
 * Knows which threads are blocked inside PostgreSQL on a lock another backend holds, by asking the server
 * ({@code pg_locks} through {@link PgLockWatcher}) over a monitoring connection to the database named by the system
 * properties {@code frontrun.jdbc.url}, {@code frontrun.jdbc.user} and {@code frontrun.jdbc.password} (the Maven
 * plugin sets them for every scenario). Without them, or for another database, it knows nothing and the scheduler
 * falls back to a time limit.
 */
final class DatabaseWaits {

    private static volatile PgWaitTracker tracker;
    private static volatile boolean tried;

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
        return tracker != null;
    }

    /** @return the threads blocked on a database lock now; empty when unknown or on a monitoring failure */
    static Set<Thread> blocked() {
        PgWaitTracker t = tracker;
        if (t == null) {
            return Set.of();
        }
        try {
            Map<Thread, PgWaitTracker.BlockedThread> map = JdbcEvents.suppressed(t::blockedThreads);
            return map.keySet();
        } catch (Exception e) {
            return Set.of();
        }
    }

    private static PgWaitTracker tracker(JdbcEvent event) {
        PgWaitTracker t = tracker;
        if (t != null || tried) {
            return t;
        }
        synchronized (DatabaseWaits.class) {
            if (!tried) {
                tried = true;
                String url = System.getProperty("frontrun.jdbc.url");
                if (url != null && url.startsWith("jdbc:postgresql:") && event.endpoint() != null
                        && event.endpoint().startsWith("jdbc:postgresql:")) {
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
            }
            return tracker;
        }
    }
}
