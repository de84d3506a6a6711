package dev.frontrun.internal.sched;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One controlled execution: the run token, the threads, the model, the trace. Exactly one managed thread holds
 * the token ({@link ThreadStatus#RUNNING}); a thread reaching a scheduling point gives it up and the strategy picks
 * the next one among the enabled threads. The thread that calls {@link #awaitEnd()} (the explorer) is the watchdog:
 * it detaches a token holder stuck in blocking the model does not cover, and stops the execution at its deadline.
 */
public final class Execution {

    private static final long PARK_SLICE = TimeUnit.MILLISECONDS.toNanos(50);
    /** How long all managed threads may stand blocked while an unmanaged thread at work may still wake them. */
    private static final long EXTERNAL_GRACE = TimeUnit.SECONDS.toNanos(1);
    /** The same when some are parked but no unmanaged thread was seen yet (it may not have reached its work). */
    private static final long PARK_GRACE = TimeUnit.MILLISECONDS.toNanos(40);
    private static final long MONITOR_BLOCK = TimeUnit.MILLISECONDS.toNanos(1);
    /** Without lock information from the database, a statement counts as blocked after this long. */
    private static final long JDBC_FALLBACK = TimeUnit.SECONDS.toNanos(1);

    private final SchedulingStrategy strategy;
    private final long blockNanos;
    private final long deadline;
    private final long timeoutNanos;
    final List<ManagedThread> threads = new ArrayList<>();
    private final Map<Integer, ManagedThread> byId = new java.util.HashMap<>();
    private final Map<Thread, ManagedThread> spawned = new ConcurrentHashMap<>();
    private final ThreadIds ids;
    private int workerCount;
    /** An application thread the scheduler does not manage ran instrumented code during the execution. */
    private volatile String unmanaged;
    /** Whether a thread the scheduler does not manage was woken by, or ran code beside, the managed ones. */
    private volatile boolean externalActivity;
    private boolean externalGraceOver;
    /** When every managed thread stood blocked waiting for an unmanaged one, or 0. */
    private long stalledSince;
    volatile boolean hasSpawned;
    final Resources resources;
    /** The domains of java.util.concurrent objects' hidden state met in this execution. */
    final JdkDomains domains = new JdkDomains();
    final Model model = new Model(this);
    private final List<TraceEvent> trace = new ArrayList<>();
    private ManagedThread running;
    volatile boolean aborted;
    private boolean finished;
    private Outcome outcome;
    private String detail;
    private Throwable failure;
    private int failedThread = -1;
    private int step;
    private int workersOut;
    private boolean detachedEver;
    final ExecutionOptions options;
    /** The time managed threads see (see {@link VirtualClock}); unused when the options switch it off. */
    final VirtualClock clock = new VirtualClock();

    /**
     * @param strategy the strategy deciding every choice
     * @param blockThresholdNanos how long a token holder may sit in an unmodelled blocking call before others run
     * @param timeoutNanos the time limit of the execution
     */
    public Execution(SchedulingStrategy strategy, long blockThresholdNanos, long timeoutNanos) {
        this(strategy, blockThresholdNanos, timeoutNanos, new Identities());
    }

    /**
     * @param strategy the strategy deciding every choice
     * @param blockThresholdNanos how long a token holder may sit in an unmodelled blocking call before others run
     * @param timeoutNanos the time limit of the execution
     * @param identities the exploration's names of threads and initial objects, shared by all its executions
     */
    public Execution(SchedulingStrategy strategy, long blockThresholdNanos, long timeoutNanos,
            Identities identities) {
        this(strategy, blockThresholdNanos, timeoutNanos, identities, ExecutionOptions.DEFAULT);
    }

    /**
     * @param strategy the strategy deciding every choice
     * @param blockThresholdNanos how long a token holder may sit in an unmodelled blocking call before others run
     * @param timeoutNanos the time limit of the execution
     * @param identities the exploration's names of threads and initial objects, shared by all its executions
     * @param options the clock and wake-up options
     */
    public Execution(SchedulingStrategy strategy, long blockThresholdNanos, long timeoutNanos,
            Identities identities, ExecutionOptions options) {
        this.options = options;
        this.ids = identities.threads;
        this.resources = new Resources(identities);
        this.strategy = strategy;
        this.blockNanos = blockThresholdNanos;
        this.timeoutNanos = timeoutNanos;
        this.deadline = System.nanoTime() + timeoutNanos;
    }

    synchronized ManagedThread addWorker(Thread thread) {
        ManagedThread t = new ManagedThread(threads.size(), thread, ThreadStatus.STARTING);
        threads.add(t);
        byId.put(t.id, t);
        workerCount++;
        workersOut++;
        return t;
    }

    /** @return the managed thread with this id (live or finished), or {@code null} */
    ManagedThread thread(int id) {
        return byId.get(id);
    }

    /** @return the id the next thread started by {@code parent} gets (called with the monitor held) */
    int nextChildId(ManagedThread parent) {
        return ids.child(workerCount, parent.id, parent.spawned++);
    }

    /**
     * Numbers the objects reachable from the state the workers start from, so that their resources have the same
     * ids in every execution (call before {@link #launch}).
     *
     * @param state the execution's state
     * @param bodies the worker bodies (lambdas whose captured variables are shared too)
     */
    public void initialState(Object state, List<?> bodies) {
        Map<Object, Integer> numbers = InitialState.number(state, bodies,
                dev.frontrun.internal.instrument.Scope.current());
        synchronized (this) {
            resources.initialState(numbers);
        }
    }

    /**
     * Starts one pooled worker per body; each first runs to its first scheduling point.
     *
     * @param bodies the worker bodies
     * @param pool the pool to take threads from
     */
    public void launch(java.util.List<Runnable> bodies, WorkerPool pool) {
        List<Worker> workers = pool.take(bodies.size());
        List<ManagedThread> managed = new ArrayList<>();
        for (Worker w : workers) {
            managed.add(addWorker(w));
        }
        for (int i = 0; i < workers.size(); i++) {
            ManagedThread me = managed.get(i);
            Runnable body = bodies.get(i);
            Worker w = workers.get(i);
            w.assign(() -> {
                me.since = System.nanoTime();
                me.begun = true;
                w.managed = me;
                runBody(me, body);
            });
        }
    }

    private void runBody(ManagedThread me, Runnable body) {
        try {
            // a first point before the body: the threads' first accesses then run in the strategy's order, so the
            // objects they touch first are numbered the same way in every execution
            me.inHook = true;
            try {
                point(me, new Operation(OpKind.BEGIN, -1, "", -1, -1, false, null, false));
            } finally {
                me.inHook = false;
            }
            body.run();
        } catch (Throwable t) {
            if (!aborted && !(t instanceof ExecutionAborted)) {
                threadFailed(me, t);
            }
        }
        try {
            if (!aborted) {
                me.inHook = true;
                point(me, new Operation(OpKind.END, -1, "", -1, -1, false, null, false));
            }
        } catch (ExecutionAborted ignored) {
            // stopped elsewhere
        } finally {
            me.inHook = false;
            if (me.thread instanceof Worker w) {
                w.managed = null;
            }
            workerReturned();
        }
    }

    ManagedThread managedFor(Thread t) {
        if (t instanceof Worker w) {
            ManagedThread mt = w.managed;
            if (mt != null && mt.thread == t) {
                return mt;
            }
        }
        return hasSpawned ? spawned.get(t) : null;
    }

    /** @return the id the thread has (or had) in this execution, or -1 */
    synchronized int threadIdOf(Thread t) {
        for (ManagedThread m : threads) {
            if (m.thread == t) {
                return m.id;
            }
        }
        return -1;
    }

    ManagedThread registerSpawn(Thread child, int id) {
        ManagedThread t = new ManagedThread(id, child, ThreadStatus.STARTING);
        t.begun = true;
        threads.add(t);
        byId.put(id, t);
        ManagedThreads.adopt(child, this);
        spawned.put(child, t);
        hasSpawned = true;
        return t;
    }

    // ---------------------------------------------------------------- the scheduling point protocol

    /** Stops {@code me} before {@code op} until the strategy chooses it. */
    void point(ManagedThread me, Operation op) {
        ManagedThread wake;
        synchronized (this) {
            if (aborted) {
                throw new ExecutionAborted();
            }
            me.pending = op;
            continueIn(me, op);
            if (running == me) {
                running = null;
            }
            me.status = ThreadStatus.AT_POINT;
            wake = dispatch();
        }
        wake(wake);
        awaitTurn(me);
    }

    /** The step after {@code op} touches the hidden state {@code op} names; an unpark's continues the step before. */
    private static void continueIn(ManagedThread me, Operation op) {
        if (op.kind() != OpKind.UNPARK && op.kind() != OpKind.INTERRUPT) {
            me.hiddenDomain = op.touchesConcurrencyState() ? op.hiddenDomain() : JdkDomains.NONE;
        }
    }

    /**
     * {@link #point} for a thread that physically holds {@code monitor} (it entered a synchronized method): it waits
     * for its turn inside {@code monitor.wait}, so that the monitor is free for the threads the strategy runs first.
     */
    void pointHolding(ManagedThread me, Operation op, Object monitor) {
        ManagedThread wake;
        synchronized (this) {
            if (aborted) {
                throw new ExecutionAborted();
            }
            me.pending = op;
            continueIn(me, op);
            if (running == me) {
                running = null;
            }
            me.status = ThreadStatus.AT_POINT;
            wake = dispatch();
        }
        wake(wake);
        awaitTurnOn(me, monitor);
    }

    /** Gives up the token without a pending operation (the thread now waits on a monitor in the model). */
    void release(ManagedThread me, ThreadStatus newStatus, Operation pending) {
        ManagedThread wake;
        synchronized (this) {
            me.status = newStatus;
            me.pending = pending;
            if (pending != null) {
                continueIn(me, pending);
            }
            if (running == me) {
                running = null;
            }
            wake = dispatch();
        }
        wake(wake);
    }

    void awaitTurn(ManagedThread me) {
        // an interrupt of this thread is for the application: keep the flag, but do not let it make parking spin
        boolean interrupted = Thread.interrupted();
        if (interrupted) {
            me.interruptPending = true;
        }
        try {
            while (true) {
                ThreadStatus s = me.status;
                if (s == ThreadStatus.RUNNING || s == ThreadStatus.DONE) {
                    return;
                }
                if (aborted) {
                    throw new ExecutionAborted();
                }
                LockSupport.parkNanos(this, PARK_SLICE);
                interrupted |= keepInterrupt(me);
            }
        } finally {
            if (interrupted) {
                me.thread.interrupt();
            }
        }
    }

    private boolean keepInterrupt(ManagedThread me) {
        synchronized (this) {
            return keepInterrupt(me, Thread.interrupted());
        }
    }

    /**
     * An interrupt that reached a thread waiting for its turn stays in the model until the thread runs. Once the
     * strategy has run the thread (its operation applied the model's interrupt state), a late one changes the model
     * no more: the JVM's flag is set again when the thread resumes, so that its own code sees it; otherwise whether
     * the waiting thread noticed before or after being chosen would decide what later operations may do.
     */
    private boolean keepInterrupt(ManagedThread me, boolean interrupted) {
        synchronized (this) {
            if (interrupted && me.status != ThreadStatus.RUNNING && me.status != ThreadStatus.DONE) {
                me.interruptPending = true;
            }
            return interrupted;
        }
    }

    /**
     * Waits, holding {@code monitor} as {@code Object.wait} does, until the strategy runs {@code me} again (or the
     * execution stops); the monitor is free for others meanwhile. An interrupt is kept for the application.
     */
    void awaitTurnOn(ManagedThread me, Object monitor) {
        boolean interrupted = false;
        me.awaitingTurn = true;
        try {
            synchronized (monitor) {
                // also while the thread that chose it has yet to notify: running on (holding the monitor) before
                // that would leave the notifier blocked on the monitor for good
                while ((me.status != ThreadStatus.RUNNING || me.wakePending) && !aborted) {
                    try {
                        monitor.wait(20);
                    } catch (InterruptedException e) {
                        interrupted = true;
                        keepInterrupt(me, true);
                    }
                }
            }
        } finally {
            me.awaitingTurn = false;
            if (interrupted) {
                me.thread.interrupt();
            }
        }
    }

    /** Chooses and starts the next thread when nobody holds the token; returns a thread to wake from a monitor. */
    private ManagedThread dispatch() {
        while (running == null && !finished) {
            List<ThreadView> views = new ArrayList<>(threads.size());
            boolean detached = false;
            boolean allDone = true;
            int enabled = 0;
            for (ManagedThread t : threads) {
                switch (t.status) {
                    case STARTING:
                        return null;
                    case DETACHED:
                        detached = true;
                        allDone = false;
                        break;
                    case AT_POINT: {
                        boolean en = model.enabled(t, t.pending);
                        boolean spurious = !en && model.spuriouslyWakeable(t);
                        views.add(new ThreadView(t.id, en, t.pending, spurious));
                        enabled += en ? 1 : 0;
                        allDone = false;
                        break;
                    }
                    case WAITING: {
                        boolean spurious = model.spuriouslyWakeable(t);
                        views.add(new ThreadView(t.id, false, spurious ? Model.reacquire(t.pending) : t.pending,
                                spurious));
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
                        finish(Outcome.COMPLETED, null);
                    } else if (workersDone()) {
                        // the declared workers finished; the threads they started that are left are all blocked
                        // (idle pool threads waiting for work): the execution is complete, and they are stopped
                        finish(Outcome.COMPLETED, null);
                        stopLeftovers();
                    } else if (model.expireTimeouts()) {
                        // nothing else can run: the virtual clock moves to the earliest deadline, whose waits expire
                        continue;
                    } else if (!externalGraceOver && (externalActivity || parkedUntimed(views))) {
                        // a thread the scheduler does not manage is at work (or, with a thread parked, may have just
                        // been handed work) and may still wake one of them: the watchdog gives it time before the
                        // blockage counts
                        stalledSince = stalledSince != 0 ? stalledSince : System.nanoTime();
                    } else {
                        strategy.blockedAtEnd(Collections.unmodifiableList(views));
                        Blockage b = Blockage.analyse(this, views);
                        finish(b.deadlock() ? Outcome.DEADLOCK : Outcome.ALL_BLOCKED, b.describe());
                    }
                }
                return null;
            }
            ChoicePoint point = new ChoicePoint(step, Collections.unmodifiableList(views));
            int chosen;
            try {
                chosen = strategy.choose(point);
            } catch (RuntimeException e) {
                finish(Outcome.DIVERGED, e.getMessage());
                return null;
            }
            ThreadView view = point.thread(chosen);
            if (view == null || !view.choosable()) {
                finish(Outcome.DIVERGED, "the strategy chose Thread " + chosen + ", which cannot run at step " + step);
                return null;
            }
            ManagedThread x = byId.get(chosen);
            boolean spurious = !view.enabled();
            if (spurious) {
                model.wakeSpuriously(x);
            }
            Operation op = model.apply(x, x.pending);
            if (spurious) {
                op = op.spurious();
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
            running = x;
            if (x.waitMonitor != null) {
                x.wakePending = true;
                return x;
            }
            SchedulerUnpark.unpark(x.thread);
            return null;
        }
        return null;
    }

    private boolean workersDone() {
        for (ManagedThread t : threads) {
            if (t.id < workerCount && t.status != ThreadStatus.DONE) {
                return false;
            }
        }
        return true;
    }

    /** Stops the started threads still blocked after a completed execution: they unwind with ExecutionAborted. */
    private void stopLeftovers() {
        aborted = true;
        for (ManagedThread t : threads) {
            if (t.status != ThreadStatus.DONE) {
                // a thread waiting on a monitor polls for the abort (notifying here, under this monitor, could
                // deadlock with a thread that holds that monitor and enters a hook)
                SchedulerUnpark.unpark(t.thread);
            }
        }
    }

    /**
     * Notes that a thread the scheduler does not manage ran instrumented application code during the execution
     * (a thread started before the execution, a shared pool's worker): what it did was not controlled.
     */
    void noteUnmanaged(Thread t, int site) {
        externalActivity = true;
        if (unmanaged == null && !(t instanceof Worker) && !finished) {
            unmanaged = "thread '" + t.getName() + "', which the scheduler does not manage (it was not started by a"
                    + " worker during this execution: a shared pool's thread, or one started before), ran application"
                    + " code"
                    + (site >= 0 ? " at " + dev.frontrun.internal.instrument.Sites.get(site).location() : "");
        }
    }

    /** @return why the execution was not fully controlled because an unmanaged thread ran application code, or null */
    public String unmanagedThread() {
        return unmanaged;
    }

    /**
     * A managed thread started during the execution ended with an exception: a failure of the execution, like an
     * exception thrown by a worker.
     *
     * @param t the thread
     * @param failure what it threw
     * @return whether the exception belonged to a managed thread (and so need not be printed)
     */
    boolean uncaught(Thread t, Throwable failure) {
        ManagedThread me = spawned.get(t);
        if (me == null) {
            return false;
        }
        if (!aborted && !(failure instanceof ExecutionAborted)) {
            threadFailed(me, failure);
        }
        return true;
    }

    private static void wake(ManagedThread x) {
        if (x != null && x.waitMonitor != null) {
            Object m = x.waitMonitor;
            synchronized (m) {
                x.wakePending = false;
                m.notifyAll();
            }
        }
    }

    /** Called with the monitor held when an unmanaged thread changed the model (an external unpark). */
    void modelChangedExternally() {
        stalledSince = 0;
        wake(dispatch());
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

    /** A managed thread woke a thread the scheduler does not manage: that thread may now act on the workers. */
    void externalWoken() {
        externalActivity = true;
    }

    synchronized void threadFailed(ManagedThread me, Throwable t) {
        if (!finished) {
            failure = t;
            failedThread = me.id;
            finish(Outcome.EXCEPTION, "Thread " + me.id + " threw " + t);
        }
    }

    synchronized void workerReturned() {
        workersOut--;
        notifyAll();
    }

    private void finish(Outcome how, String why) {
        if (finished) {
            return;
        }
        finished = true;
        outcome = how;
        detail = why;
        if (how != Outcome.COMPLETED) {
            aborted = true;
            for (ManagedThread t : threads) {
                SchedulerUnpark.unpark(t.thread);
            }
        }
        notifyAll();
    }

    // ---------------------------------------------------------------- the watchdog (explorer thread)

    /**
     * Waits until the execution ends, detaching stuck token holders and enforcing the time limit.
     *
     * @param tickNanos how often to look
     * @param graceNanos how long to wait for worker threads to return after the end
     * @return the threads that did not return (they are lost to the pool)
     */
    public List<Thread> awaitEnd(long tickNanos, long graceNanos) {
        while (true) {
            ManagedThread wake = null;
            synchronized (this) {
                if (finished) {
                    break;
                }
                long now = System.nanoTime();
                if (now - deadline > 0) {
                    finish(Outcome.TIMEOUT, "the execution ran past its time limit of "
                            + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms; " + Blockage.states(this));
                    break;
                }
                if (stalledSince != 0 && running == null
                        && now - stalledSince > (externalActivity ? EXTERNAL_GRACE : PARK_GRACE)) {
                    externalGraceOver = true;
                    wake = dispatch();
                } else if (detachStuck(now)) {
                    wake = dispatch();
                } else {
                    waitNanos(tickNanos);
                }
            }
            wake(wake);
        }
        List<Thread> lost = new ArrayList<>();
        synchronized (this) {
            long until = System.nanoTime() + graceNanos;
            while (workersOut > 0 && until - System.nanoTime() > 0) {
                waitNanos(Math.min(tickNanos, until - System.nanoTime()));
            }
            if (workersOut > 0) {
                for (ManagedThread t : threads) {
                    if (t.thread instanceof Worker w && w.managed == t) {
                        lost.add(t.thread);
                    }
                }
            }
        }
        return lost;
    }

    private boolean detachStuck(long now) {
        boolean changed = false;
        java.util.Set<Thread> inDatabase = null;
        for (ManagedThread t : threads) {
            boolean candidate = !t.awaitingTurn && ((t.status == ThreadStatus.RUNNING && !t.inHook)
                    || (t.status == ThreadStatus.STARTING && t.begun));
            if (!candidate) {
                continue;
            }
            Thread.State state = t.thread.getState();
            boolean monitor = state == Thread.State.BLOCKED;
            if (monitor && t.status == ThreadStatus.RUNNING && now - t.since > MONITOR_BLOCK) {
                MonitorBlock b = MonitorBlock.of(this, t);
                if (b.transientHold()) {
                    continue; // the holder is inside the scheduler and lets go at once
                }
                if (b.modelled() != null) {
                    // the JVM blocked it on a monitor another managed thread holds across a scheduling point: the
                    // thread now waits in the model to take that monitor
                    convert(t, b.modelled());
                    changed = true;
                    continue;
                }
            }
            if (monitor && t.status == ThreadStatus.STARTING) {
                // threads run side by side until their first scheduling point; one blocked there is almost always
                // waiting for another to finish initialising a class, which ends by itself (the deadline still holds)
                continue;
            }
            long limit = monitor ? Math.min(blockNanos, MONITOR_BLOCK) : blockNanos;
            boolean stuck = monitor || stuck(t, state);
            if (t.jdbcDepth > 0 && !monitor && now - t.since > limit) {
                // inside a statement: waiting for the server is not being blocked, unless PostgreSQL says the
                // backend waits on a lock; without that knowledge, only a long wait counts
                if (DatabaseWaits.available()) {
                    inDatabase = inDatabase != null ? inDatabase : DatabaseWaits.blocked();
                    stuck = inDatabase.contains(t.thread);
                } else {
                    stuck = stuck && now - t.since > Math.max(limit, JDBC_FALLBACK);
                }
            }
            if (now - t.since > limit && stuck) {
                t.blockedOn = monitor ? blockedOn(t.thread) : 0;
                t.status = ThreadStatus.DETACHED;
                detachedEver = true;
                if (running == t) {
                    running = null;
                }
                changed = true;
            } else if (t.status == ThreadStatus.STARTING && t.thread.getState() == Thread.State.TERMINATED) {
                t.status = ThreadStatus.DONE;
                changed = true;
            }
        }
        return changed;
    }

    private void convert(ManagedThread t, Object monitor) {
        LockState l = resources.lock(monitor);
        t.convertedAcquire = monitor;
        t.pending = new Operation(OpKind.LOCK_ACQUIRE, l.id, l.name, MonitorBlock.site(t), -1, false, monitor, false);
        t.status = ThreadStatus.AT_POINT;
        if (running == t) {
            running = null;
        }
    }

    private static boolean stuck(ManagedThread t, Thread.State s) {
        return t.inBlockingCall || s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING;
    }

    /** @return the identity hash of the monitor {@code thread} is blocked on, or 0 */
    private static int blockedOn(Thread thread) {
        java.lang.management.ThreadInfo info = java.lang.management.ManagementFactory.getThreadMXBean()
                .getThreadInfo(thread.getId());
        return info == null || info.getLockInfo() == null ? 0 : info.getLockInfo().getIdentityHashCode();
    }

    /**
     * A modelled monitor became free: threads detached because the JVM blocked them on it will now get it, so the
     * scheduler waits for them to arrive at their next point before choosing again (keeps choices deterministic).
     */
    void monitorFreed(Object lock) {
        int hash = System.identityHashCode(lock);
        for (ManagedThread t : threads) {
            if (t.status == ThreadStatus.DETACHED && t.blockedOn == hash) {
                t.blockedOn = 0;
                t.status = ThreadStatus.STARTING;
                t.since = System.nanoTime();
            }
        }
    }

    private void waitNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.timedWait(this, Math.max(nanos, 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finish(Outcome.ERROR, "the explorer thread was interrupted");
        }
    }

    // ---------------------------------------------------------------- results

    /** @return how the execution ended ({@code null} while it runs) */
    public synchronized Outcome outcome() {
        return outcome;
    }

    /** @return the description of a deadlock, blockage, timeout or failure, or {@code null} */
    public synchronized String detail() {
        return detail;
    }

    /** @return the exception a thread threw, or {@code null} */
    public synchronized Throwable failure() {
        return failure;
    }

    /** @return the thread whose exception ended the execution, or -1 */
    public synchronized int failedThread() {
        return failedThread;
    }

    /** @return the executed operations in order */
    public synchronized List<TraceEvent> trace() {
        return List.copyOf(trace);
    }

    /** @return the thread chosen at each step, in order: the schedule that replays this execution */
    public synchronized int[] choices() {
        int[] c = new int[trace.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = trace.get(i).thread();
        }
        return c;
    }

    /** @return whether the execution has ended */
    synchronized boolean isFinished() {
        return finished;
    }

    /** @return whether some thread had to be detached (the execution is then not fully controlled) */
    public synchronized boolean wasDetached() {
        return detachedEver;
    }


    synchronized ManagedThread running() {
        return running;
    }
}
