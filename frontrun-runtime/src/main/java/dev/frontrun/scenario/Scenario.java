package dev.frontrun.scenario;

import java.util.List;

/**
 * A race scenario: state, two or more actors and an invariant. Annotate the class with {@link RaceScenario} so the
 * Maven plugin finds it; it needs a public no-argument constructor.
 *
 * <p>Life cycle in the scenario's JVM: {@link #open} once, then for every execution of every strategy a fresh
 * {@link #setup()}, the actors, and {@link #holds}; {@link #close} at the end.
 *
 * @param <S> the state one execution works on
 */
public interface Scenario<S> {

    /**
     * Prepares what every execution shares, e.g. a Hibernate session factory on {@link ScenarioContext#jdbcUrl()}.
     *
     * @param context the database and seed of this run
     * @throws Exception when preparation fails: the run is reported as a harness error
     */
    default void open(ScenarioContext context) throws Exception {
    }

    /**
     * Makes fresh state for one execution (e.g. resets the rows the actors touch).
     *
     * @return the state
     * @throws Exception when setup fails: reported as a harness error
     */
    S setup() throws Exception;

    /** @return the actors, in thread order (thread 0 first); at least two */
    List<Actor<S>> actors();

    /**
     * The invariant, checked after every execution.
     *
     * @param state the execution's state
     * @return whether it holds; an {@link AssertionError} also counts as a violation
     */
    boolean holds(S state);

    /**
     * Releases what {@link #open} prepared.
     *
     * @throws Exception when release fails (logged)
     */
    default void close() throws Exception {
    }
}
