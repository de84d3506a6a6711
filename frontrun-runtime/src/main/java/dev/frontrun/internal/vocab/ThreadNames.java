package dev.frontrun.internal.vocab;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * How the texts of one exploration name its threads: a declared worker by the name the user gave it (a scenario's
 * actor, a named {@code worker}), any other thread by its number (an unnamed worker {@code 0..n-1}, a started
 * thread the id its parent gave it). Texts write {@code "Thread " + of(id)}: {@code Thread a}, {@code Thread 2}.
 */
public final class ThreadNames {

    /** Every thread by its number: an exploration whose workers have no names. */
    public static final ThreadNames NUMBERED = new ThreadNames(List.of());

    private final List<String> workers;

    /**
     * @param workers the declared workers' names in order, {@code null} for a worker without one
     */
    public ThreadNames(List<String> workers) {
        this.workers = Collections.unmodifiableList(new ArrayList<>(workers));
    }

    /**
     * @param id a thread's id in the exploration
     * @return its name: the worker's name, else the number
     */
    public String of(int id) {
        String name = id >= 0 && id < workers.size() ? workers.get(id) : null;
        return name != null ? name : Integer.toString(id);
    }

    /** @return the declared workers' names in order, {@code null} for a worker without one */
    public List<String> workers() {
        return workers;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThreadNames n && n.workers.equals(workers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(workers);
    }

    @Override
    public String toString() {
        return "ThreadNames" + workers;
    }
}
