package dev.frontrun.internal.dpor;

import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

/**
 * One step of a test thread: the visible operation the scheduler sees, and what it does to shared memory when
 * it runs. Lock, spawn, join and end semantics are applied by {@link Run}; the effect only updates the thread's
 * own state (its program counter and locals).
 */
record Instr(Op op, Effect effect, ThreadBody child) {

    /** What a step does to shared variables when it runs. */
    interface Effect {
        void apply(int[] vars);
    }

    static Instr read(int var, IntConsumer got) {
        return new Instr(Op.read(var), vars -> got.accept(vars[var]), null);
    }

    static Instr write(int var, IntSupplier value, Runnable then) {
        return new Instr(Op.write(var), vars -> {
            vars[var] = value.getAsInt();
            then.run();
        }, null);
    }

    /** Compare-and-set: reports 1 on success, 0 on failure. */
    static Instr cas(int var, int expected, int update, IntConsumer result) {
        return new Instr(Op.readModifyWrite(var), vars -> {
            if (vars[var] == expected) {
                vars[var] = update;
                result.accept(1);
            } else {
                result.accept(0);
            }
        }, null);
    }

    static Instr lock(int lock, Runnable then) {
        return new Instr(Op.acquire(lock), vars -> then.run(), null);
    }

    static Instr unlock(int lock, Runnable then) {
        return new Instr(Op.release(lock), vars -> then.run(), null);
    }

    static Instr spawn(int childId, ThreadBody child, Runnable then) {
        return new Instr(Op.spawn(childId), vars -> then.run(), child);
    }

    /** Releases monitor {@code lock} and waits for a notification; the re-acquire is a separate {@link #lock}. */
    static Instr await(int lock, Runnable then) {
        return new Instr(new Op(OpKind.WAIT, lock), vars -> then.run(), null);
    }

    /** Wakes every waiter of monitor {@code lock} (notifyAll). */
    static Instr notifyAll(int lock, Runnable then) {
        return new Instr(new Op(OpKind.NOTIFY, lock), vars -> then.run(), null);
    }

    /** Parks thread {@code self}: enabled once its permit is available, consumes it. */
    static Instr park(int self, Runnable then) {
        return new Instr(new Op(OpKind.PARK, self), vars -> then.run(), null);
    }

    /** Makes the permit of {@code thread} available. */
    static Instr unpark(int thread, Runnable then) {
        return new Instr(new Op(OpKind.UNPARK, thread), vars -> then.run(), null);
    }

    static Instr join(int thread, Runnable then) {
        return new Instr(Op.join(thread), vars -> then.run(), null);
    }
}
