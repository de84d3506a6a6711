package dev.frontrun.maven.internal.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the scenario result files ({@code *.json} of format {@code frontrun-scenario-result}, version 1) that the
 * explore goal saved, and the run file {@value #RUN_FILE} that describes the run as a whole.
 */
public final class ResultFiles {

    /** The run description's file name, beside the scenario results. */
    public static final String RUN_FILE = "run.json";
    /** The scenario result format this code reads. */
    public static final String FORMAT = "frontrun-scenario-result";
    /** The scenario result version this code reads. */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private ResultFiles() {
    }

    /**
     * @param dir the results directory ({@code target/frontrun})
     * @return every scenario result, sorted by scenario class
     * @throws IOException when a file cannot be read, or is not a result file of a version this code reads
     */
    public static List<Map<String, Object>> scenarios(Path dir) throws IOException {
        List<Map<String, Object>> results = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return results;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().equals(RUN_FILE)).sorted()::iterator) {
                results.add(read(file));
            }
        }
        results.sort(Comparator.comparing(r -> String.valueOf(((Map<?, ?>) r.get("scenario")).get("class"))));
        return results;
    }

    /**
     * @param dir the results directory
     * @return the run description, empty when there is none
     * @throws IOException when it cannot be read
     */
    public static Map<String, Object> run(Path dir) throws IOException {
        Path file = dir.resolve(RUN_FILE);
        return Files.isRegularFile(file) ? JSON.readValue(file.toFile(), MAP) : Map.of();
    }

    /**
     * @param file one scenario result file
     * @return its content
     * @throws IOException when it is unreadable or of another format or version
     */
    public static Map<String, Object> read(Path file) throws IOException {
        Map<String, Object> content = JSON.readValue(file.toFile(), MAP);
        if (!FORMAT.equals(content.get("format"))) {
            throw new IOException(file + " is not a frontrun scenario result (format " + content.get("format")
                    + "); remove it from the results directory.");
        }
        Object version = content.get("formatVersion");
        if (!(version instanceof Number n) || n.intValue() != VERSION) {
            throw new IOException(file + " has result format version " + version + " but this plugin reads version "
                    + VERSION + ": run the explore goal again with this plugin version.");
        }
        return content;
    }

    /**
     * Writes the run description.
     *
     * @param dir the results directory
     * @param run the facts (database provider and version, seed, frontrun version...)
     * @throws IOException when it cannot be written
     */
    public static void writeRun(Path dir, Map<String, Object> run) throws IOException {
        Files.createDirectories(dir);
        JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(RUN_FILE).toFile(), run);
    }
}
