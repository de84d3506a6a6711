package dev.frontrun.internal.fork;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a fork pushes back: its task's entries when it finished, or the error that stopped it.
 *
 * @param completed whether the task returned normally
 * @param entries the task's result entries (empty when it failed)
 * @param error the failure with its stack trace, or {@code null} when completed
 */
public record ForkResult(boolean completed, Map<String, String> entries, String error) {

    /** The file kind in the header line. */
    public static final String KIND = "frontrun-fork-result";
    /** The format version this code writes and reads. */
    public static final int VERSION = 1;

    private static final String ENTRY = "entry.";

    /** Copies the entries. */
    public ForkResult {
        entries = Map.copyOf(entries);
        if (!completed) {
            Objects.requireNonNull(error, "error");
        }
    }

    /**
     * A completed task's result.
     *
     * @param entries the entries
     * @return the result
     */
    public static ForkResult completed(Map<String, String> entries) {
        return new ForkResult(true, entries, null);
    }

    /**
     * A failed task's result.
     *
     * @param error the failure, with its stack trace
     * @return the result
     */
    public static ForkResult failed(String error) {
        return new ForkResult(false, Map.of(), error);
    }

    /**
     * Encodes the result.
     *
     * @return the file's text
     */
    public String encode() {
        Map<String, String> all = new TreeMap<>();
        all.put("fork.status", completed ? "completed" : "failed");
        if (error != null) {
            all.put("fork.error", error);
        }
        entries.forEach((key, value) -> all.put(ENTRY + key, value));
        return KeyValueCodec.encode(KIND, VERSION, all);
    }

    /**
     * Decodes a result.
     *
     * @param text the file's text
     * @return the result
     * @throws IOException when the text is not a result of this version
     */
    public static ForkResult decode(String text) throws IOException {
        Map<String, String> all = KeyValueCodec.decode(text, KIND, VERSION);
        Map<String, String> entries = new TreeMap<>();
        all.forEach((key, value) -> {
            if (key.startsWith(ENTRY)) {
                entries.put(key.substring(ENTRY.length()), value);
            }
        });
        String status = all.get("fork.status");
        if ("completed".equals(status)) {
            return new ForkResult(true, entries, all.get("fork.error"));
        }
        if ("failed".equals(status)) {
            return new ForkResult(false, entries, all.getOrDefault("fork.error", "(no error text)"));
        }
        throw new IOException("the fork result has no valid fork.status: " + status);
    }

    /**
     * Writes the result atomically.
     *
     * @param file the file
     * @throws IOException when it cannot be written
     */
    public void write(Path file) throws IOException {
        ForkFiles.writeAtomically(file, encode());
    }

    /**
     * Reads a result file.
     *
     * @param file the file
     * @return the result
     * @throws IOException when it cannot be read or decoded
     */
    public static ForkResult read(Path file) throws IOException {
        return decode(ForkFiles.read(file));
    }
}
