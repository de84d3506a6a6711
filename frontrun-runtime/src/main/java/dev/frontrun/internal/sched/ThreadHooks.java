package dev.frontrun.internal.sched;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import dev.frontrun.internal.vocab.OpKind;
import dev.frontrun.internal.vocab.Sites;

/**
 * Threads: start, end, join, park and unpark, interrupt and uncaught exceptions, as scheduling points of the
 * managed threads (see {@link RuntimeHooks}).
 */
final class ThreadHooks {

    private ThreadHooks() {
    }

    static void threadStart(Thread thread) {
        Execution e = RuntimeHooks.current();
        ManagedThread me;
        if (e == null || thread.getState() != Thread.State.NEW || carrier(thread)
                || LoopbackIo.channelGroupStart() || (me = RuntimeHooks.enter(e)) == null) {
            return;
        }
        try (me) {
            int child;
            synchronized (e) {
                child = e.threads.nextChildId(me);
            }
            // started by JDK code (a pool adding a worker), the step after the start goes on in the JDK call
            e.point(me, ThreadOperations.spawn(child, thread, Sites.caller(OpKind.SPAWN))
                    .touching(me.within(LibraryHooks.hiddenAfterLockSupport(me.hiddenDomain))));
        }
    }

    /**
     * The parent of a managed thread waits until the child reaches its first scheduling point, so that the code a
     * new thread runs before it (a pool worker's start-up inside the JDK) never runs beside the parent: otherwise
     * which of the two gets somewhere first depends on timing, and replays diverge. A child the JVM blocks on the
     * way (a monitor the parent holds) is left to run beside it, as before.
     */
    static void threadStarted(Thread thread) {
        Execution e = RuntimeHooks.current();
        ManagedThread me;
        if (e == null || !e.threads.hasSpawned) {
            return;
        }
        ManagedThread child = e.managedFor(thread);
        if (child == null || (me = RuntimeHooks.enter(e)) == null) {
            return;
        }
        try (me) {
            ChildStart.awaitFirstPoint(e, child);
        }
    }

    /** A carrier of virtual threads (JDK 21+), started on demand by the JVM's scheduler: never managed itself. */
    private static boolean carrier(Thread thread) {
        return thread.getClass().getName().equals("jdk.internal.misc.CarrierThread");
    }

    static void threadExit() {
        Execution e = RuntimeHooks.current();
        ManagedThread me;
        if (e == null || !e.threads.hasSpawned || (me = RuntimeHooks.enter(e)) == null) {
            return;
        }
        try (me) {
            e.point(me, Operation.plain(OpKind.END, -1));
        } catch (ExecutionAborted aborted) {
            // the thread is ending anyway
        }
    }

    static boolean join(Thread thread, long millis) {
        Execution e = RuntimeHooks.current();
        if (e == null) {
            return false;
        }
        ManagedThread target = e.managedFor(thread);
        ManagedThread me;
        if (target == null || (me = RuntimeHooks.enter(e)) == null) {
            return false;
        }
        try (me) {
            Timing.setDeadline(e, me, millis > 0, TimeUnit.MILLISECONDS.toNanos(millis));
            e.point(me, ThreadOperations.join(target.id, Sites.caller(OpKind.JOIN), millis > 0));
            if (target.status == ThreadStatus.DONE) {
                // ended in the model: let the thread really finish, so that isAlive() agrees
                awaitTermination(thread);
                return true;
            }
            // interrupted while the target still runs: the JDK's join throws InterruptedException at once
            return !Thread.currentThread().isInterrupted();
        }
    }

