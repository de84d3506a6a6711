package dev.frontrun.internal.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fallback when a statement cannot be parsed: table names found after {@code FROM}, {@code JOIN},
 * {@code INTO}, {@code UPDATE} and {@code TABLE}, each read and written whole; with no table name, the endpoint.
 */
final class TableScan {

    private static final Pattern TABLE_AFTER_KEYWORD = Pattern.compile(
            "(?i)\\b(?:from|join|into|update|table|truncate)\\s+(?:only\\s+|if\\s+(?:not\\s+)?exists\\s+)?"
                    + "((?:\"[^\"]+\"|[a-z_][\\w$]*)(?:\\.(?:\"[^\"]+\"|[a-z_][\\w$]*))?)");
    private static final Set<String> NOT_TABLES = Set.of("select", "lateral", "unnest", "generate_series", "values");
    private static final Set<String> WRITE_KEYWORDS = Set.of("insert", "update", "delete", "merge", "upsert",
            "create", "alter", "drop", "truncate", "call", "do", "copy", "grant", "revoke", "comment", "vacuum",
            "reindex", "cluster", "refresh", "lock");

    private TableScan() {
    }

    /**
     * @param sql the statement text
     * @param why why the parser's result is not used, or {@code null} when a table-level write is the model
     * @return a template writing every table named, or the endpoint
     */
    static StatementTemplate scan(String sql, String why) {
        List<TableUse> uses = new ArrayList<>();
        Matcher m = TABLE_AFTER_KEYWORD.matcher(sql);
        while (m.find()) {
            String table = TableNames.table(m.group(1));
            if (!NOT_TABLES.contains(table) && uses.stream().noneMatch(u -> u.table.equals(table))) {
                TableUse use = new TableUse(table);
                use.kinds.add(AccessKind.READ);
                use.kinds.add(AccessKind.WRITE);
                uses.add(use);
            }
        }
        StatementKind kind = kind(sql);
        if (uses.isEmpty()) {
            return TemplateParser.endpoint(kind, (why == null ? "" : why + "; ") + "no table name found");
        }
        return new StatementTemplate(kind, uses, why == null ? Coverage.PRECISE : Coverage.TABLE_FALLBACK, why, null);
    }

    static boolean isWriteKeyword(String firstWord) {
        return WRITE_KEYWORDS.contains(firstWord);
    }

    static StatementKind kind(String sql) {
        return switch (TransactionControl.firstWord(sql)) {
            case "select", "with", "values", "table" -> StatementKind.SELECT;
            case "insert" -> StatementKind.INSERT;
            case "update" -> StatementKind.UPDATE;
            case "delete" -> StatementKind.DELETE;
            default -> StatementKind.OTHER_WRITE;
        };
    }
}
