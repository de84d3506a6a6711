package dev.frontrun.maven.internal.fork;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Runs forks in parallel, at most {@code parallelism} at a time, and returns their outcomes in request order. */
public final class ForkPool {

    private final ForkLauncher launcher;
    private final ForkSpec spec;
    private final int parallelism;

    /**
     * Creates a pool.
     *
     * @param spec how to start every fork
     * @param parallelism the most forks running at once ({@code frontrun.forkCount}), at least 1
     */
    public ForkPool(ForkSpec spec, int parallelism) {
        this(spec, parallelism, line -> { });
    }

    /**
     * Creates a pool whose forks' progress lines are forwarded as they are printed.
     *
     * @param spec how to start every fork
     * @param parallelism the most forks running at once ({@code frontrun.forkCount}), at least 1
     * @param progress receives the forks' {@code [frontrun]} lines, without the prefix (one call at a time)
     */
    public ForkPool(ForkSpec spec, int parallelism, Consumer<String> progress) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("frontrun.forkCount must be at least 1, not " + parallelism);
        }
        this.spec = spec;
        this.launcher = new ForkLauncher(spec, progress);
        this.parallelism = parallelism;
    }

    /**
     * Runs every request; returns when all ended (each is bounded by the fork timeout).
     *
     * @param requests the forks to run
     * @param onOutcome called once per fork as it ends (one call at a time), e.g. to print a progress line
     * @return the outcomes, in the order of {@code requests}
     * @throws InterruptedException when interrupted; running forks are then killed
     */
    public List<ForkOutcome> runAll(List<ForkRequest> requests, Consumer<ForkOutcome> onOutcome)
            throws InterruptedException {
        AtomicInteger counter = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(Math.min(parallelism, Math.max(1, requests.size())), r -> {
            Thread t = new Thread(r, "frontrun-fork-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ForkOutcome>> futures = new ArrayList<>();
            for (ForkRequest request : requests) {
                futures.add(executor.submit(() -> {
                    ForkOutcome outcome = launcher.run(request);
                    synchronized (onOutcome) {
                        onOutcome.accept(outcome);
                    }
                    return outcome;
                }));
            }
            long rounds = (requests.size() + parallelism - 1) / parallelism;
            long deadline = System.nanoTime() + spec.timeout().plusSeconds(60).toNanos() * Math.max(1, rounds);
            List<ForkOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                outcomes.add(await(futures.get(i), requests.get(i), deadline));
            }
            return outcomes;
        } finally {
            executor.shutdownNow();
            executor.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    private static ForkOutcome await(Future<ForkOutcome> future, ForkRequest request, long deadline)
            throws InterruptedException {
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            return new ForkOutcome(ForkOutcome.Status.HARNESS_ERROR, request.id(), null, -1, List.of(), null,
                    Duration.ZERO, "the launcher failed: " + e.getCause());
        } catch (TimeoutException e) {
            future.cancel(true);
            return new ForkOutcome(ForkOutcome.Status.HARNESS_ERROR, request.id(), null, -1, List.of(), null,
                    Duration.ZERO, "the fork pool's overall deadline passed before this fork ended");
        }
    }
}
