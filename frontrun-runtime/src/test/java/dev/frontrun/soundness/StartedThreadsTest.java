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

    /**
     * The locked twin holds, and DPOR certifies it: at {@code shutdown} the pool interrupts its idle workers, which
     * then leave through {@code processWorkerExit} and {@code tryTerminate} (interrupting one another); every replay
     * meets the same interrupts, so no branch is lost to a divergence.
     */
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

    /**
     * Async stages run on {@code ForkJoinPool.commonPool()}. When the worker starts the pool's threads they are
     * managed and the race is found; when the JVM-wide pool's threads already run (they outlive an execution, and
     * on JDK 21+ the pool starts them its own way) they are not, and DPOR must say so: never a certificate.
     */
    @Test
    void racingCompletableFuturesAreFoundOrTheUnmanagedPoolIsNamed() {
        Summary s = forked("racingCompletableFutures");
        if (s.verdict() != Verdict.VIOLATED) {
            assertEquals(Verdict.INCONCLUSIVE, s.verdict(), "never HOLDS: " + s);
            assertTrue(s.report().contains("which the scheduler does not manage"), "names the thread: " + s);
        }
    }

    @Test
    void aLatchHandOffToAStartedThreadHolds() {
        Expect.correctTwin(forked("latchHandOff"));
    }
}
