package dev.frontrun;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import dev.frontrun.internal.explore.ExplorationAssembly;
import dev.frontrun.internal.explore.ExplorationConfig;
import dev.frontrun.internal.explore.Explorer;
import dev.frontrun.internal.explore.TestContext;
import dev.frontrun.internal.sched.ExecutionOptions;
import dev.frontrun.internal.vocab.ThreadNames;

/**
 * Configures an exploration: the workers that run concurrently on fresh state, the property to check, the strategy
 * and its options. Obtained from {@link Frontrun#explore(Supplier)}; {@link #run()} runs it.
 *
 * <p>Field, array and monitor accesses, and calls on JDK objects, are scheduling points in the application's classes
 * (those loaded from a directory such as {@code target/classes}), the packages of the setup and worker lambdas, and
 * the library packages named by {@link #include(String...)} or {@code frontrun.include} ({@code com.acme.cache.*}).
 *
 * @param <S> the state type
 */
public final class ExplorationBuilder<S> {

    private final Supplier<S> setup;
    private final List<Consumer<S>> workers = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final Set<String> set = new HashSet<>();
    private final List<String> include = new ArrayList<>();
    private final List<String> exclude = new ArrayList<>();
    private Predicate<S> invariant = s -> true;
    private Function<S, ?> snapshot;
    private Strategy strategy = Strategy.random();
    private int maxAttempts = 200;
    private long seed = 42;
    private Duration executionTimeout = Duration.ofSeconds(10);
    private Duration totalTimeout = Duration.ofMinutes(5);
    private Duration blockingThreshold = Duration.ofMillis(20);
    private int reproductions = 10;
    private ClockMode clock = ClockMode.VIRTUAL;
    private boolean spuriousWakeups = true;
    private boolean earlyExpiry;

    ExplorationBuilder(Supplier<S> setup) {
        this.setup = Objects.requireNonNull(setup, "setup");
    }

    /**
     * Adds a worker: it runs in its own managed thread in every execution.
     *
     * @param body the worker's code, given the execution's state
     * @return this builder
     */
    public ExplorationBuilder<S> worker(Consumer<S> body) {
        workers.add(Objects.requireNonNull(body, "body"));
        names.add(null);
        return this;
    }

    /**
     * Adds a named worker: explanations, deadlock reports and failures call its thread {@code Thread <name>}
     * (a worker without a name is {@code Thread <index>}).
     *
     * @param name the worker's name, unique among the workers (best a word: a started thread is named by a number)
     * @param body the worker's code, given the execution's state
     * @return this builder
     * @throws IllegalArgumentException when the name is blank or another worker's
     */
    public ExplorationBuilder<S> worker(String name, Consumer<S> body) {
        worker(body);
        names.set(names.size() - 1, ExplorationAssembly.workerName(name, names));
        return this;
    }

    /**
     * Adds {@code count} workers running the same code.
     *
     * @param count how many
     * @param body the workers' code
     * @return this builder
     */
    public ExplorationBuilder<S> workers(int count, Consumer<S> body) {
        for (int i = 0; i < count; i++) {
            worker(body);
        }
        return this;
    }

    /**
     * Sets the property checked after every complete execution.
     *
     * @param property returns {@code false} (or throws {@link AssertionError}) when violated
     * @return this builder
     */
    public ExplorationBuilder<S> invariant(Predicate<S> property) {
        this.invariant = Objects.requireNonNull(property, "property");
        return this;
    }

    /**
     * Checks serializability instead of (or besides) an invariant: before exploring, the workers run one after
     * another in every order on fresh state (at most {@value SerialOrders#LIMIT} orders, so up to 7 workers), and
     * an explored execution whose final {@code snapshot} equals none of theirs is a violation: {@code Not
     * serializable: the final state ... matches no serial order of the workers}, with the serial results beside it.
     * A serial order that fails, or does not finish within the execution timeout, makes {@link #run()} throw.
     *
     * @param snapshot what of the final state to compare, with {@code equals} (a count, a record of the fields, the
     *     rows of a table)
     * @return this builder
     */
    public ExplorationBuilder<S> serializable(Function<S, ?> snapshot) {
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        return this;
    }

    /**
     * Sets the property as a check that throws {@link AssertionError} when violated.
     *
     * @param check the check
     * @return this builder
     */
    public ExplorationBuilder<S> check(Consumer<S> check) {
        Objects.requireNonNull(check, "check");
        this.invariant = s -> {
            check.accept(s);
            return true;
        };
        return this;
    }

    /**
     * @param strategy how interleavings are chosen (default {@link Strategy#random()})
     * @return this builder
     */
    public ExplorationBuilder<S> strategy(Strategy strategy) {
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        return this;
    }

