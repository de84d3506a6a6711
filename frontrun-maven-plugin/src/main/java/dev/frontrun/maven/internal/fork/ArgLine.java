package dev.frontrun.maven.internal.fork;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an {@code argLine} into JVM arguments the way a POSIX shell would for the simple cases that occur in POMs:
 * whitespace separates, single and double quotes group, a backslash escapes the next character outside single quotes.
 */
final class ArgLine {

    private ArgLine() {
    }

    static List<String> split(String argLine) {
        List<String> args = new ArrayList<>();
        if (argLine == null) {
            return args;
        }
        StringBuilder current = new StringBuilder();
        boolean inArg = false;
        char quote = 0;
        for (int i = 0; i < argLine.length(); i++) {
            char c = argLine.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '\\' && i + 1 < argLine.length()) {
                current.append(argLine.charAt(++i));
                inArg = true;
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inArg = true;
            } else if (Character.isWhitespace(c)) {
                if (inArg) {
                    args.add(current.toString());
                    current.setLength(0);
                    inArg = false;
                }
            } else {
                current.append(c);
                inArg = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unbalanced " + quote + " quote in argLine: " + argLine);
        }
        if (inArg) {
            args.add(current.toString());
        }
        return args;
    }
}
