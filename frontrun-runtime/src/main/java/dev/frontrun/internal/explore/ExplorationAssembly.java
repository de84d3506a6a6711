package dev.frontrun.internal.explore;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import dev.frontrun.internal.jdbc.ConnectDetails;
import dev.frontrun.internal.vocab.Includes;
import dev.frontrun.internal.vocab.Scope;

/**
 * The parts of an {@link ExplorationConfig} that the public {@code ExplorationBuilder} derives rather than copies: the
 * option check, the instrumentation scope (given globs, the properties {@code frontrun.include} and
 * {@code frontrun.exclude}, the packages of the setup and worker lambdas), the property checked after each execution
 * (with the serializability check), and the database whose lock waits the scheduler watches.
 */
public final class ExplorationAssembly {

    private ExplorationAssembly() {
    }

    /**
     * @param set the options set on the builder
     * @param uses whether the strategy uses an option
     * @param strategy the strategy's name
     * @throws IllegalArgumentException when an option is set that the strategy would ignore
     */
    public static void checkOptions(Set<String> set, Predicate<String> uses, String strategy) {
        for (String option : set) {
            if (!uses.test(option)) {
                throw new IllegalArgumentException("the " + strategy + " strategy ignores " + option
                        + "; remove ." + option + "(...) or choose another strategy");
            }
        }
    }

    /** @return the exclude globs: those given, else the property {@code frontrun.exclude} */
    public static List<String> excludes(List<String> given) {
        return given.isEmpty() ? Includes.split(System.getProperty(Includes.EXCLUDE_PROPERTY)) : List.copyOf(given);
    }

    /**
     * @param given the globs given to the builder
     * @param setup the setup lambda
     * @param workers the worker lambdas
     * @return the include globs: those given, the property {@code frontrun.include}, and the packages of the setup and
     *     worker lambdas
     */
    public static List<String> includes(List<String> given, Object setup, List<?> workers) {
        Set<String> derived = new LinkedHashSet<>(given);
        derived.addAll(Includes.split(System.getProperty(Includes.INCLUDE_PROPERTY)));
        addDerived(derived, Includes.packageOf(setup));
        for (Object w : workers) {
            addDerived(derived, Includes.packageOf(w));
        }
        return List.copyOf(derived);
    }

    /**
     * Rejects include patterns that can never be instrumented, before anything runs.
     *
     * @throws IllegalArgumentException for such a pattern
     */
    public static void checkScope(List<String> includes, List<String> excludes) {
        Scope.of(includes, excludes);
    }

    /** The package of a lambda frontrun itself made (a harness wrapping the user's code) is no scope to derive. */
    private static void addDerived(Set<String> derived, String glob) {
        if (!glob.startsWith("dev.frontrun.internal.")) {
            derived.add(glob);
        }
    }

    /**
     * @param invariant the invariant given
     * @param setup makes fresh state
     * @param workers the workers
     * @param snapshot what a serial order's result is compared by, or {@code null} for no serializability check
     * @param executionTimeout the time limit of one serial run
     * @param <S> the state type
     * @return the property checked after each complete execution
     */
    public static <S> Predicate<S> property(Predicate<S> invariant, Supplier<S> setup, List<Consumer<S>> workers,
            Function<S, ?> snapshot, Duration executionTimeout) {
        if (snapshot == null) {
            return invariant;
        }
        Predicate<S> serial = SerialOrders.run(setup, workers, snapshot, executionTimeout).property(snapshot);
        return s -> invariant.test(s) && serial.test(s);
    }

    /**
     * @return the database whose lock waits the scheduler watches: the one the system properties
     *     {@code frontrun.jdbc.url}, {@code .user} and {@code .password} name (the Maven plugin's start-postgres goal
     *     sets them for test JVMs, and a scenario's JVM gets them from its configuration), else {@code null}: the
     *     database the application's own connections talk to
     */
    public static ConnectDetails database() {
        String url = System.getProperty("frontrun.jdbc.url");
        return url == null ? null : new ConnectDetails(url, System.getProperty("frontrun.jdbc.user", "postgres"),
                System.getProperty("frontrun.jdbc.password", ""));
    }

    /**
     * @param d a duration option
     * @param what the option's name
     * @return the duration
     * @throws IllegalArgumentException unless it is positive
     */
    public static Duration positive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, was " + d);
        }
        return d;
    }

    /**
     * @param name a worker's name
     * @param names the names of the workers declared so far (the last is this worker's place, still empty)
     * @return the name
     * @throws IllegalArgumentException when it is blank or another worker's
     */
    public static String workerName(String name, List<String> names) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("worker " + (names.size() - 1) + " cannot be named '" + name
                    + "': name it after what it does, such as .worker(\"deposit\", ...)");
        }
        if (names.contains(name)) {
            throw new IllegalArgumentException("two workers are named '" + name + "'; give each its own name");
        }
        return name;
    }
}
