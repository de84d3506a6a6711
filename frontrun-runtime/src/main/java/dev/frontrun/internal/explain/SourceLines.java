package dev.frontrun.internal.explain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.frontrun.internal.source.SourceRoots;

/**
 * Reads source lines for explanations from the source roots of {@link SourceRoots}.
 */
public final class SourceLines {

    private final List<Path> roots = new ArrayList<>();
    private final Map<String, List<String>> files = new HashMap<>();

    /** Uses the roots of {@link SourceRoots}. */
    public SourceLines() {
        roots.addAll(SourceRoots.configured());
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
