package dev.frontrun.internal.jdbc;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

import dev.frontrun.internal.sql.SqlAccess;
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

    /**
     * The accesses that become visible to other transactions if {@code event}'s operation succeeds: a statement's
     * own in auto-commit mode, the open transaction's for a commit (JDBC or SQL) or for switching auto-commit on,
     * none inside a transaction or for a rollback. Call it from a scheduler's {@code before}.
     *
     * @param event an event not yet completed
     * @return the accesses it would publish
     */
    public List<SqlAccess> wouldPublish(JdbcEvent event) {
        if (event.connection() == null) {
            return List.of();
        }
        TransactionTracker tracker = tracker(event);
        return switch (event.kind()) {
            case EXECUTE, EXECUTE_BATCH -> {
                List<SqlAccess> out = new ArrayList<>();
                for (SqlStatement s : event.analysed()) {
                    out.addAll(tracker.wouldPublish(s));
                }
                yield out;
            }
            case COMMIT -> tracker.pendingAccesses();
            case SET_AUTO_COMMIT -> Boolean.TRUE.equals(event.argument()) && tracker.inTransaction()
                    ? tracker.pendingAccesses() : List.of();
            default -> List.of();
        };
    }

    /**
     * @param event an event not yet completed
     * @return whether its connection is inside a transaction just before it (auto-commit off or an explicit
     *     {@code BEGIN}), so that row locks its statements take are held until the transaction ends
     */
    public boolean inTransaction(JdbcEvent event) {
        return event.connection() != null && tracker(event).inTransaction();
    }

    /**
     * @param event an event not yet completed
     * @return whether it is a statement that opens its transaction's snapshot: the first data statement of a
     *     transaction
     */
    public boolean takesSnapshot(JdbcEvent event) {
        if (event.connection() == null || event.kind() != JdbcEventKind.EXECUTE
                && event.kind() != JdbcEventKind.EXECUTE_BATCH) {
            return false;
        }
        return tracker(event).fresh() && event.analysed().stream().anyMatch(s -> !s.kind().isTransactionControl()
                && s.kind() != dev.frontrun.internal.sql.StatementKind.UTILITY);
    }

    private TransactionTracker tracker(JdbcEvent event) {
        return trackers.computeIfAbsent(event.connection(), c -> log.tracker(event.connectionLabel(),
                event.autoCommit(), event.endpoint().startsWith("jdbc:postgresql:")));
    }

    @Override
    public void after(JdbcEvent event, JdbcOutcome outcome) {
        if (event.connection() == null) {
            return;
        }
        TransactionTracker tracker = tracker(event);
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
