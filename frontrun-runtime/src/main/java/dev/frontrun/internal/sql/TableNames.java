package dev.frontrun.internal.sql;

import java.util.Locale;

/** Normalises identifiers the way PostgreSQL folds them: unquoted names lower case, quotes removed. */
final class TableNames {

    private TableNames() {
    }

    /**
     * @param identifier one identifier, possibly quoted ({@code "Users"}, {@code `users`}, {@code [users]})
     * @return the folded identifier
     */
    static String identifier(String identifier) {
        String s = identifier.trim();
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '`' || s.charAt(0) == '[')) {
            return s.substring(1, s.length() - 1);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * @param qualified a possibly schema-qualified table name ({@code public.users}, {@code app."Orders"})
     * @return the normalised name: lower case, the default schema {@code public} (and any catalog) dropped
     */
    static String table(String qualified) {
        String[] parts = qualified.split("\\.(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
        String name = identifier(parts[parts.length - 1]);
        if (parts.length >= 2) {
            String schema = identifier(parts[parts.length - 2]);
            if (!schema.equals("public") && !schema.isEmpty()) {
                return schema + "." + name;
            }
        }
        return name;
    }
}
