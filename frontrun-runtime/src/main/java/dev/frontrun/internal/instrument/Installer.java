package dev.frontrun.internal.instrument;

import static net.bytebuddy.matcher.ElementMatchers.isSynchronized;

import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.pool.TypePool;

import dev.frontrun.internal.agent.Agents;
import dev.frontrun.internal.vocab.Includes;
import dev.frontrun.internal.vocab.Scope;

/**
 * Puts the scheduling points in place: the bridge into the bootstrap loader, advice into the JDK classes (threads,
 * {@code LockSupport}, atomics, sockets; wired by {@link JdkAdviceWiring}, applied by {@link JdkInstrumentation}),
 * and field/monitor instrumentation into
 * the included application classes.
 * Everything is retransformation-compatible (method bodies only), because with self-attach the application's
 * classes are usually loaded already.
 */
public final class Installer {

    private static boolean base;
    private static final List<Includes> INSTALLED = new ArrayList<>();
    private static final Set<String> PATTERNS = new LinkedHashSet<>();
    private static final Set<String> TRANSFORMED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private Installer() {
    }

    /**
     * Makes sure the bridge, the JDK hooks, the application's classes and the classes the scope includes are
     * instrumented, and makes {@code scope} the one hooks ask.
     *
     * @param scope the exploration's scope
     */
    public static synchronized void ensure(Scope scope) {
        StartupTimes times = base ? null : new StartupTimes();
        Instrumentation inst = Agents.instrumentation();
        if (!base) {
            times.lap("instrumentation (agent or self-attach)");
            BootstrapInjector.inject(inst);
            Class<?> bridge = HookWiring.wire();
            times.lap("bridge and hooks");
            String jdk = JdkInstrumentation.install(inst, bridge);
            times.lap("JDK advice and virtual clock (" + jdk + ")");
            install(inst, Scope::isApplication, true);
            times.lap("application classes");
            base = true;
        }
        List<String> patterns = scope.includePatterns();
        if (!patterns.isEmpty() && PATTERNS.add(String.join(",", patterns))) {
            Includes includes = Includes.of(patterns, List.of());
            List<Includes> earlier = List.copyOf(INSTALLED);
            INSTALLED.add(includes);
            install(inst, (n, domain) -> {
                if (!includes.matches(n) || Scope.isApplication(n, domain)) {
                    return false;
                }
                for (Includes e : earlier) {
                    if (e.matches(n)) {
                        return false;
                    }
                }
                return true;
            }, false);
        }
        JdkInstrumentation.retransformMissedClasses();
        Scope.activate(scope);
        if (times != null) {
            times.lap("scope");
            times.print();
        }
    }

    /**
     * One type pool cache for the JDK's classes, shared by every transformation of them: the advice and the clock
     * substitution resolve the same JDK types (System, Thread, the locks) for each class they retransform, and the
     * cache parses each class file once instead of once per class transformed.
     */
    private static final AgentBuilder.PoolStrategy JDK_POOL = new AgentBuilder.PoolStrategy.WithTypePoolCache.Simple(
            TypePool.Default.ReaderMode.FAST, new java.util.concurrent.ConcurrentHashMap<>());

    static AgentBuilder builder(Set<Class<?>> explicit) {
        return builder(explicit, AgentBuilder.PoolStrategy.Default.FAST);
    }

