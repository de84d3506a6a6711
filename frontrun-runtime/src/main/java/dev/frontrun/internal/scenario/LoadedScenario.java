package dev.frontrun.internal.scenario;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Predicate;

import dev.frontrun.internal.jdbc.ScenarioConnections;
import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.Expect;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.Scenario;

/**
 * A scenario instance with its declaration, checked once: public no-argument constructor, at least two actors with
 * distinct names.
 *
 * @param type the class
 * @param instance the instance
 * @param declaration its annotation
 * @param serial the serializability oracle's property (throws {@link AssertionError} when broken), or null
 */
public record LoadedScenario(Class<?> type, Scenario<Object> instance, RaceScenario declaration,
        Predicate<Object> serial) {

    /**
     * @param className the scenario class
     * @param loader where to load it from
     * @return the loaded scenario
     * @throws IllegalArgumentException when the class is not a usable scenario (the message says how to fix it)
     */
    @SuppressWarnings("unchecked")
    public static LoadedScenario load(String className, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("Scenario class " + className + " is not on the test class path.", e);
        }
        RaceScenario declaration = type.getAnnotation(RaceScenario.class);
        if (declaration == null || !Scenario.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(className + " is not a race scenario: it must implement "
                    + Scenario.class.getName() + " and be annotated with @" + RaceScenario.class.getSimpleName() + ".");
        }
        try {
            Scenario<Object> instance = (Scenario<Object>) type.getDeclaredConstructor().newInstance();
            return new LoadedScenario(type, instance, declaration, null);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(className + " needs a public no-argument constructor.", e);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("Could not create " + className + ": " + e, e);
        }
    }

    /** @return the actors, checked */
    public List<Actor<Object>> actors() {
        List<Actor<Object>> actors = instance.actors();
        if (actors == null || actors.size() < 2) {
            throw new IllegalArgumentException(type.getName() + ".actors() must return at least two actors.");
        }
        if (actors.stream().map(Actor::name).distinct().count() != actors.size()) {
            throw new IllegalArgumentException(type.getName() + ".actors() has two actors with the same name.");
        }
        return actors;
    }

    /** @return the declared expectation */
    public Expect expect() {
        return declaration.expect();
    }

    /** @return the declared schedule, or null */
    public String schedule() {
        return declaration.schedule().isBlank() ? null : declaration.schedule();
    }

    /** @return whether the class implements {@link Scenario#holds} (an invariant) */
    public boolean declaresInvariant() {
        return implementsMethod("holds");
    }

    /** @return whether the class implements {@link Scenario#snapshot} (what the serializability oracle compares) */
    public boolean declaresSnapshot() {
        return implementsMethod("snapshot");
    }

    private boolean implementsMethod(String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == 1 && !m.isBridge() && !m.isSynthetic()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @param property the serializability oracle's property
     * @return this scenario judged by its invariant and the property
     */
    public LoadedScenario withSerial(Predicate<Object> property) {
        return new LoadedScenario(type, instance, declaration, property);
    }

    /**
     * Runs the invariant, then the serializability oracle's property when there is one.
     *
     * @param state the execution's state
     * @return null when both hold, else what failed
     */
    public String violation(Object state) {
        try {
            if (!instance.holds(state)) {
                return "the invariant was false";
            }
        } catch (AssertionError e) {
            return "the invariant failed: " + e.getMessage();
        }
        try {
            return serial == null || serial.test(state) ? null : "the final state matches no serial order";
        } catch (AssertionError e) {
            return e.getMessage();
        }
    }

    /**
     * The invariant and the serializability oracle as one property, for the explorer.
     *
     * @param state the execution's state
     * @return whether both hold
     * @throws AssertionError when one fails with a message
     */
    public boolean holds(Object state) {
        return instance.holds(state) && (serial == null || serial.test(state));
    }

    /**
     * Begins a run (an execution, a marker run, a trial): connections the scenario closed before it may be handed out
     * again ({@link ScenarioConnections}), then its {@code setup()}.
     *
     * @return fresh state for one execution
     */
    public Object setup() {
        ScenarioConnections.nextRun();
        try {
            return instance.setup();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(type.getSimpleName() + ".setup() failed: " + e, e);
        }
    }
}
