package dev.frontrun.internal.result;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The results directory ({@code target/frontrun}): one {@code <scenario class>.json} per scenario, written by the
 * scenario's JVM, and the run file {@value #RUN_FILE}, written by the plugin; both through {@link ResultJson}.
 */
public final class ResultFiles {

    /** The run description's file name, beside the scenario results. */
    public static final String RUN_FILE = "run.json";

    private ResultFiles() {
    }

    /**
     * Writes a scenario result atomically (a temporary file renamed into place).
     *
     * @param file the target
     * @param result the result
     * @throws IOException when it cannot be written
     */
    public static void write(Path file, ScenarioResult result) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, ResultJson.encode(result), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * @param file one scenario result file
     * @return its result
     * @throws IOException when it is unreadable or of another format or version
     */
    public static ScenarioResult read(Path file) throws IOException {
        return ResultJson.decodeScenario(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * @param dir the results directory
     * @return every scenario result, sorted by scenario class
     * @throws IOException when a file cannot be read, or is not a result file of a version this code reads
     */
    public static List<ScenarioResult> scenarios(Path dir) throws IOException {
        List<ScenarioResult> results = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return results;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().equals(RUN_FILE)).sorted()::iterator) {
                results.add(read(file));
            }
        }
        results.sort(Comparator.comparing(ScenarioResult::scenarioClass));
        return results;
    }

    /**
     * @param dir the results directory
     * @return the run description, {@link RunDescription#NONE} when there is none
     * @throws IOException when it cannot be read
     */
    public static RunDescription run(Path dir) throws IOException {
        Path file = dir.resolve(RUN_FILE);
        return Files.isRegularFile(file)
                ? ResultJson.decodeRun(Files.readString(file, StandardCharsets.UTF_8), file.toString())
                : RunDescription.NONE;
    }

    /**
     * Writes the run description.
     *
     * @param dir the results directory
     * @param run the facts (database provider and version, seed, strategies)
     * @throws IOException when it cannot be written
     */
    public static void writeRun(Path dir, RunDescription run) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(RUN_FILE), ResultJson.encode(run), StandardCharsets.UTF_8);
    }
}
