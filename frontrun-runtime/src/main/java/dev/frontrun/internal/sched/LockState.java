package dev.frontrun.internal.sched;

import java.util.ArrayList;
import java.util.List;

/**
 * The model of one monitor: owner, reentrancy count, where it was taken, its wait set in arrival order, and the
 * notified threads still competing for the notifications not yet taken.
 */
final class LockState {

    final int id;
    final String name;
    ManagedThread owner;
    int count;
    int acquiredAt = -1;
    /** The SQL statement that took it (database row locks), else {@code null}. */
    String acquiredBy;
    final List<ManagedThread> waitSet = new ArrayList<>();
    /** Waiters a {@code notify} made runnable: the first {@link #tickets} of them to re-take the monitor wake. */
    final List<ManagedThread> notified = new ArrayList<>();
    /** How many of {@link #notified} may still wake. */
    int tickets;

    LockState(int id, String name) {
        this.id = id;
        this.name = name;
    }

    boolean freeFor(ManagedThread t) {
        return owner == null || owner == t;
    }
}
