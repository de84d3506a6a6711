package dev.frontrun.internal.instrument;

import static net.bytebuddy.matcher.ElementMatchers.any;
import static net.bytebuddy.matcher.ElementMatchers.isDeclaredBy;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;

import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.asm.MemberSubstitution;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.description.type.TypeDescription;

/**
 * The clocks of the JDK's concurrency code: {@code System.nanoTime()} and {@code System.currentTimeMillis()} are
 * intrinsics without a body to advise, so their call sites in {@code java.util.concurrent} (deadlines of
 * {@code awaitNanos}, {@code tryAcquire(timeout)}, {@code poll(timeout)}, {@code Future.get(timeout)}, scheduled
 * executors' trigger times, ...) and in {@code java.time.Clock} are redirected to the bridge, which answers
 * managed threads with the virtual clock; {@code TimeUnit.sleep}'s call of {@code Thread.sleep} becomes the
 * scheduler's sleep; and {@code Clock.currentInstant()} (behind {@code Instant.now()}) is advised. Method bodies
 * only, so it works under retransformation on JDK 17 and later; classes loaded later are transformed on loading.
 */
final class ClockInstrumentation {

    private ClockInstrumentation() {
    }

    /**
     * @param className a class's binary name
     * @return whether the class is among those whose clock calls are redirected when they call a clock
     *         ({@link ClockCallers} decides that from the class file)
     */
    static boolean inScope(String className) {
        return className.startsWith("java.util.concurrent.") || className.equals("java.time.Clock")
                || className.startsWith("java.time.Clock$");
    }

    /**
     * The transformer that redirects the clocks; {@link JdkInstrumentation} registers and applies it (through its
     * cache of transformed classes).
     *
     * @param inst the instrumentation
     * @param bridge the bootstrap bridge the redirected calls go to
     * @return the transformer, not registered
     */
    static ClassFileTransformer transformer(Instrumentation inst, Class<?> bridge) {
        MemberSubstitution substitution;
        try {
            substitution = MemberSubstitution.relaxed()
                    .method(named("nanoTime").and(isDeclaredBy(System.class)).and(takesArguments(0)))
                    .replaceWith(bridge.getMethod("nanoTime"))
                    .method(named("currentTimeMillis").and(isDeclaredBy(System.class)).and(takesArguments(0)))
                    .replaceWith(bridge.getMethod("currentTimeMillis"))
                    .method(named("sleep").and(isDeclaredBy(Thread.class))
                            .and(takesArguments(long.class, int.class)))
                    .replaceWith(bridge.getMethod("jdkSleep", long.class, int.class));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("frontrun's bridge lacks a clock method", e);
        }
        ElementMatcher.Junction<TypeDescription> types = nameStartsWith("java.util.concurrent.")
                .or(named("java.time.Clock")).or(nameStartsWith("java.time.Clock$"))
                .and(new ClockCallers());
        return Installer.builder(null, Installer.jdkPool())
                .ignore(net.bytebuddy.matcher.ElementMatchers.not(types))
                .assureReadEdgeTo(inst, bridge)
                .type(types)
                .transform((b, type, loader, module, domain) -> b.visit(substitution.on(any())))
                .type(named("java.time.Clock"))
                .transform(new AgentBuilder.Transformer.ForAdvice()
                        .include(Installer.class.getClassLoader())
                        .advice(named("currentInstant").and(takesArguments(0)),
                                "dev.frontrun.internal.instrument.JdkAdvice$CurrentInstant"))
                .makeRaw();
    }
}
