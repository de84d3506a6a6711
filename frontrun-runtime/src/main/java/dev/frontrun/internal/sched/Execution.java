package dev.frontrun.internal.sched;

import java.util.List;
import java.util.Map;

import dev.frontrun.internal.vocab.Scope;
import dev.frontrun.internal.vocab.ThreadNames;

/**
 * One controlled execution: the run token, the threads, the model, the trace. Exactly one managed thread holds
 * the token ({@link ThreadStatus#RUNNING}); a thread reaching a scheduling point gives it up and the strategy picks
 * the next one among the enabled threads. The thread that calls {@link #awaitEnd} (the explorer) is the {@link Watchdog}:
 * it detaches a token holder stuck in blocking the model does not cover, and stops the execution at its deadline.
 */
public final class Execution {

    private final Dispatcher dispatcher;
    final ThreadTable threads;
    /** What threads the scheduler does not manage did (see {@link Outsiders}). */
    final Outsiders outsiders = new Outsiders();
    private final Watchdog watchdog;
    final Resources resources;
    /** The domains of java.util.concurrent objects' hidden state met in this execution. */
    final JdkDomains domains = new JdkDomains();
    final Model model = new Model(this);
    /** The loopback sockets and selectors of the managed threads. */
    final Loopback loopback = new Loopback();
    private ManagedThread running;
    volatile boolean aborted;
    private boolean finished;
    private Outcome outcome;
    private String detail;
    private Throwable failure;
    private int failedThread = -1;
    private int workersOut;
    final ExecutionOptions options;
    private volatile DatabaseModel database = DatabaseModel.NONE;
    /** The time managed threads see (see {@link VirtualClock}); unused when the options switch it off. */
    final VirtualClock clock = new VirtualClock();
    /** What early expiries of timed waits left unexplored (see {@link EarlyExpiry}). */
    final EarlyExpiry earlyExpiry = new EarlyExpiry();

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
        this.threads = new ThreadTable(identities.threads);
        this.resources = new Resources(identities);
        this.dispatcher = new Dispatcher(this, strategy);
        this.watchdog = new Watchdog(this, blockThresholdNanos, timeoutNanos);
    }

    /** @return the managed thread of a pooled worker that now runs one of the declared bodies */
    synchronized ManagedThread addWorker(Thread thread) {
        workersOut++;
        return threads.addWorker(thread);
    }

    /** @return the managed thread with this id (live or finished), or {@code null} */
    ManagedThread thread(int id) {
        return threads.byId(id);
    }

    /**
     * Numbers the objects reachable from the state the workers start from, so that their resources have the same
     * ids in every execution (call before {@link #launch}).
     *
     * @param state the execution's state
     * @param bodies the worker bodies (lambdas whose captured variables are shared too)
     */
    public void initialState(Object state, List<?> bodies) {
        FieldNames fields = new FieldNames();
        Map<Object, Integer> numbers = InitialState.number(state, bodies, Scope.current(), fields);
        synchronized (this) {
            resources.initialState(numbers, fields);
            SetupViews.handTo(resources);
        }
    }

    /**
     * Starts one pooled worker per body; each first runs to its first scheduling point (see {@link WorkerRuns}).
     *
     * @param bodies the worker bodies
     * @param pool the pool to take threads from
     */
    public void launch(List<Runnable> bodies, WorkerPool pool) {
        WorkerRuns.launch(this, bodies, pool);
    }

    /** @param model the database model of this execution (call before {@link #launch}) */
    public void attach(DatabaseModel model) {
        database = model;
    }

    /** @return the database model of this execution, {@link DatabaseModel#NONE} when none was attached */
    public DatabaseModel database() {
        return database;
    }

    /** @return the managed thread running on {@code t} now, or {@code null} */
    ManagedThread managedFor(Thread t) {
        return threads.managedFor(t);
    }

    /** @return the id of the managed thread running on {@code t} now, or -1 */
    public int managedThreadId(Thread t) {
        ManagedThread m = threads.managedFor(t);
        return m == null ? -1 : m.id;
    }

    /** @return the id the thread has (or had) in this execution, or -1 */
    public synchronized int threadIdOf(Thread t) {
        return threads.idOf(t);
    }

    /** Stops {@code me} before {@code op} until the strategy chooses it. */
    void point(ManagedThread me, Operation op) {
        point(me, op, null);
    }

    /**
     * Stops {@code me} before {@code op} until the strategy chooses it. A thread that physically holds
     * {@code heldMonitor} (it entered a synchronized method) waits for its turn inside {@code heldMonitor.wait}, so
     * that the monitor is free for the threads the strategy runs first.
     *
     * @param heldMonitor the monitor the thread holds, or {@code null}
     */
    void point(ManagedThread me, Operation op, Object heldMonitor) {
        ManagedThread wake;
        synchronized (this) {
            if (aborted) {
                throw new ExecutionAborted();
            }
            me.pending = op;
            me.continueAfter(op, this);
            dropToken(me);
            me.status = ThreadStatus.AT_POINT;
            wake = dispatch();
        }
        Turns.notifyChosen(wake);
        if (heldMonitor == null) {
            Turns.await(this, me);
        } else {
            Turns.awaitOn(this, me, heldMonitor);
        }
    }

    /** Gives up the token without a pending operation (the thread now waits on a monitor in the model). */
    void release(ManagedThread me, ThreadStatus newStatus, Operation pending) {
        ManagedThread wake;
        synchronized (this) {
            me.status = newStatus;
            me.pending = pending;
            if (pending != null) {
                me.continueAfter(pending, this);
            }
            dropToken(me);
            wake = dispatch();
        }
        Turns.notifyChosen(wake);
    }

    /** Takes the token from {@code t} if it holds it (called with the monitor held). */
    void dropToken(ManagedThread t) {
        if (running == t) {
            running = null;
        }
    }

    /** Chooses and starts the next thread when nobody holds the token; returns a thread to wake from a monitor. */
    ManagedThread dispatch() {
        return dispatcher.dispatch();
    }

    /** Gives the token to {@code x} (called with the monitor held, by the {@link Dispatcher}). */
    void giveToken(ManagedThread x) {
        running = x;
    }

    /** Notes that a thread the scheduler does not manage ran application code (see {@link Outsiders}). */
    void noteUnmanaged(Thread t, int site) {
        outsiders.ranCode(t, site, finished);
    }

    /** @return what kept this execution from being fully controlled or seen (read after it ended) */
    public synchronized Caveats caveats() {
        return new Caveats(watchdog.firstDetached(), outsiders.unmanaged(), outsiders.unmodelledCall(),
                outsiders.hidden(), earlyExpiry.clockRead());
    }

    /**
     * Called with the monitor held when an unmanaged thread changed the model (an external unpark).
     *
     * @return the thread chosen to run next: notify it with {@link Turns#notifyChosen} once this monitor is released
     *     (it may wait on an application monitor, which is never taken while holding this one)
     */
    ManagedThread modelChangedExternally() {
        outsiders.changedModel();
        return dispatch();
    }

    synchronized void threadFailed(ManagedThread me, Throwable t) {
        if (!finished) {
            failure = t;
            failedThread = me.id;
            finish(Outcome.EXCEPTION, "Thread " + names().of(me.id) + " threw " + t);
        }
    }

    synchronized void workerReturned() {
        workersOut--;
        notifyAll();
    }

    void finish(Outcome how, String why) {
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

    /**
     * Waits until the execution ends, detaching stuck token holders and enforcing the time limit (see
     * {@link Watchdog}).
     *
     * @param tickNanos how often to look
     * @param graceNanos how long to wait for worker threads to return after the end
     * @return the threads that did not return (they are lost to the pool)
     */
    public List<Thread> awaitEnd(long tickNanos, long graceNanos) {
        return watchdog.awaitEnd(tickNanos, graceNanos);
    }

    /** @return how many workers have not yet returned to the pool (called with the monitor held) */
    int workersOut() {
        return workersOut;
    }

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

    /** @return how texts name this execution's threads */
    public ThreadNames names() {
        return threads.names();
    }

    /** @return the thread whose exception ended the execution, or -1 */
    public synchronized int failedThread() {
        return failedThread;
    }

    /** @return the executed operations in order */
    public synchronized List<TraceEvent> trace() {
        return dispatcher.trace();
    }

    /** @return the thread chosen at each step, in order: the schedule that replays this execution */
    public synchronized int[] choices() {
        return dispatcher.choices();
    }

    /** @return whether the execution has ended */
    synchronized boolean isFinished() {
        return finished;
    }

    synchronized ManagedThread running() {
        return running;
    }
}
