package dev.frontrun.internal.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.frontrun.internal.explore.SerialOrders;
import dev.frontrun.internal.explore.TableSnapshot;
import dev.frontrun.internal.explore.WrittenTables;
import dev.frontrun.scenario.ScenarioContext;

/**
 * The serializability oracle of a {@code @RaceScenario}: used when the scenario implements {@code snapshot()}, or
 * implements neither {@code holds()} nor {@code snapshot()} and has a database, whose written tables are then the
 * snapshot ({@link TableSnapshot}; the tables are those the actors wrote in the sequential check, collected by
 * {@link WrittenTables}). {@link #judge} runs the actors in every serial order and returns the scenario judged by
 * them.
 */
final class SerialOracle implements AutoCloseable {

    /** The name of the oracle's result when it cannot be used. */
    static final String NAME = "serializability";

    private final LoadedScenario scenario;
    private final ScenarioContext context;
    private WrittenTables written;
    private TableSnapshot tables;

    SerialOracle(LoadedScenario scenario, ScenarioContext context) {
        this.scenario = scenario;
        this.context = context;
    }

    /** @return whether the scenario is judged by the oracle */
    boolean used() {
        return scenario.declaresSnapshot() || defaultSnapshot();
    }

    private boolean defaultSnapshot() {
        return !scenario.declaresSnapshot() && !scenario.declaresInvariant();
    }

    /** @return null when the scenario can be judged, else what to do about it */
    String unusable() {
        if (defaultSnapshot() && context.jdbcUrl() == null) {
            return name() + " has nothing to judge its executions by: it implements neither holds() nor snapshot(),"
                    + " and runs without a database whose tables could serve as the snapshot. Implement holds(S)"
                    + " (an invariant) or snapshot(S) (what to compare against the actors run one after another),"
                    + " or give the run a database (frontrun.database, or -Dfrontrun.jdbc.url)";
        }
        return null;
    }

    /** Starts collecting the tables the actors write, when the default snapshot is used. */
    void listen() {
        if (defaultSnapshot()) {
            written = WrittenTables.listen();
        }
    }

    /** Stops collecting. */
    void stopListening() {
        if (written != null) {
            written.close();
        }
    }

    /**
     * Runs the actors one after another in every order and keeps their snapshots.
     *
     * @param limit the time limit of one serial order
     * @return the scenario, judged by its invariant and the serial orders
     * @throws IllegalArgumentException when there is nothing to compare or too many orders (the message says what to
     *     do)
     * @throws IllegalStateException when a serial order fails or does not finish
     */
    LoadedScenario judge(Duration limit) {
        Function<Object, ?> snapshot;
        if (defaultSnapshot()) {
            Set<String> names = written == null ? Set.of() : written.tables();
            if (names.isEmpty()) {
                throw new IllegalArgumentException(name() + " implements neither holds() nor snapshot(), and its"
                        + " actors wrote no table when run one after another, so the default snapshot (the rows of"
                        + " the tables the actors wrote) would compare nothing. Implement holds(S) or snapshot(S)");
            }
            tables = new TableSnapshot(names, context::connect);
            snapshot = tables;
        } else {
            snapshot = state -> scenario.instance().snapshot(state);
        }
        @SuppressWarnings("unchecked")
        List<Consumer<Object>> workers = scenario.actors().stream()
                .map(a -> (Consumer<Object>) a.body()).toList();
        SerialOrders<Object> orders = SerialOrders.run(scenario::setup, workers, snapshot, limit);
        return scenario.withSerial(orders.property(snapshot));
    }

    /** @return what the default snapshot reads, e.g. {@code the rows of users}, or null with a declared snapshot */
    String describe() {
        return tables == null ? null : "the rows of " + String.join(", ", tables.tables());
    }

    private String name() {
        return scenario.type().getSimpleName();
    }

    @Override
    public void close() {
        stopListening();
        if (tables != null) {
            tables.close();
        }
    }
}