    /**
     * @param explicit the classes to retransform now (the matchers still select among them), or null for every
     *        loaded class the matchers select
     * @param pool how type descriptions are resolved
     * @return a retransforming builder (method bodies only)
     */
    static AgentBuilder builder(Set<Class<?>> explicit, AgentBuilder.PoolStrategy pool) {
        AgentBuilder.RedefinitionListenable.WithImplicitDiscoveryStrategy all = AgentBuilders.create()
                .disableClassFormatChanges()
                .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
                // all classes in one retransformation (each call costs a pass over every transformer); when the JVM
                // refuses the batch, one class at a time, so a class it refuses costs the others nothing
                .with(AgentBuilder.RedefinitionStrategy.BatchAllocator.ForTotal.INSTANCE);
        AgentBuilder.RedefinitionListenable r = explicit == null ? all
                : all.with(new AgentBuilder.RedefinitionStrategy.DiscoveryStrategy.Explicit(explicit));
        AgentBuilder b = r
                .with(new AgentBuilder.RedefinitionStrategy.Listener.BatchReallocator(
                        AgentBuilder.RedefinitionStrategy.BatchAllocator.ForFixedSize.ofSize(1)))
                .with(new AgentBuilder.RedefinitionStrategy.Listener.Adapter() {
                    @Override
                    public Iterable<? extends List<Class<?>>> onError(int index, List<Class<?>> batch,
                            Throwable throwable, List<Class<?>> types) {
                        if (batch.size() == 1) {
                            System.err.println("frontrun: could not instrument " + batch + ": " + throwable);
                        }
                        return List.of();
                    }
                });
        return b.with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
                .with(AgentBuilder.TypeStrategy.Default.DECORATE)
                .with(pool)
                .with(Boolean.getBoolean("frontrun.debugInstrumentation")
                        ? AgentBuilder.Listener.StreamWriting.toSystemError().withTransformationsOnly()
                        : AgentBuilder.Listener.StreamWriting.toSystemError().withErrorsOnly());
    }

    /** @return the type pool strategy of the JDK's classes, with its cache shared by all their transformations */
    static AgentBuilder.PoolStrategy jdkPool() {
        return JDK_POOL;
    }

    /**
     * Instruments the classes {@code selects} selects (by name and protection domain), now and when they load. The
     * selections of successive calls are disjoint (retransformation runs every installed transformer again), so no
     * class is instrumented twice. The loaded classes are selected here, and only those are handed to byte-buddy:
     * its discovery would describe and match each of the JVM's thousands of loaded classes.
     */
    private static void install(Instrumentation inst, BiPredicate<String, ProtectionDomain> selects,
            boolean application) {
        AgentBuilder.RawMatcher mine = (type, loader, module, redefined, domain) -> selects.test(type.getName(),
                domain);
        builder(selected(inst, selects))
                // classes the verifier loads while another class is retransformed must still be transformed
                .with(AgentBuilder.CircularityLock.Inactive.INSTANCE)
                .ignore(new AgentBuilder.RawMatcher.Inversion(mine))
                .type(mine)
                .transform((b, type, loader, module, domain) -> {
                    TRANSFORMED.add(type.getName());
                    if (application) {
                        Scope.markApplication(type.getName());
                    }
                    return b.visit(new AccessInstrumenter())
                            .visit(Advice.to(SyncMethodAdvice.class).on(isSynchronized()));
                })
                .installOn(inst);
        retransformMissed(inst, selects);
    }

    /** @return the loaded classes that can be retransformed and that {@code selects} selects, and not seen yet */
    private static Set<Class<?>> selected(Instrumentation inst, BiPredicate<String, ProtectionDomain> selects) {
        Set<Class<?>> chosen = new java.util.LinkedHashSet<>();
        for (Class<?> c : inst.getAllLoadedClasses()) {
            if (!c.isArray() && !c.isPrimitive() && !c.isHidden() && !TRANSFORMED.contains(c.getName())
                    && inst.isModifiableClass(c) && selects.test(c.getName(), c.getProtectionDomain())) {
                chosen.add(c);
            }
        }
        return chosen;
    }

    /**
     * Classes the verifier loads while other classes are being retransformed skip every transformer; find them and
     * retransform them now.
     */
    private static void retransformMissed(Instrumentation inst, BiPredicate<String, ProtectionDomain> selects) {
        for (int round = 0; round < 3; round++) {
            List<Class<?>> missed = new ArrayList<>(selected(inst, selects));
            if (missed.isEmpty()) {
                return;
            }
            try {
                inst.retransformClasses(missed.toArray(new Class<?>[0]));
            } catch (java.lang.instrument.UnmodifiableClassException | RuntimeException | LinkageError e) {
                // one class the JVM refuses must not cost the others their instrumentation: retry one by one
                for (Class<?> c : missed) {
                    try {
                        inst.retransformClasses(c);
                    } catch (java.lang.instrument.UnmodifiableClassException | RuntimeException | LinkageError one) {
                        TRANSFORMED.add(c.getName());
                        System.err.println("frontrun: could not instrument " + c.getName() + ": " + one);
                    }
                }
            }
        }
    }
}
