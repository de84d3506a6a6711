package dev.frontrun.internal.sched;

import java.lang.reflect.Field;
import java.util.concurrent.FutureTask;
import java.util.concurrent.locks.LockSupport;

/**
 * The runner of a {@link FutureTask} that a {@code cancel(true)} is interrupting: the JDK spins in
 * {@code Thread.yield()} until the canceller has delivered the interrupt ({@code handlePossibleCancellationInterrupt}).
 * Under the scheduler the canceller stops at its interrupt, a scheduling point, so a spinning runner would never
 * reach one and the execution would hang. The runner parks instead, in the model: the canceller interrupts exactly
 * this thread (the future's runner, read before the runner let go of it; the state is set to interrupting only
 * then), which ends the park, and moves the state on in the same step. The park returns the thread with its
 * interrupt status set, as the spin does.
 */
final class CancellationWait {

    /** {@code FutureTask.INTERRUPTING}. */
    private static final int INTERRUPTING = 5;
    private static final Field STATE = stateField();

    private CancellationWait() {
    }

    /** @param future the future whose {@code run} is ending, on its runner's thread */
    static void await(Execution e, Object future) {
        if (e == null || STATE == null || !JdkDomains.accessible()) {
            return;
        }
        ManagedThread me = e.managedFor(Thread.currentThread());
        if (me == null || me.inHook) {
            return;
        }
        while (interrupting(future)) {
            LockSupport.park(future);
        }
    }

    private static boolean interrupting(Object future) {
        try {
            STATE.setAccessible(true);
            return STATE.getInt(future) == INTERRUPTING;
        } catch (IllegalAccessException | RuntimeException ex) {
            return false; // the JDK's own spin takes over
        }
    }

    private static Field stateField() {
        try {
            Field f = FutureTask.class.getDeclaredField("state");
            return f.getType() == int.class ? f : null;
        } catch (NoSuchFieldException | RuntimeException ex) {
            return null;
        }
    }
}
