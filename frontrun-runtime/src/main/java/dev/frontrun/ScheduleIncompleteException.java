package dev.frontrun;

import java.util.List;

/**
 * Thrown by {@link TraceExecutor#await} when the schedule could not be followed to its end: a thread ended, waited at
 * another marker, or did not reach its next marker within the deadlock timeout (for instance because it was blocked
 * in the database). The message names every unreached step and where each thread stood.
 */
public final class ScheduleIncompleteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Step> unreachedSteps;
    private final String blockedThread;

    ScheduleIncompleteException(String message, List<Step> unreachedSteps, String blockedThread, Throwable cause) {
        super(message, cause);
        this.unreachedSteps = List.copyOf(unreachedSteps);
        this.blockedThread = blockedThread;
    }

    /** @return the steps that were never released, in schedule order */
    public List<Step> unreachedSteps() {
        return unreachedSteps;
    }

    /** @return the thread that was running a step and never reached its next marker, or null */
    public String blockedThread() {
        return blockedThread;
    }
}
