package dev.frontrun;

import dev.frontrun.internal.marker.MarkerHook;

/**
 * Entry points of frontrun.
 */
public final class Frontrun {

    private Frontrun() {
    }

    /**
     * An explicit trace marker: under a {@link TraceExecutor} the calling thread pauses here while a step naming it and
     * {@code name} is still ahead in the schedule. Elsewhere it does nothing. Use it where a {@code // frontrun: NAME}
     * comment cannot be placed (code whose sources are not at hand to the runtime).
     *
     * @param name the marker name
     */
    public static void marker(String name) {
        MarkerHook.explicit(name);
    }
}
