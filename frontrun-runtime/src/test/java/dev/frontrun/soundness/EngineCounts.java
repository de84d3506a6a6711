package dev.frontrun.soundness;

import java.lang.reflect.Method;

import dev.frontrun.internal.dpor.DporOptions;

/**
 * The engine-level yardstick: how many executions unbounded DPOR explores on the abstract programs of
 * {@code internal/dpor} ({@code LiteraturePrograms}, {@code Programs}), run through the engine alone exactly as
 * {@code LiteratureBenchmarksTest} runs them. Those test classes are package-private, so they are reached by
 * reflection; nothing is copied, so the yardstick moves with the engine-level tests.
 */
final class EngineCounts {

    private static final String PKG = "dev.frontrun.internal.dpor.";

    private EngineCounts() {
    }

    /**
     * @param factory {@code LiteraturePrograms} or {@code Programs}
     * @param program the static factory method, such as {@code lastzero}
     * @param size its int argument
     * @return the engine's execution count for that program, explored unbounded
     */
    static long executions(String factory, String program, int size) {
        try {
            Class<?> programs = Class.forName(PKG + factory);
            Method make = programs.getDeclaredMethod(program, int.class);
            make.setAccessible(true);
            Object p = make.invoke(null, size);
            Class<?> explorations = Class.forName(PKG + "Explorations");
            Method explore = explorations.getDeclaredMethod("explore", Class.forName(PKG + "Program"),
                    DporOptions.class);
            explore.setAccessible(true);
            Object result = explore.invoke(null, p, DporOptions.unbounded());
            Method executions = result.getClass().getDeclaredMethod("executions");
            executions.setAccessible(true);
            return (Long) executions.invoke(result);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot run the engine-level program " + factory + "." + program + "("
                    + size + "); did internal/dpor's test helpers change shape?", e);
        }
    }
}
