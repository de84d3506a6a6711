package dev.frontrun.internal.sql;

/** How a statement touches a {@link SqlResource}. */
public enum AccessKind {
    /** A plain (MVCC) read. */
    READ,
    /** An insert, update or delete. */
    WRITE,
    /** {@code FOR SHARE}: conflicts with {@code FOR NO KEY UPDATE} and {@code FOR UPDATE}. */
    LOCK_SHARED,
    /**
     * {@code FOR UPDATE}, and the lock a {@code DELETE} or an {@code UPDATE} of key columns takes: conflicts with
     * every row lock.
     */
    LOCK_EXCLUSIVE,
    /**
     * {@code FOR KEY SHARE}, and the lock a foreign-key check takes on the parent row: conflicts only with
     * {@code FOR UPDATE}.
     */
    LOCK_KEY_SHARE,
    /**
     * {@code FOR NO KEY UPDATE}, and the lock an {@code UPDATE} that changes no key column takes: conflicts with
     * {@code FOR SHARE}, itself and {@code FOR UPDATE}.
     */
    LOCK_NO_KEY_UPDATE;

    /**
     * Whether two accesses of the same resource by different transactions are dependent (their order can matter).
     * Reads commute with reads and with locks (PostgreSQL reads never block); row locks commute when PostgreSQL's
     * conflict table lets them share a row ({@link #lockConflicts}).
     *
     * @param other the other access kind
     * @return {@code true} when the order of the two accesses can matter
     */
    public boolean conflictsWith(AccessKind other) {
        if (this == READ && other == READ) {
            return false;
        }
        if (isLock() && other == READ || this == READ && other.isLock()) {
            return false;
        }
        if (isLock() && other.isLock()) {
            return lockConflicts(other);
        }
        return true;
    }

    /** @return whether this is a modelled row lock */
    public boolean isLock() {
        return strength() >= 0;
    }

    /**
     * PostgreSQL's row-lock conflict table (the manual's "Conflicting Row-Level Locks"): the modes in order of
     * strength, each conflicting with the modes at least as strong as the strongest it tolerates.
     *
     * @param other another transaction's row lock
     * @return whether the two row locks conflict; {@code false} when either is no lock
     */
    public boolean lockConflicts(AccessKind other) {
        int a = strength();
        int b = other.strength();
        return a >= 0 && b >= 0 && a + b >= 3;
    }

    /**
     * @return the lock's strength: 0 {@code FOR KEY SHARE}, 1 {@code FOR SHARE}, 2 {@code FOR NO KEY UPDATE},
     *     3 {@code FOR UPDATE}, -1 for an access that is no lock; a transaction holding a mode holds every weaker
     *     one, and two transactions' modes conflict when their strengths add up to 3 or more
     */
    public int strength() {
        return switch (this) {
            case LOCK_KEY_SHARE -> 0;
            case LOCK_SHARED -> 1;
            case LOCK_NO_KEY_UPDATE -> 2;
            case LOCK_EXCLUSIVE -> 3;
            default -> -1;
        };
    }
}
