package dev.frontrun.soundness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.frontrun.Verdict;

/**
 * Issue 10, finding 4: threads the code under test starts are managed by DPOR like the declared workers, so a race
 * between them is found and their locked twin holds exhaustively, with no timeout, crash or divergence; random
 * reports the lost update as such, not the pool's idle threads as a deadlock. Each
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
    void racingTasksOfAWorkersOwnExecutorAreALostUpdateUnderRandom() {
        Summary s = forked("racingTasksOfAnExecutorUnderRandom");
        Expect.found(s, 2000);
        assertTrue(s.report().contains("The invariant does not hold"), "the property fails, nothing else: " + s);
    }

    @Test
    void lockedTasksOfAWorkersOwnExecutorHoldUnderRandom() {
        Summary s = forked("lockedTasksOfAnExecutorUnderRandom");
        assertEquals(Verdict.HOLDS, s.verdict(), "the pool's idle threads are no deadlock: " + s);
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
