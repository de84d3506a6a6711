package dev.frontrun.internal.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.update.Update;

/**
 * Builds, once per SQL text, the {@link RowQuery} of a statement that locks the rows its WHERE clause matches:
 * {@code UPDATE} and {@code DELETE} on one table, {@code SELECT ... FOR UPDATE}, {@code FOR NO KEY UPDATE},
 * {@code FOR SHARE} or {@code FOR KEY SHARE} from one table. Anything else (joins, {@code SKIP LOCKED},
 * {@code NOWAIT}, parameters the rendering cannot place) gives none: its row locks stay unmodelled.
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
                return build(u.getTable(), u.getWhere(), "");
            }
            if (statement instanceof Delete d && (d.getJoins() == null || d.getJoins().isEmpty())
                    && (d.getUsingList() == null || d.getUsingList().isEmpty()) && d.getWhere() != null
                    && (d.getTables() == null || d.getTables().isEmpty())) {
                return build(d.getTable(), d.getWhere(), "");
            }
            if (statement instanceof PlainSelect p && p.getForMode() != null
                    && !p.isSkipLocked() && !p.isNoWait() && p.getWait() == null && p.getForUpdateTable() == null
                    && p.getFromItem() instanceof Table t && (p.getJoins() == null || p.getJoins().isEmpty())
                    && p.getGroupBy() == null && p.getDistinct() == null && p.getHaving() == null
                    && p.getWithItemsList() == null) {
                StringBuilder tail = new StringBuilder();
                if (p.getOrderByElements() != null) {
                    tail.append(PlainSelect.orderByToString(p.getOrderByElements()));
                }
                for (Object part : new Object[] {p.getLimit(), p.getOffset(), p.getFetch()}) {
                    if (part != null) {
                        tail.append(' ').append(part);
                    }
                }
                return build(t, p.getWhere(), tail.toString());
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private static RowQueryTemplate build(Table table, Expression where, String tail) {
        List<JdbcParameter> found = new ArrayList<>();
        ExpressionVisitorAdapter<Void> marker = new ExpressionVisitorAdapter<>() {
            @Override
            public <S> Void visit(JdbcParameter parameter, S context) {
                found.add(parameter);
                return null;
            }
        };
        if (where != null) {
            where.accept(marker, null);
        }
        for (JdbcParameter p : found) {
            if (p.getIndex() == null) {
                return null;
            }
            p.setParameterCharacter(MARK);
            p.setUseFixedIndex(true);
        }
        String rendered = "SELECT " + KEYS + " FROM " + table + (where == null ? "" : " WHERE " + where) + tail;
        for (JdbcParameter p : found) {
            p.setParameterCharacter("?");
            p.setUseFixedIndex(false);
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
        String alias = table.getAlias() != null ? TableNames.identifier(table.getAlias().getName()) : null;
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
