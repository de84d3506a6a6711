package dev.frontrun.internal.explore;

import java.util.ArrayList;
import java.util.List;

/**
 * What a test framework integration tells the explorations a test method runs (a schedule to replay instead of the
 * strategy) and learns from them (their results), per thread: set before the test method, read after it.
 */
public final class TestContext {

    private static final ThreadLocal<TestContext> CURRENT = new ThreadLocal<>();

    private final int[] replay;
    private final List<Object> results = new ArrayList<>();

    private TestContext(int[] replay) {
        this.replay = replay;
    }

    /**
     * @param replay the choices of an interleaving to replay instead of every exploration's strategy, or null
     * @return the context, now the current thread's
     */
    public static TestContext open(int[] replay) {
        TestContext c = new TestContext(replay == null ? null : replay.clone());
        CURRENT.set(c);
        return c;
    }

    /** Ends the current thread's context. */
    public static void close() {
        CURRENT.remove();
    }

    /** @return the current thread's context, or null outside a test of the integration */
    public static TestContext current() {
        return CURRENT.get();
    }

    /**
     * Runs an exploration as the current test asks, and records its result with the test: under {@code @Replay} the
     * recorded interleaving instead of the strategy (whatever options the exploration was given), else as declared.
     *
     * @param replay runs the exploration on the interleaving of these choices
     * @param explore runs the exploration as declared
     * @param <R> the result type
     * @return the result
     */
    public static <R> R run(java.util.function.Function<int[], R> replay, java.util.function.Supplier<R> explore) {
        TestContext test = current();
        R result = test != null && test.replay != null ? replay.apply(test.replay()) : explore.get();
        if (test != null) {
            test.record(result);
        }
        return result;
    }

    /** @return the interleaving to replay instead of the strategy, or null */
    public int[] replay() {
        return replay == null ? null : replay.clone();
    }

    /** @param result an exploration's result (the public {@code ExplorationResult}) */
    public void record(Object result) {
        results.add(result);
    }

    /** @return the results of the explorations run so far, in order */
    public List<Object> results() {
        return List.copyOf(results);
    }
}
