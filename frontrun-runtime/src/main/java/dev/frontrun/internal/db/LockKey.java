package dev.frontrun.internal.db;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import dev.frontrun.internal.sched.SharedLock;
import dev.frontrun.internal.sql.AccessKind;

/**
 * A lock of the database model; one instance per name and execution (a row lock: per row, mode and transaction),
 * since the scheduler's lock model keys monitors by identity. All the keys of one row share the row's name, which is
 * the one monitor DPOR sees for it. Other keys (a table's commit gate, a unique key) are exclusive.
 */
final class LockKey implements SharedLock {

    final String name;
    /** A row lock's mode ({@link AccessKind#strength()}), or {@code null} for an exclusive lock. */
    final AccessKind mode;
    /** The transaction (connection) holding this mode, for a row lock. */
    final Connection connection;
    /** Every key of the row, shared by them, or {@code null}. */
    private final List<LockKey> row;

    /** @param name an exclusive lock's name */
    LockKey(String name) {
        this(name, null, null, null);
    }

    /**
     * @param name the row's lock name
     * @param mode the mode
     * @param connection the transaction asking for it
     * @param row every key of the row, which this one joins
     */
    LockKey(String name, AccessKind mode, Connection connection, List<LockKey> row) {
        this.name = name;
        this.mode = mode;
        this.connection = connection;
        this.row = row;
    }

    /**
     * PostgreSQL's rule: a transaction may take a row-lock mode when no other transaction holds a mode that
     * conflicts with it (the scheduler checks those, {@link SharedLock}); any other lock is free when no other
     * thread owns it.
     *
     * @return the keys of the row's modes other transactions asked for that conflict with this one, or
     *     {@code null} for an exclusive lock
     */
    @Override
    public List<LockKey> conflicting() {
        if (mode == null) {
            return null;
        }
        List<LockKey> out = new ArrayList<>();
        for (LockKey other : row) {
            if (other.connection != connection && other.mode.lockConflicts(mode)) {
                out.add(other);
            }
        }
        return out;
    }

    /** @return whether this is a unique-key lock (taken by an insert, given back if it inserted nothing) */
    boolean uniqueKey() {
        return name.startsWith("unique key ");
    }

    @Override
    public String toString() {
        return name;
    }
}
