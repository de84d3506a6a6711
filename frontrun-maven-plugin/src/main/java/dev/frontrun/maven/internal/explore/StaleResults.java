package dev.frontrun.maven.internal.explore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removes what an earlier run left in the results directory (its scenario results, run description, scenario pages,
 * JUnit files and the scenario JVMs' temporary files), so that the report of this run shows this run's scenarios only, whatever {@code includes} the
 * earlier one had.
 */
final class StaleResults {

    private StaleResults() {
    }

    static void clear(Path resultsDir) throws IOException {
        deleteFiles(resultsDir, ".json");
        deleteFiles(resultsDir.resolve("scenarios"), ".html");
        deleteFiles(resultsDir.resolve("junit"), ".xml");
        Files.deleteIfExists(resultsDir.resolve("index.html"));
        Path tmp = resultsDir.resolve("forks").resolve("tmp");
        if (Files.isDirectory(tmp)) {
            try (Stream<Path> all = Files.walk(tmp)) {
                for (Path f : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static void deleteFiles(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(suffix) && Files.isRegularFile(f)).toList();
        }
        for (Path f : files) {
            Files.deleteIfExists(f);
        }
    }
}
