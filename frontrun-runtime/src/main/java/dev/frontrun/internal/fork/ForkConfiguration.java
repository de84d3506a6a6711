package dev.frontrun.internal.fork;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a fork must do: which {@link ForkTask} to run with which entries, where to put its result, and which process
 * to watch (the fork exits when its parent dies).
 *
 * @param id the fork's id, unique in a build (e.g. the scenario id)
 * @param task the fully qualified name of the {@link ForkTask} class
 * @param parentPid the pid of the launching JVM, or -1 to not watch it
 * @param watchStdin whether the fork exits when its stdin reaches end of file (the parent closed the pipe or died)
 * @param resultFile where the fork writes its {@link ForkResult}
 * @param entries the task's own settings (scenario, database endpoint, budgets, seed ...)
 */
public record ForkConfiguration(String id, String task, long parentPid, boolean watchStdin, Path resultFile,
        Map<String, String> entries) {

    /** The file kind in the header line. */
    public static final String KIND = "frontrun-fork-configuration";
    /** The format version this code writes and reads. */
    public static final int VERSION = 1;

    private static final String ENTRY = "entry.";

    /** Checks the components and copies the entries. */
    public ForkConfiguration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(resultFile, "resultFile");
        entries = Map.copyOf(entries);
    }

    /**
     * Returns one entry.
     *
     * @param key the key
     * @return the value
     * @throws IllegalArgumentException when the entry is missing
     */
    public String entry(String key) {
        String value = entries.get(key);
        if (value == null) {
            throw new IllegalArgumentException("fork configuration " + id + " has no entry '" + key + "'");
        }
        return value;
    }

    /**
     * Encodes the configuration.
     *
     * @return the file's text
     */
    public String encode() {
        Map<String, String> all = new TreeMap<>();
        all.put("fork.id", id);
        all.put("fork.task", task);
        all.put("fork.parentPid", Long.toString(parentPid));
        all.put("fork.watchStdin", Boolean.toString(watchStdin));
        all.put("fork.resultFile", resultFile.toString());
        entries.forEach((key, value) -> all.put(ENTRY + key, value));
        return KeyValueCodec.encode(KIND, VERSION, all);
    }

    /**
     * Decodes a configuration.
     *
     * @param text the file's text
     * @return the configuration
     * @throws IOException when the text is not a configuration of this version
     */
    public static ForkConfiguration decode(String text) throws IOException {
        Map<String, String> all = KeyValueCodec.decode(text, KIND, VERSION);
        Map<String, String> entries = new TreeMap<>();
        all.forEach((key, value) -> {
            if (key.startsWith(ENTRY)) {
                entries.put(key.substring(ENTRY.length()), value);
            }
        });
        try {
            return new ForkConfiguration(required(all, "fork.id"), required(all, "fork.task"),
                    Long.parseLong(required(all, "fork.parentPid")), Boolean.parseBoolean(all.get("fork.watchStdin")),
                    Path.of(required(all, "fork.resultFile")), entries);
        } catch (NumberFormatException e) {
            throw new IOException("fork.parentPid is not a number: " + e.getMessage(), e);
        }
    }

    private static String required(Map<String, String> all, String key) throws IOException {
        String value = all.get(key);
        if (value == null) {
            throw new IOException("the fork configuration has no " + key);
        }
        return value;
    }

    /**
     * Writes the configuration atomically.
     *
     * @param file the file
     * @throws IOException when it cannot be written
     */
    public void write(Path file) throws IOException {
        ForkFiles.writeAtomically(file, encode());
    }

    /**
     * Reads a configuration file.
     *
     * @param file the file
     * @return the configuration
     * @throws IOException when it cannot be read or decoded
     */
    public static ForkConfiguration read(Path file) throws IOException {
        return decode(ForkFiles.read(file));
    }
}
