package dev.frontrun.internal.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.Values;

/**
 * Builds the {@link TableUse}s of a parsed SELECT, UPDATE, DELETE or INSERT: which tables it names directly, how it
 * accesses each, and which key values pin them.
 */
final class TableUses {

    private TableUses() {
    }

    static void select(Select select, List<TableUse> uses) {
        if (!(select instanceof PlainSelect plain)) {
            return; // set operations, VALUES, parenthesised selects: their tables are read whole below
        }
        List<Table> tables = fromItems(plain.getFromItem(), plain.getJoins());
        KeyPredicates keys = KeyPredicates.of(plain.getWhere());
        for (Table t : tables) {
            boolean seen = has(uses, t);
            TableUse use = use(uses, t);
            use.pinnedBy(seen ? null : keys.pinsFor(qualifiers(t), tables.size() == 1));
            use.kinds.add(AccessKind.READ);
            if (plain.getForMode() != null && !plain.isSkipLocked() && !plain.isNoWait()
                    && LockingClause.locks(plain, t)) {
                // SKIP LOCKED and NOWAIT never wait: their locks are not the model's (a wait on one shows in
                // pg_locks and makes a systematic exploration inconclusive); a table its OF does not name is only
                // read
                use.kinds.add(switch (plain.getForMode()) {
                    case KEY_SHARE -> AccessKind.LOCK_KEY_SHARE;
                    case SHARE -> AccessKind.LOCK_SHARED;
                    case NO_KEY_UPDATE -> AccessKind.LOCK_NO_KEY_UPDATE;
                    default -> AccessKind.LOCK_EXCLUSIVE;
                });
            }
        }
    }

    static TableUse target(Table table, Expression where, List<Table> others, List<TableUse> uses) {
        KeyPredicates keys = KeyPredicates.of(where);
        TableUse use = use(uses, table);
        use.pinnedBy(keys.pinsFor(qualifiers(table), others.isEmpty()));
        use.kinds.add(AccessKind.READ);
        for (Table other : others) {
            boolean seen = has(uses, other);
            TableUse o = use(uses, other);
            o.pinnedBy(seen ? null : keys.pinsFor(qualifiers(other), false));
            o.kinds.add(AccessKind.READ);
        }
        return use;
    }

    static void insert(Insert insert, List<TableUse> uses) {
        TableUse use = use(uses, insert.getTable());
        use.kinds.add(AccessKind.WRITE);
        if (insert.getConflictAction() != null) {
            use.kinds.add(AccessKind.READ);
            use.onConflict = insert.getConflictAction().getConflictActionType().name().contains("UPDATE")
                    ? "UPDATE" : "NOTHING";
        }
        Select source = insert.getSelect();
        if (!(source instanceof Values values) || insert.getColumns() == null) {
            use.pins = null;
            return;
        }
        List<String> columns = new ArrayList<>();
        for (Column c : insert.getColumns()) {
            columns.add(TableNames.identifier(c.getColumnName()));
        }
        ExpressionList<?> items = values.getExpressions();
        boolean multiRow = !items.isEmpty() && items.stream().allMatch(e -> e instanceof ExpressionList<?>);
        List<List<? extends Expression>> rows = new ArrayList<>();
        if (multiRow) {
            items.forEach(e -> rows.add((ExpressionList<?>) e));
        } else {
            rows.add(items);
        }
        for (List<? extends Expression> row : rows) {
            Map<String, ValueRef> values1 = new LinkedHashMap<>();
            for (int i = 0; i < columns.size() && i < row.size(); i++) {
                ValueRef ref = KeyPredicates.value(row.get(i));
                if (ref != null) {
                    values1.put(columns.get(i), ref);
                }
            }
            use.insertedRows.add(values1);
        }
    }

    static List<Table> fromItems(FromItem from, List<Join> joins) {
        List<Table> out = new ArrayList<>();
        if (from instanceof Table t) {
            out.add(t);
        }
        if (joins != null) {
            for (Join j : joins) {
                if (j.getFromItem() instanceof Table t) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static boolean has(List<TableUse> uses, Table t) {
        String name = TableNames.table(t.getFullyQualifiedName());
        return uses.stream().anyMatch(u -> u.table.equals(name));
    }

    /** The use of {@code t}; a table met twice (a self-join) is then unpinned by the caller: modelled whole. */
    private static TableUse use(List<TableUse> uses, Table t) {
        String name = TableNames.table(t.getFullyQualifiedName());
        for (TableUse u : uses) {
            if (u.table.equals(name)) {
                return u;
            }
        }
        TableUse u = new TableUse(name);
        uses.add(u);
        return u;
    }

    private static List<String> qualifiers(Table t) {
        List<String> q = new ArrayList<>();
        if (t.getAlias() != null) {
            q.add(TableNames.identifier(t.getAlias().getName()));
        } else {
            q.add(TableNames.identifier(t.getName()));
            q.add(TableNames.table(t.getFullyQualifiedName()));
        }
        return q;
    }
}
