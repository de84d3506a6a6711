package dev.frontrun;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One step of a {@link Schedule}: thread {@code thread} runs from marker {@code marker} up to its next marker.
 *
 * <p>Written and parsed as {@code thread:marker}, for example {@code a:orm_read}.
 *
 * @param thread the name a worker was given in {@link TraceExecutor#run(String, Runnable)}
 * @param marker the marker name, as in a {@code // frontrun: NAME} comment or {@link Frontrun#marker(String)}
 */
public record Step(String thread, String marker) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$.\\-]*");

    /**
     * Validates both names.
     *
     * @throws IllegalArgumentException when a name is empty or holds characters a marker cannot have
     */
    public Step {
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(marker, "marker");
        if (thread.isBlank() || thread.contains(":") || thread.contains(",")) {
            throw new IllegalArgumentException("Step thread name '" + thread
                    + "' is not usable: give a non-blank name without ':' or ','.");
        }
        if (!NAME.matcher(marker).matches()) {
            throw new IllegalArgumentException("Step marker '" + marker + "' is not a marker name: use letters, digits,"
                    + " '_', '.', '-' and start with a letter or '_' (as in '// frontrun: orm_read').");
        }
    }

    /**
     * Shorthand for {@code new Step(thread, marker)}.
     *
     * @param thread the worker name
     * @param marker the marker name
     * @return the step
     */
    public static Step of(String thread, String marker) {
        return new Step(thread, marker);
    }

    /**
     * Parses {@code thread:marker}.
     *
     * @param text the text form
     * @return the step
     * @throws IllegalArgumentException when the text is not of that form
     */
    public static Step parse(String text) {
        String t = text.strip();
        int colon = t.indexOf(':');
        if (colon <= 0 || colon == t.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not a step: write thread:marker, e.g. a:orm_read.");
        }
        return new Step(t.substring(0, colon).strip(), t.substring(colon + 1).strip());
    }

    @Override
    public String toString() {
        return thread + ":" + marker;
    }
}
