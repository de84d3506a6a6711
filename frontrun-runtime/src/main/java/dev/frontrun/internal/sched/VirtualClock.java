package dev.frontrun.internal.sched;

import java.util.concurrent.TimeUnit;

/**
 * The time managed threads see under exploration: it stands still while they run and advances only when the
 * scheduler lets a timed wait expire (no thread can run otherwise), straight to that wait's deadline. So no wall
 * time is spent waiting, and every execution that makes the same choices reads the same clock values. The origin is
 * fixed for the life of the JVM, so replays read exactly the values the original execution read.
 */
final class VirtualClock {

    private static final long NANO_ORIGIN = System.nanoTime();
    private static final long MILLIS_ORIGIN = System.currentTimeMillis();
    private static final long NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);
    /** {@code VM.getNanoTimeAdjustment} answers -1 beyond this distance from its offset. */
    private static final long ADJUSTMENT_RANGE = 0xFFFFFFFFL;

    /** Virtual nanoseconds since the execution began. */
    private volatile long elapsed;

    /** @return the virtual nanoseconds since the execution began */
    long elapsed() {
        return elapsed;
    }

    /** @return what {@code System.nanoTime()} answers a managed thread */
    long nanoTime() {
        return NANO_ORIGIN + elapsed;
    }

    /** @return what {@code System.currentTimeMillis()} answers a managed thread */
    long currentTimeMillis() {
        return MILLIS_ORIGIN + elapsed / 1_000_000L;
    }

    /**
     * @param offsetSeconds the offset {@code jdk.internal.misc.VM.getNanoTimeAdjustment} is called with
     * @return what it answers a managed thread (the basis of {@code Instant.now()} and {@code Clock.systemUTC()})
     */
    long nanoTimeAdjustment(long offsetSeconds) {
        long nanos = MILLIS_ORIGIN * 1_000_000L + elapsed;
        long seconds = Math.floorDiv(nanos, NANOS_PER_SECOND) - offsetSeconds;
        if (seconds > ADJUSTMENT_RANGE || seconds < -ADJUSTMENT_RANGE) {
            return -1;
        }
        return nanos - offsetSeconds * NANOS_PER_SECOND;
    }

    /** @return the virtual time {@code nanos} from now (saturating) */
    long deadlineIn(long nanos) {
        long now = elapsed;
        return nanos >= ManagedThread.NO_DEADLINE - now ? ManagedThread.NO_DEADLINE - 1 : now + Math.max(0, nanos);
    }

    /** @return the virtual time of the wall-clock instant {@code epochMillis} */
    long deadlineAtMillis(long epochMillis) {
        long millis = epochMillis - currentTimeMillis();
        return millis <= 0 ? elapsed : deadlineIn(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    /** Moves the clock forward to {@code time} (never backwards). */
    void advanceTo(long time) {
        if (time > elapsed) {
            elapsed = time;
        }
    }
}
