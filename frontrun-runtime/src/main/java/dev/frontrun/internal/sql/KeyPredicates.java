package dev.frontrun.internal.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.schema.Column;

/**
 * Finds the equality and {@code IN} predicates of a WHERE clause's top-level conjunction that pin a column to
 * constant values ({@code u1_0.id=?}, {@code id = 42}, {@code id IN (?, ?)}). Anything under OR or NOT pins nothing.
 */
final class KeyPredicates {

    /** Qualifier (alias or table, lower case; "" when unqualified) to column to values. */
    private final Map<String, Map<String, List<ValueRef>>> byQualifier = new LinkedHashMap<>();

    private KeyPredicates() {
    }

    static KeyPredicates of(Expression where) {
        KeyPredicates k = new KeyPredicates();
        if (where != null) {
            k.visit(where);
        }
        return k;
    }

    /**
     * @param qualifiers the names the table is known by in this statement (alias, table name)
     * @param onlyTable whether unqualified columns certainly belong to this table
     * @return column to pinned values
     */
    Map<String, List<ValueRef>> pinsFor(List<String> qualifiers, boolean onlyTable) {
        Map<String, List<ValueRef>> out = new LinkedHashMap<>();
        for (String q : qualifiers) {
            out.putAll(byQualifier.getOrDefault(q, Map.of()));
        }
        if (onlyTable) {
            byQualifier.getOrDefault("", Map.of()).forEach(out::putIfAbsent);
        }
        return out;
    }

    private void visit(Expression e) {
        if (e instanceof AndExpression and) {
            visit(and.getLeftExpression());
            visit(and.getRightExpression());
        } else if (e instanceof Parenthesis p) {
            visit(p.getExpression());
        } else if (e instanceof ExpressionList<?> list && list.size() == 1) {
            visit(list.get(0));
        } else if (e instanceof EqualsTo eq) {
            pin(eq.getLeftExpression(), List.of(eq.getRightExpression()));
            pin(eq.getRightExpression(), List.of(eq.getLeftExpression()));
        } else if (e instanceof InExpression in && !in.isNot() && in.getRightExpression() instanceof ExpressionList<?> l) {
            pin(in.getLeftExpression(), new ArrayList<>(l));
        }
    }

    private void pin(Expression columnSide, List<? extends Expression> valueSide) {
        if (!(columnSide instanceof Column column)) {
            return;
        }
        List<ValueRef> values = new ArrayList<>();
        for (Expression v : valueSide) {
            ValueRef ref = value(v);
            if (ref == null) {
                return;
            }
            values.add(ref);
        }
        String qualifier = column.getTable() == null || column.getTable().getName() == null ? ""
                : TableNames.identifier(column.getTable().getName());
        String name = TableNames.identifier(column.getColumnName());
        byQualifier.computeIfAbsent(qualifier, q -> new LinkedHashMap<>()).putIfAbsent(name, values);
    }

    static ValueRef value(Expression v) {
        if (v instanceof JdbcParameter p && p.getIndex() != null) {
            return ValueRef.parameter(p.getIndex());
        }
        if (v instanceof LongValue l) {
            return ValueRef.literal(l.getStringValue());
        }
        if (v instanceof StringValue s) {
            return ValueRef.literal(s.getValue());
        }
        if (v instanceof DoubleValue d) {
            return ValueRef.literal(new java.math.BigDecimal(d.toString()).stripTrailingZeros().toPlainString());
        }
        if (v instanceof SignedExpression s && s.getSign() == '-' && s.getExpression() instanceof LongValue l) {
            return ValueRef.literal("-" + l.getStringValue());
        }
        if (v instanceof CastExpression c) {
            return value(c.getLeftExpression());
        }
        return null;
    }
}
