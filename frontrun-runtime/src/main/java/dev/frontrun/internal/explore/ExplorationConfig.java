package dev.frontrun.internal.explore;

import java.time.Duration;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

import dev.frontrun.internal.jdbc.ConnectDetails;
import dev.frontrun.internal.sched.SchedulingStrategy;
import dev.frontrun.internal.vocab.ThreadNames;

/**
 * Everything one exploration needs, already validated.
 *
 * @param setup makes fresh state per execution
 * @param workers the worker bodies, one thread each
 * @param invariant the property checked after each complete execution; may throw {@link AssertionError}
 * @param strategyName the strategy's name for reports
 * @param strategy creates the strategy from the seed
 * @param maxAttempts the most executions to run
 * @param seed the seed of every random choice
 * @param executionTimeout the time limit of one execution
 * @param totalTimeout the time limit of the whole exploration
 * @param reproductions how often a counterexample is replayed
 * @param blockingThreshold how long a thread may sit in unmodelled blocking before others run
 * @param include include globs for instrumentation
 * @param exclude exclude globs
 * @param options the clock and wake-up options of every execution
 * @param database the database whose lock waits the scheduler watches, or {@code null} for the one the
 *     application's connections talk to
 * @param threadNames how texts name the threads (the workers' names, else their numbers)
 * @param <S> the state type
 */
public record ExplorationConfig<S>(Supplier<S> setup, List<java.util.function.Consumer<S>> workers,
        Predicate<S> invariant, String strategyName, LongFunction<SchedulingStrategy> strategy, int maxAttempts,
        long seed, Duration executionTimeout, Duration totalTimeout, int reproductions, Duration blockingThreshold,
        List<String> include, List<String> exclude, dev.frontrun.internal.sched.ExecutionOptions options,
        ConnectDetails database, ThreadNames threadNames) {
}
