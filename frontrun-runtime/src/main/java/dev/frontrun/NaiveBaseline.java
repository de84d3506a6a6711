package dev.frontrun;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import dev.frontrun.internal.explain.UserFrames;

/**
 * The naive baseline: runs the workers as plain threads, each started after a random offset, many times, and counts
 * how often the invariant breaks. It measures how flaky a race is without frontrun; nothing is controlled but the
 * offsets, which come from one seeded generator.
 *
 * <pre>{@code
 * NaiveResult r = NaiveBaseline.of(() -> resetCounter(sf))
 *     .worker(s -> handleLogin(sf))
 *     .worker(s -> handleLogin(sf))
 *     .invariant(s -> readCount(sf) == 2)
 *     .trials(500).maxStartOffset(Duration.ofMillis(15)).seed(42)
 *     .run();
 * System.out.println(r);   // Trials: 500 / Failures: 62 / Rate: 12.4%
 * }</pre>
 *
 * @param <S> the state each trial's setup makes
 */
public final class NaiveBaseline<S> {

    private final Supplier<S> setup;
    private final List<Consumer<? super S>> workers = new ArrayList<>();
    private Predicate<? super S> invariant;
    private int trials = 500;
    private Duration maxStartOffset = Duration.ofMillis(15);
    private long seed = 42;
    private Duration trialTimeout = Duration.ofSeconds(30);

    private NaiveBaseline(Supplier<S> setup) {
        this.setup = Objects.requireNonNull(setup, "setup");
    }

    /**
     * @param setup makes fresh state before each trial
     * @param <S> the state type
     * @return a builder
     */
    public static <S> NaiveBaseline<S> of(Supplier<S> setup) {
        return new NaiveBaseline<>(setup);
    }

    /**
     * Adds a worker; each trial runs every worker on its own thread.
     *
     * @param worker the work, given the trial's state
     * @return this builder
     */
    public NaiveBaseline<S> worker(Consumer<? super S> worker) {
        workers.add(Objects.requireNonNull(worker, "worker"));
        return this;
    }

    /**
     * Sets the check made after each trial: false, or an {@link AssertionError}, is a failure.
     *
     * @param check the invariant
     * @return this builder
     */
    public NaiveBaseline<S> invariant(Predicate<? super S> check) {
        this.invariant = Objects.requireNonNull(check, "invariant");
        return this;
    }

    /**
     * @param count how many trials (default 500)
     * @return this builder
     */
    public NaiveBaseline<S> trials(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("trials must be at least 1, got " + count + ".");
        }
        this.trials = count;
        return this;
    }

    /**
     * @param offset each thread starts after a uniformly random delay between 0 and this (default 15 ms)
     * @return this builder
     */
    public NaiveBaseline<S> maxStartOffset(Duration offset) {
        if (offset.isNegative()) {
            throw new IllegalArgumentException("maxStartOffset cannot be negative, got " + offset + ".");
        }
        this.maxStartOffset = offset;
        return this;
    }

    /**
     * @param value the seed of the start offsets (default 42)
     * @return this builder
     */
    public NaiveBaseline<S> seed(long value) {
        this.seed = value;
        return this;
    }

    /**
     * @param timeout how long one trial's threads may take before the run stops with an error (default 30 s)
     * @return this builder
     */
    public NaiveBaseline<S> trialTimeout(Duration timeout) {
        this.trialTimeout = Objects.requireNonNull(timeout, "timeout");
        return this;
    }

    /**
     * Runs the trials.
     *
     * @return the counts
     * A trial whose threads do not end within the trial timeout (a deadlock, a hang) is a failure that ends the run:
     * the result keeps the trials finished so far, and its first failure names where the thread stands.
     */
    public NaiveResult run() {
        if (workers.size() < 2) {
            throw new IllegalStateException("The naive baseline needs at least two workers, got " + workers.size()
                    + ": call worker(...) once per thread.");
        }
        if (invariant == null) {
            throw new IllegalStateException("No invariant: call invariant(state -> ...) to say what must hold.");
        }
        Random random = new Random(seed);
        int failures = 0;
        String first = null;
        long started = System.nanoTime();
        int ran = 0;
        for (int trial = 0; trial < trials; trial++) {
            ran++;
            String failure;
            boolean hung = false;
            try {
                failure = trial(random, trial);
            } catch (Hung h) {
                failure = h.getMessage();
                hung = true;
            }
            if (failure != null) {
                failures++;
                if (first == null) {
                    first = "trial " + (trial + 1) + ": " + failure;
                }
            }
            if (hung) {
                break;
            }
        }
        return new NaiveResult(ran, failures, seed, maxStartOffset, first,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private String trial(Random random, int trial) {
        S state = setup.get();
        CountDownLatch go = new CountDownLatch(1);
        Throwable[] errors = new Throwable[workers.size()];
        Thread[] threads = new Thread[workers.size()];
        for (int i = 0; i < threads.length; i++) {
            long offset = (long) (random.nextDouble() * maxStartOffset.toNanos());
            int index = i;
            Consumer<? super S> worker = workers.get(i);
            threads[i] = new Thread(() -> {
                try {
                    go.await();
                    LockSupport.parkNanos(offset);
                    worker.accept(state);
                } catch (Throwable t) {
                    errors[index] = t;
                }
            }, "naive-" + i);
            threads[i].setDaemon(true);
            threads[i].start();
        }
        go.countDown();
        long deadline = System.nanoTime() + trialTimeout.toNanos();
        for (Thread t : threads) {
            try {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for naive trial " + (trial + 1), e);
            }
            if (t.isAlive()) {
                throw new Hung("deadlock or hang: thread " + t.getName() + " did not end within "
                        + trialTimeout.toMillis() + " ms; it stands at "
                        + UserFrames.describe(t.getStackTrace()) + " (a worker deadlocked or waits for something that"
                        + " never comes; the trials stop here)");
            }
        }
        for (int i = 0; i < errors.length; i++) {
            if (errors[i] != null) {
                return "worker " + i + " threw " + errors[i];
            }
        }
        try {
            return invariant.test(state) ? null : "the invariant was false";
        } catch (AssertionError e) {
            return "the invariant failed: " + e.getMessage();
        }
    }

    /** A trial whose threads did not end: a finding that stops the trials. */
    private static final class Hung extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Hung(String message) {
            super(message, null, false, false);
        }
    }
}
