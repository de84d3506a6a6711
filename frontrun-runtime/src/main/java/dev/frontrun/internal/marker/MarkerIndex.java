package dev.frontrun.internal.marker;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.frontrun.internal.source.SourceRoots;

/**
 * The markers of every {@code .java} file under a set of source roots.
 *
 * <p>The roots are those of {@link SourceRoots} unless a {@code TraceExecutor} names others.
 */
public final class MarkerIndex {

    private static final Map<List<Path>, MarkerIndex> CACHE = new HashMap<>();

    private final List<Path> roots;
    private final List<MarkerDeclaration> declarations;
    private final Map<String, Map<Integer, List<String>>> byFile = new HashMap<>();
    private final Set<String> packages = new HashSet<>();

    private MarkerIndex(List<Path> roots, List<MarkerDeclaration> declarations) {
        this.roots = List.copyOf(roots);
        this.declarations = List.copyOf(declarations);
        for (MarkerDeclaration d : declarations) {
            if (!d.explicit()) {
                byFile.computeIfAbsent(d.file(), f -> new HashMap<>())
                        .computeIfAbsent(d.line(), l -> new ArrayList<>()).add(d.name());
                int slash = d.file().lastIndexOf('/');
                packages.add(slash < 0 ? "" : d.file().substring(0, slash));
            }
        }
    }

    /**
     * Returns the index of the given roots, scanning them once per JVM.
     *
     * @param roots the source roots; missing directories are skipped
     * @return the index
     */
    public static synchronized MarkerIndex of(List<Path> roots) {
        List<Path> key = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        return CACHE.computeIfAbsent(key, MarkerIndex::scan);
    }

    /** @return the configured source roots, see {@link SourceRoots} */
    public static List<Path> defaultRoots() {
        return SourceRoots.configured();
    }

    private static MarkerIndex scan(List<Path> roots) {
        List<MarkerDeclaration> found = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    if (text.contains("frontrun:") || text.contains("marker")) {
                        String relative = root.relativize(file).toString().replace(File.separatorChar, '/');
                        found.addAll(MarkerScanner.scan(relative, text));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("frontrun could not read the sources under " + root
                        + " to find trace markers: " + e.getMessage(), e);
            }
        }
        return new MarkerIndex(roots, found);
    }

    /** @return the scanned roots */
    public List<Path> roots() {
        return roots;
    }

    /** @return every marker found, comments and explicit calls */
    public List<MarkerDeclaration> declarations() {
        return declarations;
    }

    /**
     * @param name a marker name
     * @return the declarations of that name
     */
    public List<MarkerDeclaration> declarationsOf(String name) {
        return declarations.stream().filter(d -> d.name().equals(name)).toList();
    }

    /**
     * @param file a path relative to a source root, '/' separated
     * @return line to marker names for comment markers in that file, empty when none
     */
    public Map<Integer, List<String>> commentMarkers(String file) {
        return byFile.getOrDefault(file, Collections.emptyMap());
    }

    /**
     * @param internalPackage a package in internal form ({@code com/acme})
     * @return whether a file of that package holds comment markers
     */
    public boolean hasPackage(String internalPackage) {
        return packages.contains(internalPackage);
    }

    /** @return whether no comment marker was found */
    public boolean hasNoCommentMarkers() {
        return byFile.isEmpty();
    }
}
