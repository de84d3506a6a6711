package dev.frontrun;

/** Thrown by {@link TraceExecutor#await} when the schedule completed but a worker threw; the cause is what it threw. */
public final class WorkerFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String thread;

    WorkerFailedException(String thread, Throwable cause) {
        super("Worker " + thread + " threw " + cause, cause);
        this.thread = thread;
    }

    /** @return the worker's name */
    public String thread() {
        return thread;
    }
}
