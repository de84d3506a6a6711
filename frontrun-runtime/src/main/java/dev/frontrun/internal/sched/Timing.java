package dev.frontrun.internal.sched;

import java.time.Instant;

/**
 * Which clock a managed thread sees and the deadlines of its timed waits. The virtual clock ({@link VirtualClock})
 * applies to managed threads of an execution whose options keep it on, except inside JDBC calls, where the driver
 * and the database measure real time; everywhere else (other threads, the scheduler's own code) time is real.
 */
final class Timing {

    private Timing() {
    }

    /** @return whether {@code me}'s timed waits and clock reads use virtual time now */
    static boolean virtual(Execution e, ManagedThread me) {
        return e.options.virtualClock() && me.jdbcDepth == 0;
    }

    /** Sets the deadline of the timed wait {@code me} is about to perform ({@code nanos} from now). */
    static void setDeadline(Execution e, ManagedThread me, boolean timed, long nanos) {
        if (!timed) {
            me.deadline = ManagedThread.NO_DEADLINE;
        } else {
            me.deadline = virtual(e, me) ? e.clock.deadlineIn(nanos) : ManagedThread.REAL_DEADLINE;
        }
    }

    /** Sets the deadline of the timed wait {@code me} is about to perform (until the instant {@code epochMillis}). */
    static void setDeadlineAt(Execution e, ManagedThread me, long epochMillis) {
        me.deadline = virtual(e, me) ? e.clock.deadlineAtMillis(epochMillis) : ManagedThread.REAL_DEADLINE;
    }

    /** @return the thread whose clock reads are virtual now, or {@code null} for the real clock */
    private static ManagedThread reader(Execution e) {
        if (!e.options.virtualClock()) {
            return null;
        }
        ManagedThread me = e.managedFor(Thread.currentThread());
        if (me == null || me.inHook || me.jdbcDepth > 0) {
            return null;
        }
        e.earlyExpiry.noteClockRead(e, me);
        return me;
    }

    static long nanoTime(Execution e) {
        return reader(e) == null ? System.nanoTime() : e.clock.nanoTime();
    }

    static long currentTimeMillis(Execution e) {
        return reader(e) == null ? System.currentTimeMillis() : e.clock.currentTimeMillis();
    }

    /** @return the virtual {@code Instant.now()} for a managed thread, or {@code null} for the real one */
    static Instant instant(Execution e) {
        if (reader(e) == null) {
            return null;
        }
        long adjustment = e.clock.nanoTimeAdjustment(0);
        return Instant.ofEpochSecond(0, adjustment);
    }
}
