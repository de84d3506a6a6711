package dev.frontrun.internal.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.ConflictActionType;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.insert.InsertConflictTarget;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.update.Update;

/**
 * Builds, once per SQL text, the {@link RowQuery} of a statement that locks the rows its WHERE clause matches:
 * {@code UPDATE} and {@code DELETE} on one table, {@code SELECT ... FOR UPDATE}, {@code FOR NO KEY UPDATE},
 * {@code FOR SHARE} or {@code FOR KEY SHARE} that locks the rows of one table ({@link LockingClause#lockedTable}:
 * the only table, or the one its {@code OF} names, by alias or name, among tables joined by inner joins; the query
 * then selects that table's key from the same joins), and {@code INSERT ... ON CONFLICT (columns) DO UPDATE} of one
 * row (the row its conflict target's values name). Anything else (outer joins, several locked tables,
 * {@code SKIP LOCKED}, {@code NOWAIT}, parameters the rendering cannot place) gives none: its row locks stay
 * unmodelled, or, pinned by key, locked unasked, which fails a systematic exploration closed.
 */
final class RowQueryTemplate {

    private static final String MARK = "__frontrun_p";
    private static final Pattern MARKED = Pattern.compile(MARK + "(\\d+)");
    static final String KEYS = "__frontrun_keys";

    final String table;
    private final String alias;
    private final String text;
    private final List<Integer> parameters;

    private RowQueryTemplate(String table, String alias, String text, List<Integer> parameters) {
        this.table = table;
        this.alias = alias;
        this.text = text;
        this.parameters = parameters;
    }

