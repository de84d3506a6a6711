package dev.frontrun.internal.marker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import dev.frontrun.Step;

/**
 * Forces a schedule of marker steps on a set of named threads.
 *
 * <p>A worker pauses at a marker while a step naming it and that marker is still ahead in the schedule; markers no
 * remaining step names are passed through. Exactly one worker holds the run token: the one released for the current
 * step (or, while the workers start one after another, the one starting). It gives the token back when it pauses at
 * its next scheduled marker or ends; only then does {@link #drive} release the next step.
 *
 * <p>When the next step cannot be reached (its thread ended, waits at another marker, or the token holder does not
 * reach a marker within the deadlock timeout), the coordinator records a {@link MarkerStall}, stops forcing the schedule
 * and lets every thread run freely so that they can finish.
 */
public final class MarkerCoordinator {

    /** What a worker is doing, as seen by the coordinator. */
    enum State { NEW, RUNNING, WAITING, DONE }

    private final List<Step> steps;
    private final long deadlockNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<String, Worker> workers = new LinkedHashMap<>();

    private int next;
    private Worker holder;
    private long holderSince;
    private StackTraceElement[] holderStack;
    private boolean freeRun;
    private MarkerStall stall;

    /**
     * @param steps the schedule
     * @param deadlockTimeout how long the token holder may run without reaching a marker
     */
    public MarkerCoordinator(List<Step> steps, Duration deadlockTimeout) {
        this.steps = List.copyOf(steps);
        this.deadlockNanos = deadlockTimeout.toNanos();
    }

