package dev.frontrun.scenario;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * One thread of a {@link Scenario}: a name (used in marker schedules and reports) and its work.
 *
 * @param name the thread name, e.g. {@code a}
 * @param body the work, given the execution's state
 * @param <S> the state type
 */
public record Actor<S>(String name, Consumer<? super S> body) {

    /** Checks the parts. */
    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
    }

    /**
     * @param name the thread name
     * @param body the work
     * @param <S> the state type
     * @return the actor
     */
    public static <S> Actor<S> of(String name, Consumer<? super S> body) {
        return new Actor<>(name, body);
    }
}
