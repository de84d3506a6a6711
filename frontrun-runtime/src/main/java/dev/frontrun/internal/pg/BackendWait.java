package dev.frontrun.internal.pg;

import java.util.List;
import java.util.Map;

/**
 * What one PostgreSQL backend is doing, from {@code pg_stat_activity} and {@code pg_blocking_pids}.
 *
 * @param pid the backend
 * @param state {@code active}, {@code idle}, {@code idle in transaction}, ...; {@code gone} when the backend left
 * @param waitEventType {@code Lock} when it waits on a heavyweight lock, else another type or {@code null}
 * @param waitEvent the wait event ({@code transactionid}, {@code tuple}, {@code relation}, ...), or {@code null}
 * @param query the text of its current (or most recent) statement
 * @param blockers the backends holding (or queued ahead for) the lock it waits on; empty when not waiting on a lock
 * @param blockerQueries each blocker's current (or most recent) statement
 */
public record BackendWait(int pid, String state, String waitEventType, String waitEvent, String query,
        List<Integer> blockers, Map<Integer, String> blockerQueries) {

    /** Copies the collections. */
    public BackendWait {
        blockers = List.copyOf(blockers);
        blockerQueries = Map.copyOf(blockerQueries);
    }

    /** @return whether the backend is blocked on a lock another backend holds */
    public boolean waitingOnLock() {
        return "Lock".equals(waitEventType) && !blockers.isEmpty();
    }

    @Override
    public String toString() {
        return waitingOnLock()
                ? "backend " + pid + " waits for a " + waitEvent + " lock held by backend(s) " + blockers + ": " + query
                : "backend " + pid + " " + state + ": " + query;
    }
}
