package dev.frontrun.internal.sched;

/**
 * Thrown out of scheduling points of an execution that was stopped (deadlock, timeout, a failure elsewhere), so
 * managed threads unwind. Never seen by callers of the public API.
 */
public final class ExecutionAborted extends Error {

    private static final long serialVersionUID = 1L;

    ExecutionAborted() {
        super("frontrun stopped this execution", null, false, false);
    }
}
