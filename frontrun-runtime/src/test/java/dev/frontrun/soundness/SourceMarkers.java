package dev.frontrun.soundness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the line that ends with a marker comment (such as {@code // @alice-adds}) in a test's own source, so a
 * test can assert that a report names the line of a call site without hard-coding line numbers.
 */
final class SourceMarkers {

    private SourceMarkers() {
    }

    /**
     * @param test the test class, whose source lies under {@code src/test/java} of the module being tested
     * @param name the marker's name: the line ends with the comment {@code // @name}
     * @return {@code File.java:line} of that line, as reports print it
     */
    static String site(Class<?> test, String name) {
        String marker = "// @" + name;
        Path source = Path.of("src/test/java", test.getName().replace('.', '/') + ".java");
        List<String> lines;
        try {
            lines = Files.readAllLines(source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source.toAbsolutePath()
                    + "; run the tests from the frontrun-runtime module directory", e);
        }
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).stripTrailing().endsWith(marker)) {
                if (found >= 0) {
                    throw new IllegalStateException("marker " + marker + " occurs twice in " + source);
                }
                found = i + 1;
            }
        }
        if (found < 0) {
            throw new IllegalStateException("marker " + marker + " not found in " + source);
        }
        return source.getFileName() + ":" + found;
    }
}
