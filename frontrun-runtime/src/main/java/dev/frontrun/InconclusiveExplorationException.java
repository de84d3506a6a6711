package dev.frontrun;

/** Thrown by {@link ExplorationResult#assertHolds()} when the exploration could not reach a verdict. */
public final class InconclusiveExplorationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InconclusiveExplorationException(String message) {
        super(message);
    }
}
