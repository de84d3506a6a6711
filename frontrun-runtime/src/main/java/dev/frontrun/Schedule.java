package dev.frontrun;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An ordered list of {@link Step}s that a {@link TraceExecutor} forces on its threads.
 *
 * <p>The text form is the steps separated by commas, for example
 * {@code a:orm_read, b:orm_read, a:orm_write, b:orm_write}; {@link #parse(String)} reads it back.
 */
public final class Schedule {

    private final List<Step> steps;

    private Schedule(List<Step> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A schedule needs at least one step, e.g. Schedule.parse(\"a:m1, b:m1\").");
        }
        this.steps = List.copyOf(steps);
    }

    /**
     * Creates a schedule from steps in order.
     *
     * @param steps the steps
     * @return the schedule
     */
    public static Schedule of(Step... steps) {
        return new Schedule(Arrays.asList(steps));
    }

    /**
     * Creates a schedule from steps in order.
     *
     * @param steps the steps
     * @return the schedule
     */
    public static Schedule of(List<Step> steps) {
        return new Schedule(new ArrayList<>(steps));
    }

    /**
     * Parses the text form, {@code thread:marker} steps separated by commas (or new lines).
     *
     * @param text the text form
     * @return the schedule
     * @throws IllegalArgumentException when a step is malformed or there is none
     */
    public static Schedule parse(String text) {
        List<Step> steps = new ArrayList<>();
        for (String part : text.split("[,\\n]")) {
            if (!part.isBlank()) {
                steps.add(Step.parse(part));
            }
        }
        return new Schedule(steps);
    }

    /** @return the steps in order, unmodifiable */
    public List<Step> steps() {
        return steps;
    }

    /** @return the thread names in order of first appearance */
    public Set<String> threads() {
        Set<String> names = new LinkedHashSet<>();
        steps.forEach(s -> names.add(s.thread()));
        return names;
    }

    /** @return the marker names in order of first appearance */
    public Set<String> markers() {
        Set<String> names = new LinkedHashSet<>();
        steps.forEach(s -> names.add(s.marker()));
        return names;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schedule other && other.steps.equals(steps);
    }

    @Override
    public int hashCode() {
        return steps.hashCode();
    }

    @Override
    public String toString() {
        return steps.stream().map(Step::toString).collect(Collectors.joining(", "));
    }
}
