package dev.frontrun.soundness;

import static dev.frontrun.soundness.Expect.dpor;
import static dev.frontrun.soundness.Expect.random;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;

/**
 * Workers that start threads of their own (issue 10, finding 4), explored with DPOR. Each method is one
 * exploration, run by {@link StartedThreadsTest} in a fresh JVM: today some of them crash the runtime for every
 * later exploration in the JVM.
 */
final class StartedThreadPrograms {

    private StartedThreadPrograms() {
    }

    static final class Counter {
        int value;
        final Object lock = new Object();

        void inc() {
            value = value + 1;
        }

        void lockedInc() {
            synchronized (lock) {
                value = value + 1;
            }
        }
    }

    /** Submits {@code task} twice to a pool of two the worker creates, waits for both and shuts the pool down. */
    static void submitTwo(Runnable task) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = pool.submit(task);
            Future<?> b = pool.submit(task);
            a.get();
            b.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    /** Runs {@code task} in two threads the worker starts and joins. */
    static void startTwo(Runnable task) {
        Thread a = new Thread(task);
        Thread b = new Thread(task);
        a.start();
        b.start();
        join(a);
        join(b);
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static ExplorationResult racingTasksOfAnExecutor() {
        return dpor(Frontrun.explore(Counter::new).worker(c -> submitTwo(c::inc)).invariant(c -> c.value == 2));
    }

    /** Some thousands of executions (the pool's shutdown interleaves with both workers' exits): more time. */
    static ExplorationResult lockedTasksOfAnExecutor() {
        return Frontrun.explore(Counter::new).worker(c -> submitTwo(c::lockedInc)).invariant(c -> c.value == 2)
                .strategy(Strategy.dpor()).maxAttempts(100_000).reproductions(3)
                .executionTimeout(Duration.ofSeconds(5)).totalTimeout(Duration.ofSeconds(150)).run();
    }

    static ExplorationResult racingTasksOfAnExecutorUnderRandom() {
        return random(Frontrun.explore(Counter::new).worker(c -> submitTwo(c::inc)).invariant(c -> c.value == 2));
    }

    static ExplorationResult lockedTasksOfAnExecutorUnderRandom() {
        return random(Frontrun.explore(Counter::new).worker(c -> submitTwo(c::lockedInc))
                .invariant(c -> c.value == 2));
    }

    static ExplorationResult racingStartedThreads() {
        return dpor(Frontrun.explore(Counter::new).worker(c -> startTwo(c::inc)).invariant(c -> c.value == 2));
    }

    static ExplorationResult lockedStartedThreads() {
        return dpor(Frontrun.explore(Counter::new).worker(c -> startTwo(c::lockedInc))
                .invariant(c -> c.value == 2));
    }

    static ExplorationResult racingCompletableFutures() {
        return dpor(Frontrun.explore(Counter::new)
                .worker(c -> CompletableFuture.allOf(CompletableFuture.runAsync(c::inc),
                        CompletableFuture.runAsync(c::inc)).join())
                .invariant(c -> c.value == 2));
    }

    /**
     * The worker's child increments only after the worker's own increment and {@code countDown}: ordered, no race
     * between them; a second worker's locked increment races with neither result (the sum is always 3).
     */
    static ExplorationResult latchHandOff() {
        return dpor(Frontrun.explore(Counter::new).worker(c -> {
            CountDownLatch go = new CountDownLatch(1);
            Thread child = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                c.lockedInc();
            });
            child.start();
            c.lockedInc();
            go.countDown();
            join(child);
        }).worker(Counter::lockedInc).invariant(c -> c.value == 3));
    }
}
