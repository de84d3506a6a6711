package dev.frontrun.internal.jdbc;

import java.sql.Connection;
import java.util.Objects;
import java.util.function.ToIntFunction;

import dev.frontrun.internal.sql.SqlStatement;
import dev.frontrun.internal.sql.TransactionLog;
import dev.frontrun.internal.sql.TransactionTracker;

/**
 * A {@link JdbcEventListener} that feeds completed JDBC operations into a {@link TransactionLog}: one
 * {@link TransactionTracker} per connection, effects ordered by when they completed. A scheduler can call it from
 * its own listener, or register it directly.
 */
public final class TransactionRecorder implements JdbcEventListener {

    private final TransactionLog log;
    private final ToIntFunction<Thread> threadIndex;
    private final WeakIdentityMap<Connection, TransactionTracker> trackers = new WeakIdentityMap<>();

    /**
     * @param log where committed transactions go
     * @param threadIndex the scheduler's index of a thread (shown as "thread N" in results)
     */
    public TransactionRecorder(TransactionLog log, ToIntFunction<Thread> threadIndex) {
        this.log = Objects.requireNonNull(log, "log");
        this.threadIndex = Objects.requireNonNull(threadIndex, "threadIndex");
    }

    /** @return the log this recorder writes to */
    public TransactionLog log() {
        return log;
    }

    @Override
    public void before(JdbcEvent event) {
        // effects are recorded once they happened
    }

    @Override
    public void after(JdbcEvent event, JdbcOutcome outcome) {
        if (event.connection() == null) {
            return;
        }
        TransactionTracker tracker = trackers.computeIfAbsent(event.connection(), c -> log.tracker(
                event.connectionLabel(), event.autoCommit(), event.endpoint().startsWith("jdbc:postgresql:")));
        int thread = threadIndex.applyAsInt(event.thread());
        switch (event.kind()) {
            case EXECUTE, EXECUTE_BATCH -> {
                for (SqlStatement s : event.analysed()) {
                    tracker.executed(thread, s, event.siteText(), outcome.ok());
                }
            }
            case COMMIT -> tracker.commit(thread, outcome.ok());
            case ROLLBACK -> tracker.rollback();
            case ROLLBACK_TO_SAVEPOINT -> tracker.rollbackTo(event.argument());
            case SET_SAVEPOINT -> {
                if (outcome.ok()) {
                    tracker.savepoint(outcome.returned());
                }
            }
            case SET_AUTO_COMMIT -> tracker.setAutoCommit(thread, Boolean.TRUE.equals(event.argument()), outcome.ok());
            case CLOSE -> tracker.close();
            case RELEASE_SAVEPOINT -> { }
        }
    }
}
