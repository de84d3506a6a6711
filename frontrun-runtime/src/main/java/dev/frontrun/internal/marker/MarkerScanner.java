package dev.frontrun.internal.marker;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the markers of one Java source file with a small lexer, so that comment-like text inside string literals,
 * character literals, text blocks and block comments is never taken for a marker.
 *
 * <p>A marker is a line comment {@code // frontrun: NAME}: at the end of a line of code it marks that line; alone on
 * its line it marks the next line that holds code. A call {@code Frontrun.marker("NAME")} (or a statically imported
 * {@code marker("NAME")}) is an explicit marker on its own line.
 */
public final class MarkerScanner {

    private static final Pattern COMMENT = Pattern.compile("^\\s*frontrun:\\s*([A-Za-z_$][A-Za-z0-9_$.\\-]*)(\\s.*)?$");
    private static final Pattern CALL = Pattern.compile("(?:^|[^A-Za-z0-9_$])marker\\s*\\(\\s*$");

    private MarkerScanner() {
    }

    /**
     * Scans one source file's text.
     *
     * @param file the path relative to the source root, '/' separated
     * @param text the whole file
     * @return the markers in order of their lines
     */
    public static List<MarkerDeclaration> scan(String file, String text) {
        return new Lexer(file, text).run();
    }

    private static final class Lexer {
        private final String file;
        private final String s;
        private final List<MarkerDeclaration> found = new ArrayList<>();
        private final List<String> pendingComments = new ArrayList<>();
        private final StringBuilder code = new StringBuilder();
        private int line = 1;
        private int i;

        Lexer(String file, String text) {
            this.file = file;
            this.s = text;
        }

        List<MarkerDeclaration> run() {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\n') {
                    endOfLine();
                    i++;
                } else if (s.startsWith("//", i)) {
                    int end = s.indexOf('\n', i);
                    end = end < 0 ? s.length() : end;
                    lineComment(s.substring(i + 2, end));
                    i = end;
                } else if (s.startsWith("/*", i)) {
                    int end = s.indexOf("*/", i + 2);
                    end = end < 0 ? s.length() : end + 2;
                    countLines(i, end);
                    i = end;
                } else if (s.startsWith("\"\"\"", i)) {
                    int end = s.indexOf("\"\"\"", i + 3);
                    end = end < 0 ? s.length() : end + 3;
                    code.append("\"\"");
                    countLines(i, end);
                    i = end;
                } else if (c == '"' || c == '\'') {
                    int end = literalEnd(c);
                    if (c == '"') {
                        literal(s.substring(i + 1, Math.max(i + 1, end - 1)));
                    }
                    code.append(c).append(c);
                    i = end;
                } else {
                    if (!Character.isWhitespace(c)) {
                        code.append(c);
                    } else if (code.length() > 0) {
                        code.append(' ');
                    }
                    i++;
                }
            }
            endOfLine();
            return found;
        }

        private int literalEnd(char quote) {
            int j = i + 1;
            while (j < s.length() && s.charAt(j) != quote && s.charAt(j) != '\n') {
                j += s.charAt(j) == '\\' ? 2 : 1;
            }
            return Math.min(j + 1, s.length());
        }

        private void literal(String content) {
            if (CALL.matcher(code).find()) {
                found.add(new MarkerDeclaration(content, file, line, true));
            }
        }

        private void lineComment(String body) {
            Matcher m = COMMENT.matcher(body);
            if (!m.matches()) {
                return;
            }
            if (hasCode()) {
                found.add(new MarkerDeclaration(m.group(1), file, line, false));
            } else {
                pendingComments.add(m.group(1));
            }
        }

        private boolean hasCode() {
            return code.toString().strip().length() > 0;
        }

        private void countLines(int from, int to) {
            for (int j = from; j < to; j++) {
                if (s.charAt(j) == '\n') {
                    endOfLine();
                }
            }
        }

        private void endOfLine() {
            if (hasCode()) {
                flushPending();
            }
            code.setLength(0);
            line++;
        }

        private void flushPending() {
            for (String name : pendingComments) {
                found.add(new MarkerDeclaration(name, file, line, false));
            }
            pendingComments.clear();
        }
    }
}
