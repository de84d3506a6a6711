package dev.frontrun.internal.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The accesses a write makes through foreign keys, which its SQL does not name: an insert into a child table (or an
 * update of its key columns) reads the parent row it references, and an insert takes its {@code FOR KEY SHARE} lock
 * as PostgreSQL's check does (the whole parent table is read, and no lock modelled, when the value is not known;
 * for a one-row insert PostgreSQL is asked whether the parent row exists, {@link #parentQuery}); a delete from a
 * parent table (or an update of its referenced columns) reads the child table, or writes it
 * when the key cascades. Without them two such statements would look independent, and DPOR would explore only one
 * of their orders.
 */
final class ForeignKeyAccesses {

    private ForeignKeyAccesses() {
    }

    static List<SqlAccess> of(StatementKind kind, TableUse use, List<?> parameters, PrimaryKeyLookup keys) {
        List<SqlAccess> out = new ArrayList<>();
        if (!use.kinds.contains(AccessKind.WRITE)) {
            return out;
        }
        if (kind == StatementKind.INSERT || kind == StatementKind.UPDATE) {
            for (ForeignKey fk : keys.foreignKeys(use.table, true)) {
                if (kind == StatementKind.UPDATE && fk.childColumns().stream().noneMatch(use.assigned::contains)) {
                    continue;
                }
                List<Map<String, ValueRef>> rows = kind == StatementKind.INSERT ? use.insertedRows
                        : List.of(use.assignedValues);
                boolean byKey = !rows.isEmpty() && fk.parentColumns().equals(keys.primaryKey(fk.parent()));
                for (Map<String, ValueRef> row : rows) {
                    Map<String, String> key = byKey ? parentKey(fk, row, parameters) : null;
                    if (key == null) {
                        byKey = false;
                        break;
                    }
                    add(out, new SqlAccess(SqlResource.row(fk.parent(), key), AccessKind.READ));
                    if (kind == StatementKind.INSERT) {
                        // the check itself: SELECT 1 FROM parent WHERE key = ? FOR KEY SHARE (an UPDATE checks only
                        // when the value changes, which the statement does not say: no lock, so a wait shows in
                        // pg_locks rather than the model blocking what PostgreSQL lets run)
                        add(out, new SqlAccess(SqlResource.row(fk.parent(), key), AccessKind.LOCK_KEY_SHARE));
                    }
                }
                if (!byKey) {
                    add(out, new SqlAccess(SqlResource.table(fk.parent()), AccessKind.READ));
                }
            }
        }
        if (kind == StatementKind.DELETE || kind == StatementKind.UPDATE) {
            for (ForeignKey fk : keys.foreignKeys(use.table, false)) {
                if (kind == StatementKind.UPDATE && fk.parentColumns().stream().noneMatch(use.assigned::contains)) {
                    continue;
                }
                add(out, new SqlAccess(SqlResource.table(fk.child()), AccessKind.READ));
                if (fk.cascades() || kind == StatementKind.UPDATE) {
                    add(out, new SqlAccess(SqlResource.table(fk.child()), AccessKind.WRITE));
                }
            }
        }
        return out;
    }

    /**
     * The question for the parent row whose {@code FOR KEY SHARE} the foreign-key check of a one-row
     * {@code INSERT} takes: {@code SELECT id FROM parent WHERE id = ?}. PostgreSQL's check locks the row only when it
     * finds it; one that does not exist (or that the inserting transaction cannot see) is locked by nobody, and the
     * insert fails with 23503 instead of waiting.
     *
     * @return the query, or {@code null} when the statement inserts several rows, has no such check by the parent's
     *     primary key with known values, or has more than one (only one question per statement: the others are
     *     locked by key, as before)
     */
    static RowQuery parentQuery(TableUse use, List<?> parameters, PrimaryKeyLookup keys) {
        if (use.insertedRows.size() != 1 || !use.kinds.contains(AccessKind.WRITE)) {
            return null;
        }
        Map<String, ValueRef> row = use.insertedRows.get(0);
        RowQuery out = null;
        for (ForeignKey fk : keys.foreignKeys(use.table, true)) {
            List<String> pk = keys.primaryKey(fk.parent());
            if (pk.isEmpty() || !fk.parentColumns().equals(pk) || parentKey(fk, row, parameters) == null) {
                continue; // no row lock by key is taken for this check (or none at all, for a NULL)
            }
            if (out != null) {
                return null;
            }
            StringBuilder where = new StringBuilder();
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < fk.childColumns().size(); i++) {
                ValueRef ref = row.get(fk.childColumns().get(i));
                where.append(i == 0 ? "" : " AND ").append(fk.parentColumns().get(i)).append(" = ");
                if (ref.parameter() > 0) {
                    where.append('?');
                    values.add(parameters.get(ref.parameter() - 1));
                } else { // a quoted literal takes the column's type, whatever the literal's was
                    where.append('\'').append(ref.literal().replace("'", "''")).append('\'');
                }
            }
            out = new RowQuery(fk.parent(), "SELECT " + String.join(", ", pk) + " FROM " + fk.parent() + " WHERE "
                    + where, values, pk);
        }
        return out;
    }

    private static Map<String, String> parentKey(ForeignKey fk, Map<String, ValueRef> row, List<?> parameters) {
        Map<String, String> key = new LinkedHashMap<>();
        for (int i = 0; i < fk.childColumns().size(); i++) {
            ValueRef ref = row.get(fk.childColumns().get(i));
            String value = ref == null ? null : ref.resolve(parameters);
            if (value == null) {
                return null;
            }
            key.put(fk.parentColumns().get(i), value);
        }
        return key;
    }

    private static void add(List<SqlAccess> out, SqlAccess a) {
        if (!out.contains(a)) {
            out.add(a);
        }
    }
}
