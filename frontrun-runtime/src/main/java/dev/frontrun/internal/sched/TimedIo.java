package dev.frontrun.internal.sched;

import java.util.concurrent.TimeUnit;

import dev.frontrun.internal.vocab.OpKind;
import dev.frontrun.internal.vocab.Sites;

/**
 * I/O calls with a time limit between managed threads ({@code Socket.setSoTimeout} then a read,
 * {@code ServerSocket.setSoTimeout} then an accept, {@code Selector.select(long)}): timed waits of the virtual
 * clock. The call's point waits, like the untimed call's, until the call would return, or until its time runs out,
 * which happens when no other thread can run (or earlier, by the strategy's choice, with early expiry); data that
 * comes first wins. A call that timed out in the model then fails (or returns) as the JDK's does without entering
 * the kernel. Under the real clock the call keeps its unmodelled behaviour (the real timed call).
 */
final class TimedIo {

    private TimedIo() {
    }

    /**
     * Stops {@code me} before a timed I/O call until it would return or its time runs out.
     *
     * @param millis the call's time limit (positive)
     * @return whether the call timed out (nothing came before the limit)
     */
    static boolean point(Execution e, ManagedThread me, OpKind kind, String name, String call, IoWait wait,
            long millis) {
        if (!Timing.virtual(e, me)) {
            LoopbackIo.point(e, me, kind, name, call, null);
            return false;
        }
        Timing.setDeadline(e, me, true, TimeUnit.MILLISECONDS.toNanos(millis));
        e.point(me, CallOperations.io(kind, Loopback.RESOURCE, name, Sites.caller(kind), call, wait).timedIo());
        synchronized (e) {
            return !wait.ready(e, me);
        }
    }

    /** @return 1 once, after a read of {@code me} timed out in the model (its advice then throws), else 0 */
    static int readTimedOut(ManagedThread me) {
        boolean out = me.ioTimedOut;
        me.ioTimedOut = false;
        return out ? 1 : 0;
    }
}
