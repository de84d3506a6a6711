package dev.frontrun.internal.db;

import java.util.Map;

import dev.frontrun.internal.jdbc.JdbcEvent;
import dev.frontrun.internal.sql.AccessKind;
import dev.frontrun.internal.sql.SqlAccess;
import dev.frontrun.internal.sql.SqlResource;
import dev.frontrun.internal.sql.SqlStatement;
import dev.frontrun.internal.sql.StatementKind;

/**
 * Which of PostgreSQL's four row-lock modes a statement takes: a {@code DELETE}, an {@code UPDATE} of a key column
 * and {@code FOR UPDATE} take {@code FOR UPDATE}; any other {@code UPDATE} and {@code FOR NO KEY UPDATE} take
 * {@code FOR NO KEY UPDATE}; {@code FOR SHARE} and {@code FOR KEY SHARE} their own mode, and a foreign-key check
 * {@code FOR KEY SHARE}. The modes are ordered by {@link AccessKind#strength()}: a stronger one includes the weaker.
 */
final class LockModes {

    private LockModes() {
    }

    /** @return the mode as PostgreSQL's locking clause spells it */
    static String modeName(AccessKind mode) {
        return switch (mode) {
            case LOCK_KEY_SHARE -> "FOR KEY SHARE";
            case LOCK_SHARED -> "FOR SHARE";
            case LOCK_NO_KEY_UPDATE -> "FOR NO KEY UPDATE";
            default -> "FOR UPDATE";
        };
    }

    /** Records {@code mode} for the row, keeping the stronger of it and a mode recorded before. */
    static void stronger(Map<String, AccessKind> modes, String row, AccessKind mode) {
        modes.merge(row, mode, (a, b) -> a.strength() >= b.strength() ? a : b);
    }

    /**
     * PostgreSQL's row lock for an access of a statement: {@code DELETE} takes {@code FOR UPDATE}, an
     * {@code UPDATE} {@code FOR NO KEY UPDATE} ({@code FOR UPDATE} when it changes a key column, which its analysis
     * marks as an exclusive lock), a locking {@code SELECT} its clause's mode, an {@code INSERT} the
     * {@code FOR KEY SHARE} of its foreign-key checks, and {@code ON CONFLICT DO UPDATE} a {@code FOR NO KEY UPDATE}
     * of the row it names.
     *
     * @return the mode, or {@code null} when the access takes no row lock
     */
    static AccessKind mode(SqlStatement s, AccessKind access) {
        return switch (s.kind()) {
            case UPDATE -> access == AccessKind.WRITE ? AccessKind.LOCK_NO_KEY_UPDATE
                    : access == AccessKind.LOCK_EXCLUSIVE ? AccessKind.LOCK_EXCLUSIVE : null;
            case DELETE -> access == AccessKind.WRITE ? AccessKind.LOCK_EXCLUSIVE : null;
            case SELECT -> access.isLock() ? access : null;
            case INSERT -> access == AccessKind.LOCK_KEY_SHARE ? access
                    : "UPDATE".equals(s.onConflict()) && access == AccessKind.WRITE ? AccessKind.LOCK_NO_KEY_UPDATE
                    : null;
            default -> null;
        };
    }

    /**
     * @return the mode in which a single statement locks the rows its WHERE clause matches (pinned by key or not):
     *     {@code FOR UPDATE} for a {@code DELETE}, the clause's mode for a locking {@code SELECT}, {@code FOR UPDATE}
     *     for an {@code UPDATE} of a key column, {@code FOR KEY SHARE} for the parent row an {@code INSERT}'s
     *     foreign-key check is asked for, else {@code FOR NO KEY UPDATE} (an {@code ON CONFLICT DO UPDATE}'s row)
     */
    static AccessKind predicateMode(JdbcEvent event) {
        AccessKind out = null;
        for (SqlStatement s : event.analysed()) {
            if (s.kind() == StatementKind.DELETE) {
                return AccessKind.LOCK_EXCLUSIVE;
            }
            if (s.kind() == StatementKind.INSERT && s.rowQuery() != null) {
                // the row an ON CONFLICT DO UPDATE would update, or the parent row of a foreign-key check
                return "UPDATE".equals(s.onConflict()) ? AccessKind.LOCK_NO_KEY_UPDATE : AccessKind.LOCK_KEY_SHARE;
            }
            String table = s.rowQuery() == null ? null : s.rowQuery().table();
            for (SqlAccess a : s.accesses()) {
                // the statement's own rows (a foreign-key check's locks are on other rows, and an UPDATE takes none)
                boolean own = a.resource().level() == SqlResource.Level.TABLE
                        || a.resource().level() == SqlResource.Level.ROW && a.resource().table().equals(table)
                        && (s.kind() == StatementKind.SELECT || a.kind() == AccessKind.LOCK_EXCLUSIVE);
                if (a.kind().isLock() && own && (out == null || a.kind().strength() > out.strength())) {
                    out = a.kind();
                }
            }
        }
        return out == null ? AccessKind.LOCK_NO_KEY_UPDATE : out;
    }
}
