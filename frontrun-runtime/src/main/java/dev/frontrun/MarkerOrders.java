package dev.frontrun;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import dev.frontrun.internal.marker.MarkerInterleavings;

/**
 * Marker-order exploration: given the trace markers each actor passes, in order, runs every order of those markers
 * that keeps each actor's own order (with {@link TraceExecutor}, on fresh state each time), and stops at the first
 * order that breaks the invariant. An order the code cannot follow (an actor blocked, for instance in the database,
 * before its next marker) is counted as infeasible, never a hang.
 *
 * <pre>{@code
 * MarkerOrders.Result r = MarkerOrders.explore(() -> Orm.resetUser(sf))
 *         .actor("a", s -> handleLogin(s), "orm_read", "orm_write")
 *         .actor("b", s -> handleLogin(s), "orm_read", "orm_write")
 *         .invariant(s -> Orm.readCount(s) == 2)
 *         .run();                       // 6 orders; the second one loses the update
 * }</pre>
 *
 * @param <S> the state type
 */
public final class MarkerOrders<S> {

    /**
     * What the exploration found.
     *
     * @param orders how many orders the markers have in all
     * @param tried how many were run
     * @param held how many ran to the end with the invariant kept
     * @param infeasible how many the code could not follow
     * @param violation the first order that broke the invariant, or {@code null}
     * @param failure what broke (the invariant's message, or the actor's exception), or {@code null}
     */
    public record Result(long orders, long tried, long held, long infeasible, Schedule violation, String failure) {

        /** @return the order that broke the invariant, if one did */
        public Optional<Schedule> counterexample() {
            return Optional.ofNullable(violation);
        }

        /** @return whether every order was tried and none broke the invariant */
        public boolean holds() {
            return violation == null && tried == orders;
        }

        /** @return one paragraph: what was tried and what was found */
        public String report() {
            String counts = tried + " of " + orders + " marker orders tried (" + held + " held, " + infeasible
                    + " infeasible)";
            if (violation != null) {
                return "Race condition found by marker order " + tried + ": " + violation + "\n  " + failure + "\n  "
                        + counts + ".\n  Replay with new TraceExecutor(Schedule.parse(\"" + violation + "\"))";
            }
            return (tried == orders ? "Every marker order holds: " : "No violation, but not every order was tried: ")
                    + counts + ".";
        }
    }

    private record Actor<S>(String name, Consumer<S> body, List<String> markers) {
    }

    private final Supplier<S> setup;
    private final Map<String, Actor<S>> actors = new LinkedHashMap<>();
    private Predicate<S> invariant = s -> true;
    private long maxOrders = 1000;
    private Duration deadlockTimeout = Duration.ofSeconds(1);
    private Duration orderTimeout = Duration.ofSeconds(30);

    private MarkerOrders(Supplier<S> setup) {
        this.setup = Objects.requireNonNull(setup, "setup");
    }

    /**
     * @param setup makes fresh state for every order
     * @param <S> the state type
     * @return a builder
     */
    public static <S> MarkerOrders<S> explore(Supplier<S> setup) {
        return new MarkerOrders<>(setup);
    }

    /**
     * Adds an actor.
     *
     * @param name its name in the schedules ({@code a})
     * @param body its code, given the state
     * @param markers the markers it passes, in order
     * @return this builder
     */
    public MarkerOrders<S> actor(String name, Consumer<S> body, String... markers) {
        if (actors.containsKey(name)) {
            throw new IllegalArgumentException("two actors are named '" + name + "'");
        }
        actors.put(name, new Actor<>(name, Objects.requireNonNull(body, "body"), List.of(markers)));
        return this;
    }

    /**
     * @param property checked after every order that ran to the end; {@code false} or an {@link AssertionError}
     *     breaks it
     * @return this builder
     */
    public MarkerOrders<S> invariant(Predicate<S> property) {
        this.invariant = Objects.requireNonNull(property, "property");
        return this;
    }

    /**
     * @param limit the most orders to run (default 1,000); with more orders the result says how many were tried
     * @return this builder
     */
    public MarkerOrders<S> maxOrders(long limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("maxOrders must be at least 1, was " + limit);
        }
        this.maxOrders = limit;
        return this;
    }

    /**
     * @param timeout how long a released actor may stand still before the order counts as infeasible (default 1 s)
     * @return this builder
     */
    public MarkerOrders<S> deadlockTimeout(Duration timeout) {
        this.deadlockTimeout = Objects.requireNonNull(timeout, "timeout");
        return this;
    }

    /** @return the result; an actor failing in an order that ran to the end is a violation too */
    public Result run() {
        if (actors.size() < 2) {
            throw new IllegalArgumentException("marker-order exploration needs at least two actors");
        }
        List<List<Step>> sequences = new ArrayList<>();
        for (Actor<S> a : actors.values()) {
            sequences.add(a.markers().stream().map(m -> Step.of(a.name(), m)).toList());
        }
        long orders = MarkerInterleavings.count(sequences);
        long[] held = {0};
        long[] infeasible = {0};
        Schedule[] violation = {null};
        String[] failure = {null};
        long tried = MarkerInterleavings.forEach(sequences, maxOrders, steps -> {
            Schedule schedule = Schedule.of(steps);
            String broken = runOrder(schedule);
            if (broken == null) {
                held[0]++;
            } else if (broken.isEmpty()) {
                infeasible[0]++;
            } else {
                violation[0] = schedule;
                failure[0] = broken;
                return false;
            }
            return true;
        });
        return new Result(orders, tried, held[0], infeasible[0], violation[0], failure[0]);
    }

    /** @return null when the order held, "" when it was infeasible, else what broke */
    private String runOrder(Schedule schedule) {
        S state = setup.get();
        TraceExecutor executor = new TraceExecutor(schedule).deadlockTimeout(deadlockTimeout);
        for (Actor<S> a : actors.values()) {
            executor.run(a.name(), () -> a.body().accept(state));
        }
        try {
            executor.await(orderTimeout);
        } catch (ScheduleIncompleteException e) {
            return "";
        } catch (WorkerFailedException e) {
            return e.getMessage();
        }
        try {
            return invariant.test(state) ? null : "The invariant does not hold.";
        } catch (AssertionError e) {
            return "The invariant failed: " + e.getMessage();
        }
    }
}
