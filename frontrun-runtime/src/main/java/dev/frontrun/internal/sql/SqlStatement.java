package dev.frontrun.internal.sql;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A statement understood: its kind, its accesses with bound parameters resolved, and how precise that is.
 *
 * @param sql the SQL text as sent to the driver
 * @param kind what the statement does
 * @param accesses the resources it reads, writes or locks, in a stable order
 * @param coverage how the accesses were found
 * @param degradation why coverage is not {@link Coverage#PRECISE}, or {@code null}
 * @param savepoint the savepoint name for savepoint statements, else {@code null}
 * @param uniqueKeys the unique-index keys the statement would insert (an INSERT's rows, the new values an UPDATE
 *     assigns to a unique key), named like rows ({@code signups(email=a@b)}); a concurrent uncommitted transaction
 *     that inserted the same key makes PostgreSQL wait
 * @param onConflict an INSERT's {@code ON CONFLICT} action ({@code NOTHING} or {@code UPDATE}), else {@code null}
 * @param rowQuery for a statement that locks the rows its WHERE clause matches (pinned by key or not), the query
 *     that finds them; else {@code null}
 * @param unkeyedLocks the tables whose rows the statement locks (an {@code UPDATE}, {@code DELETE}, locking
 *     {@code SELECT} or {@code ON CONFLICT DO UPDATE}) but that have no row key ({@link PrimaryKeyLookup#primaryKey}
 *     is empty): PostgreSQL locks rows there that the model cannot name, so it locks none
 */
public record SqlStatement(String sql, StatementKind kind, List<SqlAccess> accesses, Coverage coverage,
        String degradation, String savepoint, List<SqlResource> uniqueKeys, String onConflict, RowQuery rowQuery,
        List<String> unkeyedLocks) {

    /** Copies the lists. */
    public SqlStatement {
        accesses = List.copyOf(accesses);
        uniqueKeys = List.copyOf(uniqueKeys);
        unkeyedLocks = List.copyOf(unkeyedLocks);
    }

    /**
     * A statement that inserts no unique key.
     *
     * @param sql the SQL text
     * @param kind what it does
     * @param accesses its accesses
     * @param coverage how they were found
     * @param degradation why coverage is not precise, or {@code null}
     * @param savepoint the savepoint name, or {@code null}
     */
    public SqlStatement(String sql, StatementKind kind, List<SqlAccess> accesses, Coverage coverage,
            String degradation, String savepoint) {
        this(sql, kind, accesses, coverage, degradation, savepoint, List.of(), null, null, List.of());
    }

    /** @return the resources read (including reads implied by locks) */
    public Set<SqlResource> reads() {
        return resources(AccessKind.READ);
    }

    /** @return the resources written */
    public Set<SqlResource> writes() {
        return resources(AccessKind.WRITE);
    }

    /** @return the resources locked by {@code FOR UPDATE/SHARE} */
    public Set<SqlResource> locks() {
        Set<SqlResource> out = new LinkedHashSet<>();
        for (SqlAccess a : accesses) {
            if (a.kind().isLock()) {
                out.add(a.resource());
            }
        }
        return out;
    }

    private Set<SqlResource> resources(AccessKind kind) {
        Set<SqlResource> out = new LinkedHashSet<>();
        for (SqlAccess a : accesses) {
            if (a.kind() == kind) {
                out.add(a.resource());
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return kind + " " + accesses + (coverage == Coverage.PRECISE ? "" : " [" + coverage + ": " + degradation + "]");
    }
}
