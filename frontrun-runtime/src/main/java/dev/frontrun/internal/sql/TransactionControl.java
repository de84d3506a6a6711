package dev.frontrun.internal.sql;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises transaction-control and utility statements by their leading keywords, before any parsing. */
final class TransactionControl {

    private static final Pattern TO_SAVEPOINT = Pattern.compile(
            "(?i)^(?:rollback|abort)(?:\\s+(?:work|transaction))?\\s+to\\s+(?:savepoint\\s+)?(\\S+)");
    private static final Pattern NAME_AFTER = Pattern.compile("(?i)^\\w+\\s+(?:savepoint\\s+)?(\\S+)");

    private TransactionControl() {
    }

    /**
     * @param sql the statement without leading comments
     * @return the template of a control or utility statement, or {@code null} for anything else
     */
    static StatementTemplate recognise(String sql) {
        String first = firstWord(sql);
        switch (first) {
            case "begin", "start" -> {
                return control(StatementKind.BEGIN, null);
            }
            case "commit", "end" -> {
                return control(StatementKind.COMMIT, null);
            }
            case "rollback", "abort" -> {
                Matcher m = TO_SAVEPOINT.matcher(sql);
                return m.find() ? control(StatementKind.ROLLBACK_TO_SAVEPOINT, TableNames.identifier(m.group(1)))
                        : control(StatementKind.ROLLBACK, null);
            }
            case "savepoint" -> {
                return control(StatementKind.SAVEPOINT, name(sql));
            }
            case "release" -> {
                return control(StatementKind.RELEASE_SAVEPOINT, name(sql));
            }
            case "set", "show", "reset", "discard", "deallocate", "listen", "unlisten", "explain" -> {
                return sql.toLowerCase(Locale.ROOT).contains("analyze") && first.equals("explain") ? null
                        : control(StatementKind.UTILITY, null);
            }
            default -> {
                return null;
            }
        }
    }

    private static String name(String sql) {
        Matcher m = NAME_AFTER.matcher(sql);
        return m.find() ? TableNames.identifier(m.group(1).replaceAll(";$", "")) : null;
    }

    private static StatementTemplate control(StatementKind kind, String savepoint) {
        return new StatementTemplate(kind, java.util.List.of(), Coverage.PRECISE, null, savepoint);
    }

    static String firstWord(String sql) {
        int end = 0;
        while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
            end++;
        }
        return sql.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