    /**
     * @param attempts the most executions to run (default 200 for the sampling strategies; DPOR runs until it has
     *     explored everything unless this is set)
     * @return this builder
     */
    public ExplorationBuilder<S> maxAttempts(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + attempts);
        }
        this.maxAttempts = attempts;
        set.add(Strategy.MAX_ATTEMPTS);
        return this;
    }

    /**
     * @param seed the seed of every random choice (default 42; printed in every report)
     * @return this builder
     */
    public ExplorationBuilder<S> seed(long seed) {
        this.seed = seed;
        set.add(Strategy.SEED);
        return this;
    }

    /**
     * @param limit the time limit of one execution (default 10 s); past it the execution counts as a timeout
     * @return this builder
     */
    public ExplorationBuilder<S> executionTimeout(Duration limit) {
        this.executionTimeout = ExplorationAssembly.positive(limit, "executionTimeout");
        return this;
    }

    /**
     * @param limit the time limit of the whole exploration (default 5 min)
     * @return this builder
     */
    public ExplorationBuilder<S> totalTimeout(Duration limit) {
        this.totalTimeout = ExplorationAssembly.positive(limit, "totalTimeout");
        return this;
    }

    /**
     * @param limit how long a thread may sit in blocking the scheduler does not model (a socket read waiting for a
     *     database, a lock inside a library) before the other threads run on (default 20 ms)
     * @return this builder
     */
    public ExplorationBuilder<S> blockingThreshold(Duration limit) {
        this.blockingThreshold = ExplorationAssembly.positive(limit, "blockingThreshold");
        return this;
    }

    /**
     * @param mode {@link ClockMode#VIRTUAL} (the default: timed waits expire in virtual time when no thread can run
     *     otherwise, and take no wall time) or {@link ClockMode#REAL} (for code that talks to a real external server
     *     and must see real time); JDBC calls see real time either way
     * @return this builder
     */
    public ExplorationBuilder<S> clock(ClockMode mode) {
        this.clock = Objects.requireNonNull(mode, "mode");
        return this;
    }

    /**
     * @param on whether a thread blocked in {@code Object.wait} or {@code LockSupport.park} may be woken spuriously,
     *     as the JDK allows (default {@code true}): random, PCT and POS sometimes do so, DPOR explores it as one more
     *     choice; a counterexample that needs one says {@code spurious wakeup}
     * @return this builder
     */
    public ExplorationBuilder<S> spuriousWakeups(boolean on) {
        this.spuriousWakeups = on;
        return this;
    }

    /**
     * @param on whether a timed wait of the virtual clock ({@code await(timeout)}, {@code tryLock(timeout)},
     *     {@code Object.wait(ms)}, {@code parkNanos}, {@code sleep}, {@code join(ms)}, a socket read with
     *     {@code SO_TIMEOUT}, ...) may also expire while other threads can still run, as the JDK allows when they are
     *     merely slow (default {@code false}: it expires only when no other thread can run). Random, PCT and POS
     *     sometimes let one expire early, DPOR explores it as one more choice; a counterexample that needs one says
     *     {@code timed out early}. Code that treats a generous timeout as "never happens" is then reported
     * @return this builder
     */
    public ExplorationBuilder<S> earlyExpiry(boolean on) {
        this.earlyExpiry = on;
        return this;
    }

    /**
     * @param times how often a counterexample is replayed to measure how reliably it reproduces (default 10)
     * @return this builder
     */
    public ExplorationBuilder<S> reproductions(int times) {
        if (times < 0) {
            throw new IllegalArgumentException("reproductions cannot be negative, was " + times);
        }
        this.reproductions = times;
        return this;
    }

    /**
     * Observes infrastructure classes too: adds their patterns to what is observed anyway (the application's own
     * classes, those loaded from a directory such as {@code target/classes}, the packages of the setup and worker
     * lambdas, and every library jar except drivers, frameworks, logging and tooling, which are left unobserved by
     * default). Patterns naming JDK classes are rejected: calls on JDK objects are observed at the application's call
     * sites.
     *
     * @param globs class name globs such as {@code com.acme.cache.*}
     * @return this builder
     */
    public ExplorationBuilder<S> include(String... globs) {
        include.addAll(List.of(globs));
        return this;
    }

    /**
     * @param globs class name globs never to instrument
     * @return this builder
     */
    public ExplorationBuilder<S> exclude(String... globs) {
        exclude.addAll(List.of(globs));
        return this;
    }

    /**
     * Runs the exploration.
     *
     * @return the result
     * @throws IllegalArgumentException when an option is set that the strategy would ignore, or no worker is given
     */
    public ExplorationResult run() {
        if (workers.isEmpty()) {
            throw new IllegalArgumentException("an exploration needs at least one worker: add .worker(...)");
        }
        ExplorationAssembly.checkOptions(set, strategy::uses, strategy.name());
        return TestContext.run(choices -> runWith(Strategy.replay(Interleaving.of(choices))), () -> runWith(strategy));
    }

    /** Runs this exploration with {@code strategy} in place of the configured one, every other option kept. */
    private ExplorationResult runWith(Strategy strategy) {
        int attempts = !strategy.uses(Strategy.MAX_ATTEMPTS) ? 1
                : !set.contains(Strategy.MAX_ATTEMPTS) && strategy.systematic() ? Integer.MAX_VALUE : maxAttempts;
        List<String> excludes = ExplorationAssembly.excludes(exclude);
        List<String> includes = ExplorationAssembly.includes(include, setup, workers);
        ExplorationAssembly.checkScope(includes, excludes);
        Predicate<S> property = ExplorationAssembly.property(invariant, setup, List.copyOf(workers), snapshot,
                executionTimeout);
        ExplorationConfig<S> config = new ExplorationConfig<>(setup, List.copyOf(workers), property,
                strategy.name(), strategy.factory(), attempts, seed, executionTimeout, totalTimeout, reproductions,
                blockingThreshold, includes, excludes,
                new ExecutionOptions(clock == ClockMode.VIRTUAL, spuriousWakeups, earlyExpiry),
                ExplorationAssembly.database(), new ThreadNames(names));
        return new ExplorationResult(new Explorer<>(config).run());
    }
}
