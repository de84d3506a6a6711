package dev.frontrun.internal.marker;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which trace markers each actor passes: the actors run one after another, each to its end, under a coordinator
 * with an empty schedule (no marker holds anyone back), and every marker each one reaches is recorded in order. The
 * marker sequences a marker-order exploration interleaves.
 */
public final class MarkerTrail {

    private MarkerTrail() {
    }

    /**
     * @return whether any source on the default source roots declares a marker (when none does, there is nothing to
     *     record and no actor needs to run)
     */
    public static boolean anyDeclared() {
        return !MarkerIndex.of(MarkerIndex.defaultRoots()).declarations().isEmpty();
    }

    /**
     * Runs the actors one after another and records the markers each passes.
     *
     * @param actors actor name to its work, in the order to run them
     * @param timeout the time allowed for all of them
     * @return actor name to the markers it passed, in order (empty lists when it passed none)
     * @throws IllegalStateException when an actor threw or did not end in time
     */
    public static Map<String, List<String>> record(Map<String, Runnable> actors, Duration timeout) {
        MarkerSupport.install(MarkerIndex.of(MarkerIndex.defaultRoots()));
        MarkerCoordinator coordinator = new MarkerCoordinator(List.of(), timeout);
        Map<String, MarkerCoordinator.Worker> workers = new LinkedHashMap<>();
        actors.forEach((name, task) -> workers.put(name, coordinator.start(name, task)));
        MarkerCoordinator.Outcome outcome = coordinator.drive(timeout);
        Map<String, List<String>> passed = new LinkedHashMap<>();
        for (MarkerCoordinator.Worker w : workers.values()) {
            if (w.error() != null) {
                throw new IllegalStateException("actor " + w.name() + " threw " + w.error()
                        + " while its markers were recorded", w.error());
            }
            passed.put(w.name(), w.passed());
        }
        if (!outcome.allEnded()) {
            throw new IllegalStateException("not every actor ended within " + Durations.text(timeout.toNanos())
                    + " while their markers were recorded");
        }
        return passed;
    }
}
