package dev.frontrun.internal.fork;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one file format between the plugin and its forks: a header line {@code <kind> <version>}, then sorted
 * {@code key=value} lines. Keys may not contain {@code =} or line breaks; values escape {@code \}, CR and LF as
 * {@code \\}, {@code \r}, {@code \n}. Deterministic, diff-able, and readable by a human.
 */
public final class KeyValueCodec {

    private KeyValueCodec() {
    }

    /**
     * Encodes entries.
     *
     * @param kind the file kind, e.g. {@code frontrun-fork-configuration}
     * @param version the format version
     * @param entries the entries
     * @return the file's text
     */
    public static String encode(String kind, int version, Map<String, String> entries) {
        StringBuilder out = new StringBuilder(kind).append(' ').append(version).append('\n');
        for (Map.Entry<String, String> entry : new TreeMap<>(entries).entrySet()) {
            String key = entry.getKey();
            if (key.isEmpty() || key.indexOf('=') >= 0 || key.indexOf('\n') >= 0 || key.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("invalid key '" + key + "': no '=', no line breaks, not empty");
            }
            out.append(key).append('=').append(escape(entry.getValue())).append('\n');
        }
        return out.toString();
    }

    /**
     * Decodes entries, checking kind and version.
     *
     * @param text the file's text
     * @param kind the expected kind
     * @param version the version this reader understands
     * @return the entries, sorted by key
     * @throws IOException when the text is not a file of that kind and version
     */
    public static Map<String, String> decode(String text, String kind, int version) throws IOException {
        List<String> lines = lines(text);
        String expected = kind + " " + version;
        if (!lines.get(0).equals(expected)) {
            throw new IOException("not a " + kind + " file of format " + version + " (first line '" + lines.get(0)
                    + "'); plugin and fork are probably from different frontrun versions");
        }
        Map<String, String> entries = new TreeMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IOException("line " + (i + 1) + " of the " + kind + " file is not key=value: " + line);
            }
            entries.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
        }
        return entries;
    }

    /** Cuts the text at every LF (only LF: CR is escaped in values and forbidden in keys). */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            lines.add(text.substring(start, nl));
            start = nl + 1;
        }
        lines.add(text.substring(start));
        return lines;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
    }

    private static String unescape(String value) throws IOException {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i == value.length()) {
                throw new IOException("dangling escape at the end of '" + value + "'");
            }
            char next = value.charAt(i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case '\\' -> out.append('\\');
                default -> throw new IOException("unknown escape \\" + next + " in '" + value + "'");
            }
        }
        return out.toString();
    }
}
