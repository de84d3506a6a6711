package dev.frontrun.internal.sched;

import java.util.List;

/**
 * A lock of the model that several holders may have at once in compatible modes (a database row locked
 * {@code FOR SHARE} by two transactions): the model that owns it says which of the other holders' locks conflict
 * with it; the scheduler lets a thread take it only when none of those is held.
 */
public interface SharedLock {

    /**
     * @return the locks held (or once asked for) in modes that conflict with this one, each the key of a lock of the
     *     model; {@code null} for an exclusive lock, which only its own holder blocks
     */
    List<?> conflicting();
}
