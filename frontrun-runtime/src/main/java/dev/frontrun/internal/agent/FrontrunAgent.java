package dev.frontrun.internal.agent;

import java.lang.instrument.Instrumentation;

/**
 * Entry point of the frontrun Java agent ({@code -javaagent:frontrun-runtime.jar} or a dynamic attach).
 *
 * <p>It only hands the {@link Instrumentation} to {@link Agents}; what gets instrumented is decided by the
 * parts of the runtime that need it (trace markers, the exploration scheduler).
 */
public final class FrontrunAgent {

    private FrontrunAgent() {
    }

    /**
     * Called by the JVM for {@code -javaagent}.
     *
     * @param options the agent options string, may be {@code null}
     * @param instrumentation the JVM's instrumentation service
     */
    public static void premain(String options, Instrumentation instrumentation) {
        Agents.install(options, instrumentation, false);
    }

    /**
     * Called by the JVM for a dynamic attach.
     *
     * @param options the agent options string, may be {@code null}
     * @param instrumentation the JVM's instrumentation service
     */
    public static void agentmain(String options, Instrumentation instrumentation) {
        Agents.install(options, instrumentation, true);
    }
}
