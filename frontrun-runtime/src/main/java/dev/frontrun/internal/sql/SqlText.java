package dev.frontrun.internal.sql;

/** Small helpers on SQL text. */
public final class SqlText {

    private SqlText() {
    }

    /**
     * @param sql SQL text
     * @return the text without leading and trailing whitespace, leading comments and a trailing semicolon
     */
    static String stripComments(String sql) {
        String s = sql.strip();
        while (true) {
            if (s.startsWith("--")) {
                int nl = s.indexOf('\n');
                s = nl < 0 ? "" : s.substring(nl + 1).strip();
            } else if (s.startsWith("/*")) {
                int end = s.indexOf("*/");
                s = end < 0 ? "" : s.substring(end + 2).strip();
            } else {
                break;
            }
        }
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /**
     * @param sql SQL text
     * @param max maximum length
     * @return the text on one line, shortened to {@code max} characters
     */
    public static String abbreviate(String sql, int max) {
        String one = sql.strip().replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max - 3) + "...";
    }
}