    /** @return the template, or {@code null} when the statement locks no rows by predicate that can be queried */
    static RowQueryTemplate of(Statement statement) {
        try {
            if (statement instanceof Update u && u.getFromItem() == null && (u.getJoins() == null
                    || u.getJoins().isEmpty()) && u.getWhere() != null) {
                Expression where = u.getWhere();
                return build(u.getTable(), null, List.of(where), () -> " FROM " + u.getTable() + " WHERE " + where);
            }
            if (statement instanceof Delete d && (d.getJoins() == null || d.getJoins().isEmpty())
                    && (d.getUsingList() == null || d.getUsingList().isEmpty()) && d.getWhere() != null
                    && (d.getTables() == null || d.getTables().isEmpty())) {
                Expression where = d.getWhere();
                return build(d.getTable(), null, List.of(where), () -> " FROM " + d.getTable() + " WHERE " + where);
            }
            if (statement instanceof Insert i && i.getConflictAction() != null
                    && i.getConflictAction().getConflictActionType() == ConflictActionType.DO_UPDATE) {
                return upsert(i);
            }
            if (statement instanceof PlainSelect p && p.getForMode() != null
                    && !p.isSkipLocked() && !p.isNoWait() && p.getWait() == null
                    && p.getGroupBy() == null && p.getDistinct() == null && p.getHaving() == null
                    && p.getWithItemsList() == null) {
                Table locked = LockingClause.lockedTable(p);
                return locked == null ? null : select(p, locked);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    /**
     * The query of an {@code INSERT ... ON CONFLICT (columns) DO UPDATE} of one row: the row it would update, found
     * by the values it inserts into the conflict target's columns ({@code SELECT id FROM t WHERE email = ?}), which
     * PostgreSQL locks {@code FOR NO KEY UPDATE} when it exists; when it does not, the insert locks no row (a
     * concurrent insert of the same key waits on the unique key instead). Several rows, a target by constraint name,
     * on an expression or with a WHERE give none.
     */
    private static RowQueryTemplate upsert(Insert insert) {
        InsertConflictTarget target = insert.getConflictTarget();
        if (target == null || target.getConstraintName() != null || target.getIndexExpression() != null
                || target.getWhereExpression() != null || target.getIndexColumnNames().isEmpty()
                || insert.getColumns() == null || !(insert.getSelect() instanceof Values values)) {
            return null;
        }
        List<? extends Expression> row = values.getExpressions();
        if (!row.isEmpty() && row.stream().allMatch(e -> e instanceof ExpressionList<?>)) {
            row = row.size() == 1 ? (ExpressionList<?>) row.get(0) : null; // VALUES (...), (...): several rows
        }
        if (row == null || row.size() != insert.getColumns().size()) {
            return null;
        }
        List<String> columns = insert.getColumns().stream().map(c -> TableNames.identifier(c.getColumnName()))
                .toList();
        Expression where = null;
        for (String name : target.getIndexColumnNames()) {
            int at = columns.indexOf(TableNames.identifier(name));
            if (at < 0) {
                return null; // a default fills the key: its value is not in the statement
            }
            EqualsTo equals = new EqualsTo(new Column(name), row.get(at));
            where = where == null ? equals : new AndExpression(where, equals);
        }
        Expression condition = where;
        return build(insert.getTable(), null, List.of(condition),
                () -> " FROM " + insert.getTable() + " WHERE " + condition);
    }

    /**
     * The query of a locking SELECT: its FROM clause (joins included) and WHERE, ORDER BY and LIMIT, selecting the
     * key of the one table its locking clause locks (qualified by its alias, or by its name when there are joins).
     */
    private static RowQueryTemplate select(PlainSelect p, Table locked) {
        List<Expression> expressions = new ArrayList<>();
        boolean joined = p.getJoins() != null && !p.getJoins().isEmpty();
        if (joined) {
            for (Join j : p.getJoins()) {
                expressions.addAll(j.getOnExpressions());
            }
        }
        if (p.getWhere() != null) {
            expressions.add(p.getWhere());
        }
        if (p.getOrderByElements() != null) {
            p.getOrderByElements().forEach(o -> expressions.add(o.getExpression()));
        }
        for (Expression e : new Expression[] {p.getLimit() == null ? null : p.getLimit().getRowCount(),
                p.getLimit() == null ? null : p.getLimit().getOffset(),
                p.getOffset() == null ? null : p.getOffset().getOffset(),
                p.getFetch() == null ? null : p.getFetch().getExpression()}) {
            if (e != null) {
                expressions.add(e);
            }
        }
        String qualifier = locked.getAlias() == null && joined ? locked.getFullyQualifiedName() : null;
        return build(locked, qualifier, expressions, () -> {
            StringBuilder body = new StringBuilder(" FROM ").append(p.getFromItem());
            if (joined) {
                for (Join j : p.getJoins()) {
                    body.append(j.isSimple() ? ", " : " ").append(j);
                }
            }
            if (p.getWhere() != null) {
                body.append(" WHERE ").append(p.getWhere());
            }
            if (p.getOrderByElements() != null) {
                body.append(PlainSelect.orderByToString(p.getOrderByElements()));
            }
            for (Object part : new Object[] {p.getLimit(), p.getOffset(), p.getFetch()}) {
                if (part != null) {
                    body.append(' ').append(part.toString().trim());
                }
            }
            return body.toString();
        });
    }

    /**
     * @param table the table whose rows are locked
     * @param qualifier what its key columns are qualified by, or {@code null} for its alias (or nothing)
     * @param expressions every expression of the rendered text that may hold parameters
     * @param body renders the text after the selected keys ({@code " FROM ..."}), called while the parameters are
     *     marked
     */
    private static RowQueryTemplate build(Table table, String qualifier, List<Expression> expressions,
            Supplier<String> body) {
        List<JdbcParameter> found = new ArrayList<>();
        ExpressionVisitorAdapter<Void> marker = new ExpressionVisitorAdapter<>() {
            @Override
            public <S> Void visit(JdbcParameter parameter, S context) {
                found.add(parameter);
                return null;
            }
        };
        expressions.forEach(e -> e.accept(marker, null));
        for (JdbcParameter p : found) {
            if (p.getIndex() == null) {
                return null;
            }
        }
        String rendered;
        try {
            for (JdbcParameter p : found) {
                p.setParameterCharacter(MARK);
                p.setUseFixedIndex(true);
            }
            rendered = "SELECT " + KEYS + body.get();
        } finally {
            for (JdbcParameter p : found) {
                p.setParameterCharacter("?");
                p.setUseFixedIndex(false);
            }
        }
        List<Integer> order = new ArrayList<>();
        Matcher m = MARKED.matcher(rendered);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            order.add(Integer.parseInt(m.group(1)));
            m.appendReplacement(text, "?");
        }
        m.appendTail(text);
        if (hasUnplacedParameter(text.toString(), order.size())) {
            return null;
        }
        String alias = table.getAlias() != null ? TableNames.identifier(table.getAlias().getName()) : qualifier;
        return new RowQueryTemplate(TableNames.table(table.getFullyQualifiedName()), alias, text.toString(), order);
    }

    /** Whether the text holds more {@code ?} outside string literals than the parameters placed. */
    private static boolean hasUnplacedParameter(String text, int placed) {
        int count = 0;
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == '?' && !quoted) {
                count++;
            }
        }
        return count != placed;
    }

    /**
     * @param pk the table's primary-key columns
     * @param values the statement's bound parameters, element 0 for {@code ?1}
     * @return the query, or {@code null} when the key is unknown or a parameter is unbound
     */
    RowQuery bind(List<String> pk, List<?> values) {
        if (pk.isEmpty()) {
            return null;
        }
        List<Object> bound = new ArrayList<>();
        for (int index : parameters) {
            if (values == null || index > values.size()) {
                return null;
            }
            bound.add(values.get(index - 1));
        }
        StringBuilder keys = new StringBuilder();
        for (String column : pk) {
            keys.append(keys.length() == 0 ? "" : ", ").append(alias == null ? "" : alias + ".").append(column);
        }
        return new RowQuery(table, text.replace(KEYS, keys), bound, pk);
    }
}
