package dev.frontrun.internal.explore;

import java.util.Set;
import java.util.TreeSet;

import dev.frontrun.internal.jdbc.JdbcEvent;
import dev.frontrun.internal.jdbc.JdbcEventListener;
import dev.frontrun.internal.jdbc.JdbcEvents;
import dev.frontrun.internal.jdbc.JdbcOutcome;
import dev.frontrun.internal.sql.SqlResource;
import dev.frontrun.internal.sql.SqlStatement;

/**
 * Collects the tables that successful JDBC statements of other threads than the one that started it wrote (INSERT,
 * UPDATE, DELETE) while it listens: the tables the actors wrote, for the default snapshot of a database scenario
 * (the setup, on the listening thread, does not count). It listens in front of the listener that was installed
 * (forwarding every event to it) and puts that one back when stopped.
 */
public final class WrittenTables implements JdbcEventListener, AutoCloseable {

    private final Set<String> tables = new TreeSet<>();
    private final JdbcEventListener previous;
    private final Thread owner = Thread.currentThread();

    private WrittenTables(JdbcEventListener previous) {
        this.previous = previous;
    }

    /** @return a collector, listening from now on (installs the JDBC interception when it is not yet) */
    public static WrittenTables listen() {
        WrittenTables w = new WrittenTables(JdbcEvents.listener());
        JdbcEvents.setListener(w);
        return w;
    }

    /** @return the tables written so far, sorted by name */
    public synchronized Set<String> tables() {
        return java.util.Collections.unmodifiableSet(new TreeSet<>(tables));
    }

    @Override
    public void before(JdbcEvent event) {
        if (previous != null) {
            previous.before(event);
        }
    }

    @Override
    public void after(JdbcEvent event, JdbcOutcome outcome) {
        if (outcome.ok() && event.thread() != owner) {
            synchronized (this) {
                for (SqlStatement s : event.analysed()) {
                    for (SqlResource r : s.writes()) {
                        if (r.level() != SqlResource.Level.ENDPOINT && r.table() != null) {
                            tables.add(r.table());
                        }
                    }
                }
            }
        }
        if (previous != null) {
            previous.after(event, outcome);
        }
    }

    /** Stops listening: the listener installed before is back. */
    @Override
    public void close() {
        if (JdbcEvents.listener() == this) {
            JdbcEvents.setListener(previous);
        }
    }
}
