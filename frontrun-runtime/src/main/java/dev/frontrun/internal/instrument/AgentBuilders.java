package dev.frontrun.internal.instrument;

import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.dynamic.Nexus;

/**
 * Where frontrun's byte-buddy agent builders start. A new builder's default initialization strategy (replaced by
 * {@code NoOp} in every builder frontrun makes) initialises byte-buddy's {@code NexusAccessor}, which injects
 * byte-buddy's {@code Nexus} class into the system class loader: the largest single share of an agent JVM's start-up
 * (about a quarter of the installing thread's samples, and on JDK 24+ the JVM's warning that {@code sun.misc.Unsafe}
 * was called). frontrun never uses the nexus, so it is switched off with byte-buddy's own property, for frontrun's
 * shaded copy only (its property name is relocated with it); an unshaded byte-buddy (frontrun's own tests) may be the
 * application's too and is left as it is, as is a property the user set.
 */
public final class AgentBuilders {

    private AgentBuilders() {
    }

    /** @return a new default agent builder, the nexus of frontrun's shaded byte-buddy switched off first */
    public static AgentBuilder.Default create() {
        if (AgentBuilder.class.getName().startsWith("dev.frontrun.internal.shaded.")
                && System.getProperty(Nexus.PROPERTY) == null) {
            System.setProperty(Nexus.PROPERTY, "true");
        }
        return new AgentBuilder.Default();
    }
}
