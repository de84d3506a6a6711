package dev.frontrun.maven.internal.db;

/**
 * PostgreSQL could not be provided: the server did not start, cannot be reached, or refused a command.
 *
 * <p>The message always says what happened and what to do next; the mojo reports it as broken infrastructure
 * (a build error), never as a finding.
 */
public final class DatabaseException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what happened and what to do next
     * @param cause the underlying failure, or {@code null}
     */
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param message what happened and what to do next
     */
    public DatabaseException(String message) {
        super(message);
    }
}