    private static void awaitTermination(Thread thread) {
        if (thread instanceof Worker) {
            return; // a pooled worker goes back to its pool
        }
        boolean interrupted = Thread.interrupted();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static boolean park(Object blocker, boolean timed) {
        return park(blocker, false, 0L, false);
    }

    static boolean parkTimed(Object blocker, long time, boolean absolute) {
        return park(blocker, true, time, absolute);
    }

    private static boolean park(Object blocker, boolean timed, long time, boolean absolute) {
        Execution e = RuntimeHooks.current();
        ManagedThread me;
        if (e == null || (timed && !absolute && time <= 0) || (me = RuntimeHooks.enter(e)) == null) {
            return false;
        }
        try (me) {
            if (timed && absolute) {
                Timing.setDeadlineAt(e, me, time);
            } else {
                Timing.setDeadline(e, me, timed, time);
            }
            // the JDK's own parks (inside synchronizers, queues, pools) re-check their condition in a loop, so a
            // spurious wake-up there shows nothing new: only the application's parks may be woken spuriously
            me.parkByApplication = !LibraryHooks.parkedByJdk();
            long hidden;
            synchronized (e) {
                // after the wake-up, JDK code goes on with the state of what it waited for: the blocker's domain
                // (a condition's await names itself the blocker before a park without one, ConditionNode.block)
                Object waitingFor = blocker != null ? blocker : LockSupport.getBlocker(Thread.currentThread());
                hidden = me.within(LibraryHooks.hiddenAfterLockSupport(e.domains.of(waitingFor, e.resources, me)));
            }
            e.point(me, ThreadOperations.park(me.id, Sites.caller(OpKind.PARK), timed).touching(hidden));
            return true;
        }
    }

    static boolean unpark(Thread thread) {
        Execution e = RuntimeHooks.current();
        if (e == null || thread == null || SchedulerUnpark.active()) {
            return false;
        }
        ManagedThread target = e.managedFor(thread);
        if (target == null) {
            if (e.managedFor(Thread.currentThread()) != null && !(thread instanceof Worker)) {
                e.outsiders.woken();
            }
            return false;
        }
        ManagedThread caller = e.managedFor(Thread.currentThread());
        if (caller == null || caller.status == ThreadStatus.DONE || caller.inHook) {
            // an unmanaged thread (or code running inside a hook): the permit is the target's in the model too, also
            // when it is not parked yet; then really unpark (a managed thread only ever really parks inside the
            // scheduler, which tolerates spurious wake-ups)
            ManagedThread wake = null;
            synchronized (e) {
                target.permit = true;
                if (target.pending != null && target.pending.kind() == OpKind.PARK) {
                    wake = e.modelChangedExternally();
                }
            }
            Turns.notifyChosen(wake);
            return false;
        }
        ManagedThread me = RuntimeHooks.enter(e);
        if (me == null) {
            return false;
        }
        try (me) {
            e.point(me, ThreadOperations.towards(OpKind.UNPARK, target.id, Sites.caller(OpKind.UNPARK))
                    .touching(LibraryHooks.hiddenAfterLockSupport(me.hiddenDomain)));
            return true;
        }
    }

    static boolean uncaught(Throwable failure) {
        Execution e = RuntimeHooks.current();
        ManagedThread me = e == null ? null : e.threads.spawnedFor(Thread.currentThread());
        if (me != null) {
            // a managed thread started during the execution: its exception fails the execution, like a worker's
            if (!e.aborted && !(failure instanceof ExecutionAborted)) {
                e.threadFailed(me, failure);
            }
            return true;
        }
        // a thread started in an execution that already ended, unwinding from the scheduler's stop (JDK code it was
        // stopped in may throw something else on the way out, such as an IllegalMonitorStateException)
        Execution owner = ManagedThreads.startedBy(Thread.currentThread());
        return failure instanceof ExecutionAborted || (owner != null && owner.isFinished());
    }

    static boolean interruptPending(Thread thread) {
        Execution e = RuntimeHooks.current();
        ManagedThread m;
        return e != null && thread != Thread.currentThread() && (m = e.managedFor(thread)) != null
                && m.interruptPending && m.status != ThreadStatus.RUNNING;
    }

    static void interrupt(Thread thread) {
        Execution e = RuntimeHooks.current();
        if (e == null || thread == null || thread == Thread.currentThread()) {
            return;
        }
        ManagedThread target = e.managedFor(thread);
        ManagedThread me;
        if (target == null || (me = RuntimeHooks.enter(e)) == null) {
            return;
        }
        try (me) {
            e.point(me, ThreadOperations.towards(OpKind.INTERRUPT, target.id, Sites.caller(OpKind.INTERRUPT))
                    .touching(LibraryHooks.hiddenAfterLockSupport(me.hiddenDomain)));
        }
    }
}
