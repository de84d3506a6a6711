package dev.frontrun.internal.sql;

/** How a statement touches a {@link SqlResource}. */
public enum AccessKind {
    /** A plain (MVCC) read. */
    READ,
    /** An insert, update or delete. */
    WRITE,
    /** A row lock that other shared locks may share ({@code FOR SHARE}, {@code FOR KEY SHARE}). */
    LOCK_SHARED,
    /** An exclusive row lock ({@code FOR UPDATE}, {@code FOR NO KEY UPDATE}). */
    LOCK_EXCLUSIVE;

    /**
     * Whether two accesses of the same resource by different transactions are dependent (their order can matter).
     * Reads commute with reads and with locks (PostgreSQL reads never block); shared locks commute with each other.
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
        return !(this == LOCK_SHARED && other == LOCK_SHARED);
    }

    /** @return whether this is a modelled row lock */
    public boolean isLock() {
        return this == LOCK_SHARED || this == LOCK_EXCLUSIVE;
    }
}
