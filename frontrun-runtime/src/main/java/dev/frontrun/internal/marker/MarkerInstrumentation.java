package dev.frontrun.internal.marker;

import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.frontrun.internal.agent.Agents;

/**
 * Installs a {@link MarkerTransformer} for a {@link MarkerIndex} once per JVM and retransforms the marked classes
 * that were loaded before it.
 */
final class MarkerInstrumentation {

    private static final Set<MarkerIndex> INSTALLED = new HashSet<>();

    private MarkerInstrumentation() {
    }

    static synchronized void ensure(MarkerIndex index) {
        if (index.hasNoCommentMarkers() || INSTALLED.contains(index)) {
            return;
        }
        Instrumentation inst = Agents.instrumentation();
        inst.addTransformer(new MarkerTransformer(index), true);
        INSTALLED.add(index);
        List<Class<?>> loaded = new ArrayList<>();
        for (Class<?> type : inst.getAllLoadedClasses()) {
            if (type.getClassLoader() != null && !type.isArray() && inst.isModifiableClass(type)
                    && index.hasPackage(type.getPackageName().replace('.', '/'))) {
                loaded.add(type);
            }
        }
        if (!loaded.isEmpty()) {
            try {
                inst.retransformClasses(loaded.toArray(new Class<?>[0]));
            } catch (UnmodifiableClassException | RuntimeException | LinkageError e) {
                throw new IllegalStateException("frontrun could not insert trace markers into classes that were already"
                        + " loaded (" + e + "). Start the JVM with -javaagent:<frontrun-runtime.jar> so that marked"
                        + " classes are instrumented as they load.", e);
            }
        }
    }
}
