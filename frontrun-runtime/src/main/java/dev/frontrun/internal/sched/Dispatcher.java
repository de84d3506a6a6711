package dev.frontrun.internal.sched;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.frontrun.internal.vocab.OpKind;

/**
 * The choice at the heart of an execution: when no thread holds the run token, it shows the strategy every stopped
 * thread (enabled or blocked) as a {@link ChoicePoint}, applies the chosen thread's pending operation to the
 * {@link Model}, records it in the trace, and hands the token over. With nothing enabled it ends the execution:
 * completed, deadlocked or all blocked (after the grace {@link Outsiders} may ask for), or lets the virtual clock
 * expire the earliest timed wait. Runs under the execution's monitor.
 */
final class Dispatcher {

    private final Execution exec;
    private final SchedulingStrategy strategy;
    private final List<TraceEvent> trace = new ArrayList<>();
    private int step;

    Dispatcher(Execution exec, SchedulingStrategy strategy) {
        this.exec = exec;
        this.strategy = strategy;
    }

    /** Chooses and starts the next thread when nobody holds the token; returns a thread to wake from a monitor. */
    ManagedThread dispatch() {
        while (exec.running() == null && !exec.isFinished()) {
            List<ThreadView> views = new ArrayList<>(exec.threads.size());
            boolean detached = false;
            boolean allDone = true;
            int enabled = 0;
            for (ManagedThread t : exec.threads) {
                switch (t.status) {
                    case STARTING:
                        return null;
                    case DETACHED:
                        detached = true;
                        allDone = false;
                        break;
                    case AT_POINT: {
                        boolean en = exec.model.enabled(t, t.pending);
                        boolean spurious = !en && (EarlyExpiry.offered(exec, t) || exec.model.spuriouslyWakeable(t));
                        views.add(new ThreadView(t.id, en, EarlyExpiry.shown(exec, t, t.pending), spurious));
                        enabled += en ? 1 : 0;
                        allDone = false;
                        break;
                    }
                    case WAITING: {
                        boolean spurious = EarlyExpiry.offered(exec, t) || exec.model.spuriouslyWakeable(t);
                        views.add(new ThreadView(t.id, false, EarlyExpiry.shown(exec, t,
                                spurious ? Model.reacquire(t.pending) : t.pending), spurious));
                        allDone = false;
                        break;
                    }
                    default:
                        break;
                }
            }
            if (enabled == 0) {
                if (!detached) {
                    if (allDone) {
                        exec.finish(Outcome.COMPLETED, null);
                    } else if (exec.threads.workersDone()) {
                        // the declared workers finished; the threads they started that are left are all blocked
                        // (idle pool threads waiting for work): the execution is complete, and they are stopped
                        exec.finish(Outcome.COMPLETED, null);
                        stopLeftovers();
                    } else if (exec.model.expireTimeouts()) {
                        // nothing else can run: the virtual clock moves to the earliest deadline, whose waits expire
                        continue;
                    } else if (exec.outsiders.mayStillWake(views)) {
                        // a thread the scheduler does not manage is at work (or, with a thread parked, may have just
                        // been handed work) and may still wake one of them: the watchdog gives it time before the
                        // blockage counts
                    } else {
                        strategy.blockedAtEnd(Collections.unmodifiableList(views));
                        Blockage b = Blockage.analyse(exec, views);
                        exec.finish(b.deadlock() ? Outcome.DEADLOCK : Outcome.ALL_BLOCKED, b.describe());
                    }
                }
                return null;
            }
            ChoicePoint point = new ChoicePoint(step, Collections.unmodifiableList(views));
            int chosen;
            try {
                chosen = strategy.choose(point);
            } catch (RuntimeException e) {
                exec.finish(Outcome.DIVERGED, e.getMessage());
                return null;
            }
            ThreadView view = point.thread(chosen);
            if (view == null || !view.choosable()) {
                exec.finish(Outcome.DIVERGED, "the strategy chose Thread " + chosen + ", which cannot run at step " + step);
                return null;
            }
            ManagedThread x = exec.threads.byId(chosen);
            boolean woken = !view.enabled();
            boolean early = woken && EarlyExpiry.offered(exec, x);
            if (early) {
                EarlyExpiry.expire(exec, x);
            } else if (woken) {
                exec.model.wakeSpuriously(x);
            }
            Operation op = exec.model.apply(x, x.pending);
            if (woken) {
                op = op.spurious(early);
            }
            x.deadline = ManagedThread.NO_DEADLINE;
            x.timedOut = false;
            x.interruptPending = false;
            trace.add(new TraceEvent(step++, x.id, op));
            strategy.executed(x.id, op);
            x.pending = null;
            if (op.kind() == OpKind.END) {
                x.status = ThreadStatus.DONE;
                SchedulerUnpark.unpark(x.thread);
                continue;
            }
            x.status = ThreadStatus.RUNNING;
            x.since = System.nanoTime();
            exec.giveToken(x);
            if (x.waitMonitor != null) {
                x.wakePending = true;
                return x;
            }
            SchedulerUnpark.unpark(x.thread);
            return null;
        }
        return null;
    }

    /** Stops the started threads still blocked after a completed execution: they unwind with ExecutionAborted. */
    private void stopLeftovers() {
        exec.aborted = true;
        for (ManagedThread t : exec.threads) {
            if (t.status != ThreadStatus.DONE) {
                // a thread waiting on a monitor polls for the abort (notifying here, under this monitor, could
                // deadlock with a thread that holds that monitor and enters a hook)
                SchedulerUnpark.unpark(t.thread);
            }
        }
    }

    /** @return the executed operations in order */
    List<TraceEvent> trace() {
        return List.copyOf(trace);
    }

    /** @return the thread chosen at each step, in order: the schedule that replays this execution */
    int[] choices() {
        int[] c = new int[trace.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = trace.get(i).thread();
        }
        return c;
    }
}
