package dev.frontrun.internal.agent;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import net.bytebuddy.agent.ByteBuddyAgent;

/**
 * Holds the JVM's {@link Instrumentation} for the rest of the runtime.
 *
 * <p>When the JVM was started with {@code -javaagent} the agent hands it over in {@code premain}. Otherwise
 * (an ordinary JUnit test) the first caller of {@link #instrumentation()} self-attaches through byte-buddy-agent.
 * Listeners registered with {@link #onInstall(Consumer)} run once the instrumentation is known.
 */
public final class Agents {

    private static volatile Instrumentation instrumentation;
    private static volatile String options;
    private static volatile boolean dynamic;
    private static final List<Consumer<Instrumentation>> LISTENERS = new ArrayList<>();

    private Agents() {
    }

    static synchronized void install(String agentOptions, Instrumentation inst, boolean attached) {
        if (instrumentation != null) {
            return;
        }
        options = agentOptions;
        dynamic = attached;
        instrumentation = Objects.requireNonNull(inst, "instrumentation");
        for (Consumer<Instrumentation> listener : LISTENERS) {
            listener.accept(inst);
        }
    }

    /**
     * Returns the instrumentation, self-attaching when the JVM was started without the agent.
     *
     * @return the JVM's instrumentation service
     * @throws IllegalStateException when no agent was given and self-attach is not possible
     */
    public static Instrumentation instrumentation() {
        Instrumentation inst = instrumentation;
        if (inst != null) {
            return inst;
        }
        synchronized (Agents.class) {
            if (instrumentation == null) {
                Instrumentation attached;
                try {
                    attached = ByteBuddyAgent.install();
                } catch (RuntimeException e) {
                    throw new IllegalStateException("frontrun could not attach its agent to this JVM (" + e.getMessage()
                            + "). Start the JVM with -javaagent:<path to frontrun-runtime.jar>, or run on a JDK"
                            + " (not a JRE) with -Djdk.attach.allowAttachSelf=true.", e);
                }
                install(null, attached, true);
            }
            return instrumentation;
        }
    }

    /**
     * Runs {@code listener} with the instrumentation now if it is known, else as soon as it is.
     *
     * @param listener the code to run
     */
    public static synchronized void onInstall(Consumer<Instrumentation> listener) {
        if (instrumentation != null) {
            listener.accept(instrumentation);
        } else {
            LISTENERS.add(listener);
        }
    }

    /** @return whether an agent is installed (by -javaagent or attach) */
    public static boolean installed() {
        return instrumentation != null;
    }

    /** @return the options string given to the agent, or {@code null} */
    public static String options() {
        return options;
    }

    /** @return whether the agent arrived by dynamic attach rather than -javaagent */
    public static boolean dynamic() {
        return dynamic;
    }
}
