package dev.frontrun.internal.scenario;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts one strategy's executions and failures as they happen and prints a {@code [frontrun]} line every few
 * seconds while it runs (executions so far, executions per second, the first failure so far); the plugin forwards
 * these lines to the Maven log. Counting happens in the runners' own wrappers of {@code setup()} and
 * {@code holds()}, so it needs nothing from the engine.
 */
final class StrategyProgress implements AutoCloseable {

    static final long PERIOD_MILLIS = 5_000;

    private final String prefix;
    private final PrintStream out;
    private final long start = System.nanoTime();
    private final AtomicInteger executions = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger firstFailureAt = new AtomicInteger();
    private final Thread ticker;

    /**
     * @param prefix what the lines start with after {@code [frontrun] }, e.g. {@code Scenario: random}
     * @param out where the lines go
     */
    StrategyProgress(String prefix, PrintStream out) {
        this.prefix = prefix;
        this.out = out;
        this.ticker = new Thread(this::tick, "frontrun-progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    /** One more execution started (called from the wrapped {@code setup()}). */
    void execution() {
        executions.incrementAndGet();
    }

    /** The current execution broke the invariant. */
    void failure() {
        failures.incrementAndGet();
        firstFailureAt.compareAndSet(0, Math.max(1, executions.get()));
    }

    private void tick() {
        try {
            while (true) {
                Thread.sleep(PERIOD_MILLIS);
                out.println("[frontrun] " + prefix + " running: " + line());
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    /** @return executions so far, their rate and the first failure */
    String line() {
        int n = executions.get();
        double seconds = Math.max(0.001, (System.nanoTime() - start) / 1e9);
        String first = firstFailureAt.get() > 0 ? ", first failure at #" + firstFailureAt.get() : ", no failure yet";
        return String.format(Locale.ROOT, "%d executions in %.0f s (%.1f/s)%s", n, seconds, n / seconds, first);
    }

    @Override
    public void close() {
        ticker.interrupt();
    }
}
