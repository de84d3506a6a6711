package dev.frontrun.maven.internal.explore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The default instrumentation scope of a project: its own classes, as globs over the packages of its compiled
 * classes cut to three segments ({@code com.acme.shop.*}).
 */
public final class ProjectPackages {

    private static final int DEPTH = 3;

    private ProjectPackages() {
    }

    /**
     * @param classDirs the main and test class directories
     * @return comma-separated globs, empty when no class was found
     * @throws IOException when a directory cannot be read
     */
    public static String globs(List<Path> classDirs) throws IOException {
        TreeSet<String> packages = new TreeSet<>();
        for (Path dir : classDirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                    Path parent = dir.relativize(f).getParent();
                    if (parent != null) {
                        String[] parts = parent.toString().split(java.util.regex.Pattern.quote(
                                java.io.File.separator));
                        packages.add(String.join(".", java.util.Arrays.copyOf(parts, Math.min(DEPTH, parts.length))));
                    }
                });
            }
        }
        TreeSet<String> minimal = new TreeSet<>();
        for (String p : packages) {
            if (minimal.stream().noneMatch(m -> p.startsWith(m + "."))) {
                minimal.add(p);
            }
        }
        return minimal.stream().map(p -> p + ".*").collect(Collectors.joining(","));
    }
}
