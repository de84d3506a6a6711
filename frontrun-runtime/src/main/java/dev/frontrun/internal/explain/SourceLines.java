package dev.frontrun.internal.explain;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads source lines for explanations from the source roots: the system property {@code frontrun.sourceRoots}
 * (a path-separator list), else {@code src/main/java} and {@code src/test/java} under {@code user.dir}.
 */
public final class SourceLines {

    /** System property naming the source roots. */
    public static final String PROPERTY = "frontrun.sourceRoots";

    private final List<Path> roots = new ArrayList<>();
    private final Map<String, List<String>> files = new HashMap<>();

    /** Uses the roots from the system property or the defaults. */
    public SourceLines() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            for (String r : configured.split(File.pathSeparator)) {
                if (!r.isBlank()) {
                    roots.add(Paths.get(r.trim()));
                }
            }
        } else {
            Path base = Paths.get(System.getProperty("user.dir"));
            roots.add(base.resolve("src/main/java"));
            roots.add(base.resolve("src/test/java"));
        }
    }

    /**
     * @param relativePath a path such as {@code com/acme/Counter.java}
     * @param line a 1-based line number
     * @return the trimmed line, or {@code null} when the file or line is not found
     */
    public String line(String relativePath, int line) {
        List<String> lines = files.computeIfAbsent(relativePath, this::load);
        if (line < 1 || line > lines.size()) {
            return null;
        }
        return lines.get(line - 1).trim();
    }

    private List<String> load(String relativePath) {
        for (Path root : roots) {
            Path p = root.resolve(relativePath);
            if (Files.isRegularFile(p)) {
                try {
                    return Files.readAllLines(p, StandardCharsets.UTF_8);
                } catch (IOException | RuntimeException e) {
                    return List.of();
                }
            }
        }
        return List.of();
    }
}
