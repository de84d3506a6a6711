package dev.frontrun.soundness;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, finding 4: threads the code under test starts are managed by DPOR like the declared workers, so a race
 * between them is found and their locked twin holds exhaustively, with no timeout, crash or divergence. Each
 * exploration runs in a fresh JVM ({@link ForkedExploration}).
 */
class StartedThreadsTest {

    private static Summary forked(String program) {
        return ForkedExploration.run(StartedThreadPrograms.class, program);
    }

    @Test
    void racingTasksOfAWorkersOwnExecutorAreFound() {
        Expect.found(forked("racingTasksOfAnExecutor"), Integer.MAX_VALUE);
    }

    @Test
    void lockedTasksOfAWorkersOwnExecutorHold() {
        Expect.correctTwin(forked("lockedTasksOfAnExecutor"));
    }

    @Test
    void racingThreadsAWorkerStartsAreFound() {
        Expect.found(forked("racingStartedThreads"), Integer.MAX_VALUE);
    }

    @Test
    void lockedThreadsAWorkerStartsHold() {
        Expect.correctTwin(forked("lockedStartedThreads"));
    }

    @Test
    void racingCompletableFuturesAreFound() {
        Expect.found(forked("racingCompletableFutures"), Integer.MAX_VALUE);
    }

    @Test
    void aLatchHandOffToAStartedThreadHolds() {
        Expect.correctTwin(forked("latchHandOff"));
    }
}
