package dev.frontrun.maven.internal.fork;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One fork to run.
 *
 * @param id unique in the build; letters, digits, {@code .}, {@code _}, {@code -} (it names the fork's files)
 * @param task the fully qualified name of the {@link dev.frontrun.internal.fork.ForkTask} to run
 * @param entries the task's settings
 */
public record ForkRequest(String id, String task, Map<String, String> entries) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,200}");

    /** Checks the id and copies the entries. */
    public ForkRequest {
        Objects.requireNonNull(task, "task");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("invalid fork id '" + id + "': letters, digits, '.', '_', '-' only");
        }
        entries = Map.copyOf(entries);
    }
}
