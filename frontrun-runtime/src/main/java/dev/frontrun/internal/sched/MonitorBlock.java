package dev.frontrun.internal.sched;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Map;

import dev.frontrun.internal.vocab.OpKind;
import dev.frontrun.internal.vocab.Scope;
import dev.frontrun.internal.vocab.Site;
import dev.frontrun.internal.vocab.Sites;

/**
 * Why the JVM blocked a running managed thread on a monitor: another managed thread owns it in the model and holds
 * it across a scheduling point (the block becomes a pending acquisition), a managed thread holds a modelled monitor
 * only on its way to letting go (transient), or neither (the watchdog detaches the thread as before).
 *
 * @param modelled the monitor when the model knows it and a parked managed thread owns it, else {@code null}
 * @param transientHold whether the holder is a managed thread about to let go of a modelled monitor
 */
record MonitorBlock(Object modelled, boolean transientHold) {

    /** Called with the execution's monitor held. */
    static MonitorBlock of(Execution exec, ManagedThread t) {
        ThreadInfo info = ManagementFactory.getThreadMXBean().getThreadInfo(t.thread.getId());
        if (info == null || info.getLockInfo() == null || info.getLockOwnerId() < 0) {
            // caught between two states (the monitor just changed hands): look again at the next tick
            return new MonitorBlock(null, true);
        }
        int hash = info.getLockInfo().getIdentityHashCode();
        if (hash == System.identityHashCode(exec)) {
            // the scheduler's own monitor, which the explorer and the threads in a hook hold only briefly: the thread
            // is entering the scheduler (a hook that looks at the execution before it marks itself inside)
            return new MonitorBlock(null, true);
        }
        long ownerId = info.getLockOwnerId();
        ManagedThread holder = null;
        for (ManagedThread m : exec.threads) {
            if (m.thread.getId() == ownerId) {
                holder = m;
            }
        }
        if (holder == null) {
            return new MonitorBlock(null, false);
        }
        for (Map.Entry<Object, LockState> e : exec.resources.allLocks()) {
            if (System.identityHashCode(e.getKey()) == hash) {
                boolean parkedOwner = e.getValue().owner == holder && holder.status != ThreadStatus.RUNNING;
                // otherwise the holder is on its way to let go: inside the scheduler, waiting for its own turn to
                // take the monitor in the model, or running to its release
                return parkedOwner ? new MonitorBlock(e.getKey(), false) : new MonitorBlock(null, true);
            }
        }
        return new MonitorBlock(null, false);
    }

    /** @return the site of the blocked call: the innermost frame of the exploration's code on the thread's stack */
    static int site(ManagedThread t) {
        Scope scope = Scope.current();
        for (StackTraceElement f : t.thread.getStackTrace()) {
            if (scope.covers(f.getClassName())) {
                return Sites.register(new Site(f.getClassName(), f.getMethodName(), f.getFileName(),
                        f.getLineNumber(), OpKind.LOCK_ACQUIRE, null));
            }
        }
        return -1;
    }
}
