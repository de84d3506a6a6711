package dev.frontrun.internal.sched;

import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.frontrun.internal.vocab.OpKind;
import dev.frontrun.internal.vocab.Sites;

/**
 * What threads the scheduler does not manage did during one execution: whether one ran application code (the
 * execution was then not fully controlled), and whether one may still wake a managed thread. When every managed
 * thread stands blocked while such a thread is at work, the blockage does not count until a grace period is over.
 * Guarded by the {@link Execution}'s monitor unless marked volatile.
 */
final class Outsiders {

    /** A call the scheduler does not model ran on a managed thread (an asynchronous channel): no verdict. */
    private volatile String unmodelled;
    private volatile String hidden;

    /** How long all managed threads may stand blocked while an unmanaged thread at work may still wake them. */
    private static final long EXTERNAL_GRACE = TimeUnit.SECONDS.toNanos(1);
    /** The same when some are parked but no unmanaged thread was seen yet (it may not have reached its work). */
    private static final long PARK_GRACE = TimeUnit.MILLISECONDS.toNanos(40);

    /** An application thread the scheduler does not manage ran instrumented code during the execution. */
    private volatile String unmanaged;
    /** Whether a thread the scheduler does not manage was woken by, or ran code beside, the managed ones. */
    private volatile boolean activity;
    private boolean graceOver;
    /** When every managed thread stood blocked waiting for an unmanaged one, or 0. */
    private long stalledSince;

    /**
     * Notes that a thread the scheduler does not manage ran instrumented application code (a thread started before
     * the execution, a shared pool's worker): what it did was not controlled.
     *
     * @param t the thread
     * @param site where, or -1
     * @param finished whether the execution has already ended (then it no longer matters)
     */
    void ranCode(Thread t, int site, boolean finished) {
        activity = true;
        if (unmanaged == null && !(t instanceof Worker) && !finished) {
            unmanaged = "thread '" + t.getName() + "', which the scheduler does not manage (it was not started by a"
                    + " worker during this execution: a shared pool's thread, or one started before), ran application"
                    + " code"
                    + (site >= 0 ? " at " + Sites.get(site).location() : "");
        }
    }

    /** A managed thread woke a thread the scheduler does not manage: that thread may now act on the workers. */
    void woken() {
        activity = true;
    }

    /** @return why the execution was not fully controlled because an unmanaged thread ran application code, or null */
    String unmanaged() {
        return unmanaged;
    }

    /**
     * Every managed thread is blocked: asks whether an outsider may still wake one (it is at work, or a thread is
     * parked untimed and it may just have been handed work), and if so starts the grace period.
     *
     * @return whether the blockage should wait for the grace period
     */
    boolean mayStillWake(List<ThreadView> views) {
        if (graceOver || !(activity || parkedUntimed(views) || LoopbackIo.waiting(views))) {
            return false;
        }
        stalledSince = stalledSince != 0 ? stalledSince : System.nanoTime();
        return true;
    }

    /** An outsider changed the model (an external unpark): the managed threads are no longer stalled. */
    void changedModel() {
        stalledSince = 0;
    }

    /**
     * @param now the watchdog's time
     * @return whether the grace period just ended (the blockage now counts)
     */
    boolean graceExpired(long now) {
        if (stalledSince != 0 && now - stalledSince > (activity ? EXTERNAL_GRACE : PARK_GRACE)) {
            graceOver = true;
            return true;
        }
        return false;
    }

    /** @return whether some blocked thread waits in an untimed park (an unmanaged thread could unpark it) */
    private static boolean parkedUntimed(List<ThreadView> views) {
        for (ThreadView v : views) {
            if (!v.enabled() && v.pending() != null && v.pending().kind() == OpKind.PARK && !v.pending().timed()) {
                return true;
            }
        }
        return false;
    }

    /** Notes that a managed thread made a call the scheduler does not model ({@code what}: the call and its site). */
    void noteUnmodelled(String what) {
        if (unmodelled == null) {
            unmodelled = what;
        }
    }

    /** Notes that application code changed shared state no scheduling point shows ({@code what}: the call, site). */
    void noteHidden(String what) {
        if (hidden == null) {
            hidden = what;
        }
    }

    /** @return the first call of the execution that changed shared state unseen, or null */
    String hidden() {
        return hidden;
    }

    /** @return the first call of the execution that the scheduler does not model, or null */
    String unmodelledCall() {
        return unmodelled;
    }
}
