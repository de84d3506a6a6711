package dev.frontrun.internal.sched;

import java.util.Set;

/**
 * What the scheduler asks of the database model (package {@code internal.db}) during one execution: which managed
 * threads the database makes wait for a lock, so that the watchdog can tell a statement waiting for the server from
 * one blocked by another transaction; and the deadlock the database reported. The model attaches one to each
 * execution ({@link Execution#attach}); without one, the execution has {@link #NONE}.
 */
public interface DatabaseModel {

    /** No database model: nothing known, a statement counts as blocked after a time limit. */
    DatabaseModel NONE = new DatabaseModel() {
        @Override
        public boolean knowsLockWaits() {
            return false;
        }

        @Override
        public Set<Thread> lockWaiters() {
            return Set.of();
        }

        @Override
        public String deadlockReport() {
            return null;
        }
    };

    /** @return whether the database can say which threads wait for a lock ({@link #lockWaiters} is then exact) */
    boolean knowsLockWaits();

    /** @return the threads blocked on a database lock now; empty when unknown or on a monitoring failure */
    Set<Thread> lockWaiters();

    /**
     * @return the deadlock the database detected in this execution (one the row-lock model did not foresee), with
     *     the statements of the cycle; or {@code null}
     */
    String deadlockReport();
}
