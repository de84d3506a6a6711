package dev.frontrun.internal.marker;

/**
 * A marker found in a source file.
 *
 * @param name the marker name
 * @param file the source path relative to its source root, with '/' separators (e.g. {@code com/acme/Handler.java})
 * @param line the 1-based line the marker applies to (the line a thread pauses before)
 * @param explicit whether it is a {@code Frontrun.marker("NAME")} call rather than a comment
 */
public record MarkerDeclaration(String name, String file, int line, boolean explicit) {

    /** @return {@code Handler.java:42}: the file name without its directories, and the line */
    public String location() {
        int slash = file.lastIndexOf('/');
        return file.substring(slash + 1) + ":" + line;
    }
}