    /**
     * Starts a worker and waits until it pauses at its first scheduled marker, ends, or stalls.
     *
     * @param name the worker name
     * @param task the code it runs
     * @return the worker
     */
    public Worker start(String name, Runnable task) {
        Worker worker = new Worker(name);
        lock.lock();
        try {
            if (workers.containsKey(name)) {
                throw new IllegalArgumentException("A worker named '" + name + "' is already running: give each worker"
                        + " its own name.");
            }
            workers.put(name, worker);
            worker.thread = new Thread(() -> worker.body(task), name);
            worker.thread.setDaemon(true);
            worker.state = State.RUNNING;
            if (!freeRun) {
                take(worker, -1);
            }
            worker.thread.start();
            while (holder == worker && !freeRun) {
                awaitHolder();
            }
            return worker;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Releases the steps one by one until the schedule is done or stalls, then waits for every worker to end.
     *
     * @param timeout the whole time allowed
     * @return the outcome
     */
    public MarkerOutcome drive(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (!freeRun) {
                if (System.nanoTime() - deadline > 0) {
                    stallNow("the whole run exceeded its timeout of " + Durations.text(timeout.toNanos()));
                    break;
                }
                if (holder != null) {
                    awaitHolder();
                } else if (next == steps.size()) {
                    freeRun = true;
                    changed.signalAll();
                } else {
                    release(steps.get(next));
                }
            }
            boolean allEnded = awaitAllEnded(deadline);
            return new MarkerOutcome(stall, snapshot(), allEnded);
        } finally {
            lock.unlock();
        }
    }

    private void release(Step step) {
        Worker w = workers.get(step.thread());
        if (w == null) {
            stallNow("no worker named '" + step.thread() + "' was started");
        } else if (w.state == State.WAITING && step.marker().equals(w.marker)) {
            w.state = State.RUNNING;
            take(w, next);
            next++;
            changed.signalAll();
        } else if (w.state == State.DONE) {
            stallNow("thread " + w.name + " ended before reaching marker " + step.marker()
                    + (w.error == null ? "" : " (it threw " + w.error + ")"));
        } else {
            stallNow("thread " + w.name + " waits at marker " + w.marker + " (" + w.location
                    + "), so it cannot reach marker " + step.marker() + " first");
        }
    }

    private void take(Worker w, int step) {
        holder = w;
        holderSince = System.nanoTime();
        holderStack = null;
        w.grantedStep = step;
    }

    /**
     * A holder whose stack changed since the last look is making progress (loading classes, computing), not blocked:
     * the deadlock timeout counts only the time its stack stays the same.
     */
    private void noteProgress() {
        Worker w = holder;
        if (w == null || w.thread == null) {
            return;
        }
        StackTraceElement[] now = w.thread.getStackTrace();
        if (holderStack != null && !java.util.Arrays.equals(now, holderStack)) {
            holderSince = System.nanoTime();
        }
        holderStack = now;
    }

    private void awaitHolder() {
        noteProgress();
        long waited = System.nanoTime() - holderSince;
        if (waited >= deadlockNanos) {
            stallNow("thread " + holder.name + " did not reach its next marker and stood still for "
                    + Durations.text(deadlockNanos) + ": it is blocked (for instance inside the database)");
            return;
        }
        try {
            changed.await(Math.min(deadlockNanos - waited, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stallNow("the thread driving the schedule was interrupted");
        }
    }

    private void stallNow(String reason) {
        List<Step> unreached = new ArrayList<>(steps.subList(next, steps.size()));
        Worker running = holder;
        String runningStep = running == null || running.grantedStep < 0 ? null
                : "step " + (running.grantedStep + 1) + " (" + steps.get(running.grantedStep) + ")";
        stall = new MarkerStall(reason, unreached, running == null ? null : running.name, runningStep, snapshot());
        freeRun = true;
        holder = null;
        changed.signalAll();
    }

    private boolean awaitAllEnded(long deadline) {
        while (workers.values().stream().anyMatch(w -> w.state != State.DONE)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                changed.await(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private List<MarkerPosition> snapshot() {
        List<MarkerPosition> positions = new ArrayList<>();
        for (Worker w : workers.values()) {
            positions.add(new MarkerPosition(w.name, w.state.name(), w.marker, w.location,
                    w.state == State.DONE ? null : w.thread.getStackTrace(), w.error));
        }
        return positions;
    }

    /** One named worker thread. */
    public final class Worker {
        private final String name;
        private Thread thread;
        private State state = State.NEW;
        private String marker;
        private String location;
        private int grantedStep = -1;
        private Throwable error;
        private final List<String> passed = new java.util.ArrayList<>();

        private Worker(String name) {
            this.name = name;
        }

        private void body(Runnable task) {
            MarkerHook.bind(this);
            try {
                task.run();
            } catch (Throwable t) {
                error = t;
            } finally {
                MarkerHook.unbind();
                ended();
            }
        }

        void reached(String markerName, String file, int line) {
            lock.lock();
            try {
                passed.add(markerName);
                if (freeRun || !scheduledAhead(markerName)) {
                    return;
                }
                marker = markerName;
                int slash = file.lastIndexOf('/');
                location = file.substring(slash + 1) + ":" + line;
                state = State.WAITING;
                if (holder == this) {
                    holder = null;
                }
                changed.signalAll();
                while (state == State.WAITING && !freeRun) {
                    changed.awaitUninterruptibly();
                }
                state = State.RUNNING;
            } finally {
                lock.unlock();
            }
        }

        private boolean scheduledAhead(String markerName) {
            return steps.subList(next, steps.size()).stream()
                    .anyMatch(s -> s.thread().equals(name) && s.marker().equals(markerName));
        }

        private void ended() {
            lock.lock();
            try {
                state = State.DONE;
                if (holder == this) {
                    holder = null;
                }
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        /** @return what the worker threw, or null */
        public Throwable error() {
            return error;
        }

        /** @return the worker name */
        public String name() {
            return name;
        }

        /** @return the markers this worker passed so far, in order, scheduled or not */
        public List<String> passed() {
            lock.lock();
            try {
                return List.copyOf(passed);
            } finally {
                lock.unlock();
            }
        }
    }
}
