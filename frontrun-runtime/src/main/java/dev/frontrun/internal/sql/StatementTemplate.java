package dev.frontrun.internal.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A statement parsed once per SQL text: its kind and table uses, with key values still referring to parameters.
 * {@link #bind} turns it into the {@link SqlStatement} of one execution.
 */
final class StatementTemplate {

    /** More rows than this (an {@code IN} list, a multi-row insert) are modelled as the table. */
    static final int MAX_ROWS = 64;

    final StatementKind kind;
    final List<TableUse> uses;
    final Coverage coverage;
    final String degradation;
    final String savepoint;
    /** the query finding the rows an unpinned WHERE locks, or {@code null} */
    final RowQueryTemplate rowQuery;

    StatementTemplate(StatementKind kind, List<TableUse> uses, Coverage coverage, String degradation,
            String savepoint) {
        this(kind, uses, coverage, degradation, savepoint, null);
    }

    StatementTemplate(StatementKind kind, List<TableUse> uses, Coverage coverage, String degradation,
            String savepoint, RowQueryTemplate rowQuery) {
        this.rowQuery = rowQuery;
        this.kind = kind;
        this.uses = List.copyOf(uses);
        this.coverage = coverage;
        this.degradation = degradation;
        this.savepoint = savepoint;
    }

    SqlStatement bind(String sql, List<?> parameters, PrimaryKeyLookup keys, String endpoint) {
        if (kind == StatementKind.OTHER_WRITE && sql != null
                && List.of("create", "alter", "drop").contains(TransactionControl.firstWord(SqlText.stripComments(sql).strip()))) {
            uses.forEach(u -> keys.forget(u.table));
        }
        List<SqlAccess> accesses = new ArrayList<>();
        if (coverage == Coverage.ENDPOINT_FALLBACK) {
            accesses.add(new SqlAccess(SqlResource.endpoint(endpoint), AccessKind.WRITE));
        }
        RowQuery matched = null;
        List<String> unkeyed = new ArrayList<>();
        for (TableUse use : uses) {
            if (locksRows(use) && keys.primaryKey(use.table).isEmpty() && !unkeyed.contains(use.table)) {
                unkeyed.add(use.table);
            }
            List<SqlResource> resources = resources(use, parameters, keys);
            if (rowQuery != null && use.table.equals(rowQuery.table) && resources.size() == 1
                    && resources.get(0).level() == SqlResource.Level.TABLE) {
                List<String> pk = keys.primaryKey(use.table);
                matched = keys.uniqueKeys(use.table).contains(pk) ? rowQuery.bind(pk, parameters) : null;
            } else if (rowQuery != null && use.table.equals(rowQuery.table) && !resources.isEmpty()
                    && resources.stream().allMatch(r -> r.level() == SqlResource.Level.ROW)) {
                // pinned by key: PostgreSQL locks only the pinned rows that exist (and still match), so they are
                // found like a predicate's, named by the same key the pins use
                matched = rowQuery.bind(keys.primaryKey(use.table), parameters);
            }
            for (AccessKind kind : use.kinds) {
                for (SqlResource r : resources) {
                    accesses.add(new SqlAccess(r, kind));
                }
            }
            if (kind == StatementKind.UPDATE && changesKey(use, keys)) {
                // an UPDATE of a key column takes FOR UPDATE, not FOR NO KEY UPDATE: it blocks key-share lockers
                for (SqlResource r : resources) {
                    accesses.add(new SqlAccess(r, AccessKind.LOCK_EXCLUSIVE));
                }
            }
            if (kind == StatementKind.INSERT || kind == StatementKind.UPDATE || kind == StatementKind.DELETE) {
                ForeignKeyAccesses.of(kind, use, parameters, keys).stream().filter(a -> !accesses.contains(a))
                        .forEach(accesses::add);
            }
        }
        if (matched == null && kind == StatementKind.INSERT && uses.size() == 1
                && !"UPDATE".equals(uses.get(0).onConflict)) {
            matched = ForeignKeyAccesses.parentQuery(uses.get(0), parameters, keys);
        }
        List<SqlResource> unique = new ArrayList<>();
        String onConflict = null;
        if (kind == StatementKind.INSERT || kind == StatementKind.UPDATE) {
            for (TableUse use : uses) {
                if (use.kinds.contains(AccessKind.WRITE)) {
                    UniqueKeyValues.of(use, parameters, keys).forEach(k -> {
                        if (!unique.contains(k)) {
                            unique.add(k);
                        }
                    });
                    onConflict = onConflict != null ? onConflict : use.onConflict;
                }
            }
        }
        return new SqlStatement(sql, kind, accesses, coverage, degradation, savepoint, unique, onConflict, matched,
                unkeyed);
    }

    /**
     * @return whether PostgreSQL locks rows of the table for this use: the target of an {@code UPDATE} or
     *     {@code DELETE}, a table a locking {@code SELECT} locks, the table of an {@code ON CONFLICT DO UPDATE}
     */
    private boolean locksRows(TableUse use) {
        return (kind == StatementKind.UPDATE || kind == StatementKind.DELETE) && use.kinds.contains(AccessKind.WRITE)
                || kind == StatementKind.SELECT && use.kinds.stream().anyMatch(AccessKind::isLock)
                || kind == StatementKind.INSERT && "UPDATE".equals(use.onConflict);
    }

    /**
     * @return whether an UPDATE assigns a column of a unique index (PostgreSQL's key columns, which a foreign key
     *     may reference); when the catalog lists only some unique indexes (partial or on expressions), {@code false}:
     *     the weaker lock, so that a wait the model misses shows in {@code pg_locks} rather than an order being hidden
     */
    private static boolean changesKey(TableUse use, PrimaryKeyLookup keys) {
        if (!use.kinds.contains(AccessKind.WRITE) || use.assigned.isEmpty()) {
            return false;
        }
        return keys.uniqueKeys(use.table).stream().flatMap(List::stream).anyMatch(use.assigned::contains);
    }

    private static List<SqlResource> resources(TableUse use, List<?> parameters, PrimaryKeyLookup keys) {
        List<String> pk = use.pins == null && use.insertedRows.isEmpty() ? List.of() : keys.primaryKey(use.table);
        if (pk.isEmpty() || pk.stream().anyMatch(use.assigned::contains)) {
            return List.of(SqlResource.table(use.table));
        }
        List<Map<String, String>> rows = new ArrayList<>();
        if (use.pins != null) {
            rows.add(new LinkedHashMap<>());
            for (String column : pk) {
                List<ValueRef> values = use.pins.get(column);
                if (values == null) {
                    return List.of(SqlResource.table(use.table));
                }
                rows = cross(rows, column, values, parameters);
                if (rows == null) {
                    return List.of(SqlResource.table(use.table));
                }
            }
        } else {
            for (Map<String, ValueRef> inserted : use.insertedRows) {
                Map<String, String> key = new LinkedHashMap<>();
                for (String column : pk) {
                    ValueRef ref = inserted.get(column);
                    String value = ref == null ? null : ref.resolve(parameters);
                    if (value == null) {
                        return List.of(SqlResource.table(use.table));
                    }
                    key.put(column, value);
                }
                rows.add(key);
            }
        }
        if (rows.isEmpty() || rows.size() > MAX_ROWS) {
            return List.of(SqlResource.table(use.table));
        }
        List<SqlResource> out = new ArrayList<>();
        for (Map<String, String> key : rows) {
            SqlResource r = SqlResource.row(use.table, key);
            if (!out.contains(r)) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<Map<String, String>> cross(List<Map<String, String>> rows, String column,
            List<ValueRef> values, List<?> parameters) {
        List<Map<String, String>> out = new ArrayList<>();
        for (ValueRef ref : values) {
            String value = ref.resolve(parameters);
            if (value == null) {
                return null;
            }
            for (Map<String, String> row : rows) {
                Map<String, String> next = new LinkedHashMap<>(row);
                next.put(column, value);
                out.add(next);
            }
        }
        return out.size() > MAX_ROWS ? null : out;
    }
}
