package dev.frontrun.internal.sched;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * Makes a {@link ThreadPoolExecutor} walk its workers in a repeatable order. The pool keeps them in a
 * {@code HashSet} ordered by identity hash codes, which differ from one execution to the next; {@code shutdown}
 * interrupts its idle workers in that order, so replaying a recorded interleaving would meet the interrupts in
 * another order. The set is swapped for a {@link LinkedHashSet} (a {@code HashSet}, ordered by when each worker
 * was added, which the scheduler decides) when the execution first meets the pool, before it has workers.
 */
final class StablePools {

    private static final Field WORKERS = workersField();

    private StablePools() {
    }

    /** @param receiver an object the execution meets in java.util.concurrent (only pools are changed) */
    static void stabilize(Object receiver) {
        if (!(receiver instanceof ThreadPoolExecutor pool) || WORKERS == null || !JdkDomains.accessible()) {
            return;
        }
        try {
            WORKERS.setAccessible(true);
            Object workers = WORKERS.get(pool);
            if (workers != null && workers.getClass() == HashSet.class && ((HashSet<?>) workers).isEmpty()) {
                WORKERS.set(pool, new LinkedHashSet<>());
            }
        } catch (IllegalAccessException | RuntimeException e) {
            // left as it is: a replay that meets another order says so (a divergence), it is never silent
        }
    }

    private static Field workersField() {
        try {
            Field f = ThreadPoolExecutor.class.getDeclaredField("workers");
            return f.getType() == HashSet.class ? f : null;
        } catch (NoSuchFieldException | RuntimeException e) {
            return null;
        }
    }
}
