package dev.frontrun.internal.sql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.Commit;
import net.sf.jsqlparser.statement.RollbackStatement;
import net.sf.jsqlparser.statement.SavepointStatement;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;
import net.sf.jsqlparser.util.TablesNamesFinder;

/** Parses SQL text into a {@link StatementTemplate} with JSqlParser, falling back to a table scan, then the endpoint. */
final class TemplateParser {

    private static final Pattern SEQUENCE_CALL = Pattern.compile("(?i)\\b(?:nextval|setval)\\s*\\(\\s*'([^']+)'");
    private static final Pattern UNMODELLED_CALL = Pattern.compile(
            "(?i)\\b(pg_(?:try_)?advisory\\w*|set_config|pg_notify|lo_\\w+|dblink\\w*|pg_terminate_backend"
                    + "|pg_cancel_backend)\\s*\\(");

    private TemplateParser() {
    }

    static StatementTemplate parse(String rawSql) {
        String sql = SqlText.stripComments(rawSql);
        StatementTemplate control = TransactionControl.recognise(sql);
        if (control != null) {
            return control;
        }
        Matcher unmodelled = UNMODELLED_CALL.matcher(sql);
        if (unmodelled.find()) {
            return endpoint(TableScan.kind(sql), "calls " + unmodelled.group(1).toLowerCase(Locale.ROOT)
                    + "(), whose effect is not modelled");
        }
        List<Statement> statements;
        try {
            statements = CCJSqlParserUtil.newParser(sql).withAllowComplexParsing(true).Statements();
        } catch (Exception | StackOverflowError e) {
            return TableScan.scan(sql, "JSqlParser could not parse it: " + firstLine(e.getMessage()));
        }
        if (statements == null || statements.isEmpty()
                || statements.stream().anyMatch(st -> st == null || st instanceof UnsupportedStatement)) {
            return TableScan.scan(sql, "JSqlParser does not support this statement");
        }
        try {
            if (statements.size() == 1) {
                StatementTemplate t = fromStatement(statements.get(0), sql);
                return t != null ? t : TableScan.scan(sql, "statement type "
                        + statements.get(0).getClass().getSimpleName() + " is not modelled");
            }
            return combine(statements, sql);
        } catch (RuntimeException e) {
            return TableScan.scan(sql, "analysis failed: " + e);
        }
    }

    /** Several statements in one text ({@code a; b}): the union of their accesses, as one write or read. */
    private static StatementTemplate combine(List<Statement> statements, String sql) {
        List<TableUse> uses = new ArrayList<>();
        boolean writes = false;
        for (Statement st : statements) {
            if (st instanceof Commit || st instanceof RollbackStatement || st instanceof SavepointStatement) {
                continue; // the whole text is one unit of effect; its own transaction control is not modelled
            }
            StatementTemplate t = fromStatement(st, st.toString());
            if (t == null) {
                return TableScan.scan(sql, "statement type " + st.getClass().getSimpleName() + " is not modelled");
            }
            if (t.coverage != Coverage.PRECISE) {
                return TableScan.scan(sql, "a statement of the text could not be modelled: " + t.degradation);
            }
            writes |= t.kind != StatementKind.SELECT && t.kind != StatementKind.UTILITY;
            uses.addAll(t.uses);
        }
        return new StatementTemplate(writes ? StatementKind.OTHER_WRITE : StatementKind.SELECT, uses,
                Coverage.PRECISE, null, null);
    }

    private static StatementTemplate fromStatement(Statement statement, String sql) {
        List<TableUse> uses = new ArrayList<>();
        StatementKind kind;
        if (statement instanceof Select select) {
            kind = StatementKind.SELECT;
            TableUses.select(select, uses);
        } else if (statement instanceof Update update) {
            kind = StatementKind.UPDATE;
            TableUse target = TableUses.target(update.getTable(), update.getWhere(),
                    TableUses.fromItems(update.getFromItem(), update.getJoins()), uses);
            target.kinds.add(AccessKind.WRITE);
            for (UpdateSet set : update.getUpdateSets()) {
                for (int i = 0; i < set.getColumns().size(); i++) {
                    String column = TableNames.identifier(set.getColumns().get(i).getColumnName());
                    target.assigned.add(column);
                    ValueRef value = set.getValues() != null && set.getValues().size() == set.getColumns().size()
                            ? KeyPredicates.value(set.getValues().get(i)) : null;
                    if (value != null) {
                        target.assignedValues.put(column, value);
                    }
                }
            }
        } else if (statement instanceof Delete delete) {
            kind = StatementKind.DELETE;
            TableUses.target(delete.getTable(), delete.getWhere(), TableUses.fromItems(null, delete.getJoins()), uses)
                    .kinds.add(AccessKind.WRITE);
        } else if (statement instanceof Insert insert) {
            kind = StatementKind.INSERT;
            TableUses.insert(insert, uses);
        } else if (TableScan.isWriteKeyword(TransactionControl.firstWord(sql))) {
            return TableScan.scan(sql, null);
        } else {
            return null;
        }
        Set<String> cteNames = cteNames(statement);
        uses.removeIf(u -> cteNames.contains(u.table));
        addRemainingTables(statement, cteNames, uses);
        addSequences(sql, uses);
        if (uses.isEmpty() && kind != StatementKind.SELECT) {
            return TableScan.scan(sql, "no table found in the parsed statement");
        }
        return new StatementTemplate(uses.isEmpty() ? StatementKind.UTILITY : kind, uses, Coverage.PRECISE, null,
                null, RowQueryTemplate.of(statement));
    }

    /** Every table of the statement not analysed above (subqueries, CTEs, UNIONs) is read whole. */
    private static void addRemainingTables(Statement statement, Set<String> cteNames, List<TableUse> uses) {
        for (String name : new TablesNamesFinder<>().getTables(statement)) {
            String table = TableNames.table(name);
            if (!cteNames.contains(table) && uses.stream().noneMatch(u -> u.table.equals(table))) {
                TableUse use = new TableUse(table);
                use.kinds.add(AccessKind.READ);
                uses.add(use);
            }
        }
    }

    private static Set<String> cteNames(Statement statement) {
        Set<String> cteNames = new HashSet<>();
        List<WithItem<?>> with = statement instanceof Select s ? s.getWithItemsList()
                : statement instanceof Update u ? u.getWithItemsList()
                : statement instanceof Delete d ? d.getWithItemsList()
                : statement instanceof Insert i ? i.getWithItemsList() : null;
        if (with != null) {
            for (WithItem<?> w : with) {
                if (w.getAlias() != null) {
                    cteNames.add(TableNames.identifier(w.getAlias().getName()));
                }
            }
        }
        return cteNames;
    }

    private static void addSequences(String sql, List<TableUse> uses) {
        Matcher m = SEQUENCE_CALL.matcher(sql);
        while (m.find()) {
            TableUse use = new TableUse(TableNames.table(m.group(1)));
            use.kinds.add(AccessKind.READ);
            use.kinds.add(AccessKind.WRITE);
            uses.add(use);
        }
    }

    static StatementTemplate endpoint(StatementKind kind, String why) {
        return new StatementTemplate(kind, List.of(), Coverage.ENDPOINT_FALLBACK, why, null);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no message";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
