package dev.frontrun.scenario;

import java.util.List;

/**
 * A race scenario: state, two or more actors, and what they must keep: an invariant ({@link #holds}), a snapshot for
 * the serializability oracle ({@link #snapshot}), or, for a database scenario with neither, the rows of the tables
 * the actors wrote. Annotate the class with {@link RaceScenario} so the Maven plugin finds it; it needs a public
 * no-argument constructor.
 *
 * <p>Life cycle in the scenario's JVM: {@link #open} once, then for every execution of every strategy a fresh
 * {@link #setup()}, the actors, and {@link #holds}; {@link #close} at the end.
 *
 * <p>The serializability oracle: when the scenario implements {@link #snapshot}, or implements neither
 * {@link #snapshot} nor {@link #holds} and runs with a database, the actors first run one after another in every
 * order (at most 5,040 orders, so up to 7 actors), and an execution whose final snapshot equals none of theirs breaks
 * the scenario ({@code Not serializable: the final state ... matches no serial order}). The default snapshot of a
 * database scenario is, for each table an actor wrote (an INSERT, UPDATE or DELETE) in those serial runs, its rows
 * sorted, read through a connection of its own to {@link ScenarioContext#jdbcUrl()} after each execution.
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
     * The invariant, checked after every execution. Optional: a scenario that does not implement it is judged by the
     * serializability oracle (see {@link #snapshot}).
     *
     * @param state the execution's state
     * @return whether it holds; an {@link AssertionError} also counts as a violation
     */
    default boolean holds(S state) {
        return true;
    }

    /**
     * What the serializability oracle compares, with {@code equals}, after every execution and after each serial
     * order of the actors: a count, a record of the fields, the rows of a table. Optional: implement it (with or
     * without {@link #holds}) to use the oracle; a database scenario that implements neither gets the rows of the
     * tables its actors wrote.
     *
     * @param state the execution's state
     * @return the snapshot
     */
    default Object snapshot(S state) {
        throw new UnsupportedOperationException("snapshot() is not implemented");
    }

    /**
     * Releases what {@link #open} prepared.
     *
     * @throws Exception when release fails (logged)
     */
    default void close() throws Exception {
    }
}
