package dev.frontrun.internal.explore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The serializability oracle: runs the workers one after another in every order on fresh state, keeps the snapshot
 * each order ends in, and judges a concurrent execution by whether its final snapshot is one of them. A state no
 * serial order produces is a race, with no hand-written invariant.
 *
 * @param <S> the state type
 */
public final class SerialOrders<S> {

    /** The most serial orders run (7 workers); more workers need an invariant instead. */
    public static final int LIMIT = 5040;

    private final Map<List<Integer>, Object> results;

    private SerialOrders(Map<List<Integer>, Object> results) {
        this.results = results;
    }

    /**
     * Runs every serial order.
     *
     * @param setup makes fresh state
     * @param workers the workers
     * @param snapshot what of the final state is compared ({@code equals})
     * @param timeout the time limit of one serial order
     * @param <S> the state type
     * @return the snapshots of the serial orders
     * @throws IllegalArgumentException when there are more orders than {@link #LIMIT}
     * @throws IllegalStateException when a serial order fails or does not finish: the workers are wrong without any
     *     concurrency, or need each other to finish
     */
    public static <S> SerialOrders<S> run(Supplier<S> setup, List<Consumer<S>> workers, Function<S, ?> snapshot,
            Duration timeout) {
        long orders = 1;
        for (int i = 2; i <= workers.size(); i++) {
            orders *= i;
        }
        if (orders > LIMIT) {
            throw new IllegalArgumentException("the serializability oracle runs every order of the workers, "
                    + orders + " for " + workers.size() + " workers, more than its limit of " + LIMIT
                    + "; use fewer workers or give an invariant instead");
        }
        Map<List<Integer>, Object> results = new LinkedHashMap<>();
        for (List<Integer> order : permutations(workers.size())) {
            results.put(order, runOrder(setup, workers, snapshot, order, timeout));
        }
        return new SerialOrders<>(results);
    }

    private static <S> Object runOrder(Supplier<S> setup, List<Consumer<S>> workers, Function<S, ?> snapshot,
            List<Integer> order, Duration timeout) {
        CompletableFuture<Object> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                S state = setup.get();
                for (int w : order) {
                    workers.get(w).accept(state);
                }
                done.complete(snapshot.apply(state));
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, "frontrun-serial-order");
        t.setDaemon(true);
        t.start();
        try {
            return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            t.interrupt();
            throw new IllegalStateException("the workers did not finish one after another in the order " + order
                    + " within " + timeout.toMillis() + " ms: the serializability oracle needs workers that finish"
                    + " without each other's help (give an invariant instead)");
        } catch (ExecutionException e) {
            throw new IllegalStateException("the workers fail even one after another, in the order " + order
                    + ", with no concurrency at all: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the serial orders", e);
        }
    }

    /**
     * @param snapshot the snapshot function
     * @return the property a concurrent execution must keep: its final snapshot is one a serial order ends in
     */
    public Predicate<S> property(Function<S, ?> snapshot) {
        return state -> {
            Object last = snapshot.apply(state);
            for (Object serial : results.values()) {
                if (Objects.equals(serial, last)) {
                    return true;
                }
            }
            throw new AssertionError("Not serializable: the final state " + last
                    + " matches no serial order of the workers (serial results: " + describe() + ")");
        };
    }

    /** @return each serial order with the snapshot it ended in, such as {@code [0, 1] -> 2; [1, 0] -> 2} */
    public String describe() {
        StringBuilder b = new StringBuilder();
        results.forEach((order, s) -> b.append(b.length() == 0 ? "" : "; ").append(order).append(" -> ").append(s));
        return b.toString();
    }

    static List<List<Integer>> permutations(int n) {
        List<List<Integer>> out = new ArrayList<>();
        permute(new ArrayList<>(), new boolean[n], out);
        return out;
    }

    private static void permute(List<Integer> prefix, boolean[] used, List<List<Integer>> out) {
        if (prefix.size() == used.length) {
            out.add(List.copyOf(prefix));
            return;
        }
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                used[i] = true;
                prefix.add(i);
                permute(prefix, used, out);
                prefix.remove(prefix.size() - 1);
                used[i] = false;
            }
        }
    }
}
