package dev.frontrun.internal.dpor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Optimal DPOR (JACM 2017, Algorithm 2: source sets, wakeup trees, sleep sets) driven one step at a time by a
 * scheduler that runs the real threads:
 *
 * <pre>{@code
 * DporExplorer e = new DporExplorer(DporOptions.unbounded());
 * while (e.beginExecution()) {
 *     // start the program; every thread stops before its first visible operation
 *     while (someThreadIsEnabled) {
 *         int t = e.choose(threads);   // each: id, enabled, pending operation
 *         // let t perform its pending operation, stop it before its next one
 *         e.executed(t, op);
 *     }
 *     e.endExecution();
 * }
 * e.exhaustive();
 * }</pre>
 *
 * <p>Each execution explored is a different Mazurkiewicz trace of {@link Dependence}; without a bound, a limit or
 * a divergence, every trace is explored exactly once. The engine keeps only the current execution and the wakeup
 * trees along it, so memory does not grow with the number of executions.
 *
 * <p>Not thread-safe: call it from the scheduler's thread only.
 */
public final class DporExplorer {

    private final DporOptions options;
    private final ExecutionRecord record = new ExecutionRecord();
    private final List<Node> stack = new ArrayList<>();

    private boolean started;
    private boolean inExecution;
    private boolean moreWork = true;
    /** Steps below this index replay the choices of the previous execution. */
    private int replayDepth;
    private int step;
    /** After a divergence or a sleep-set block the rest of the execution is run without bookkeeping. */
    private boolean freeRun;

    private long executions;
    private long sleepBlocked;
    private long infeasibleBranches;
    private boolean boundPruned;
    private boolean limitHit;
    private Divergence divergence;

    /** Creates an explorer with the given options. */
    public DporExplorer(DporOptions options) {
        this.options = options;
    }

    /**
     * Starts the next execution.
     *
     * @return false when exploration is over: everything explored, the execution limit reached, or a divergence
     */
    public boolean beginExecution() {
        if (inExecution) {
            throw new IllegalStateException("endExecution() was not called for execution " + executions);
        }
        if (divergence != null || !moreWork) {
            return false;
        }
        if (executions >= options.maxExecutions()) {
            limitHit = true;
            return false;
        }
        started = true;
        inExecution = true;
        freeRun = false;
        step = 0;
        record.reset();
        return true;
    }

    /**
     * Picks the thread to run next.
     *
     * @param threads every live thread with whether it is enabled and its pending operation; at least one enabled
     * @return the id of the thread to run; it is enabled
     */
    public int choose(List<ThreadState> threads) {
        requireInExecution();
        if (freeRun) {
            return fallback(threads, -1);
        }
        if (step < replayDepth) {
            return replay(threads);
        }
        Node node;
        if (step < stack.size()) {
            node = stack.get(step);
        } else {
            node = freshNode();
            stack.add(node);
        }
        node.previousEnabled = node.previousThread >= 0 && isEnabled(threads, node.previousThread);
        node.enabled.clear();
        for (ThreadState t : threads) {
            if (t.enabled()) {
                node.enabled.set(t.id());
            }
        }
        return takeNext(node, threads);
    }

    /**
     * Reports that {@code thread} performed {@code op}, the pending operation it was chosen with.
     */
    public void executed(int thread, Op op) {
        requireInExecution();
        if (freeRun) {
            return;
        }
        Node node = stack.get(step);
        Choice expected = node.taken;
        if (expected == null || expected.thread() != thread || !expected.op().equals(op)) {
            diverge(String.valueOf(expected), thread + ":" + op);
            return;
        }
        record.record(thread, op);
        step++;
    }

    /** Ends the current execution in which every thread finished: analyses its races and plans the next one. */
    public void endExecution() {
        endExecution(List.of());
    }

    /**
     * Ends the current execution: analyses its races and plans the next one.
     *
     * @param unfinished the threads still alive when no thread was enabled any more (a deadlock, or threads
     *                   blocked forever); their pending lock acquires race with the acquires that blocked them
     */
    public void endExecution(List<ThreadState> unfinished) {
        requireInExecution();
        inExecution = false;
        executions++;
        if (divergence != null) {
            moreWork = false;
            return;
        }
        int recorded = record.size();
        while (stack.size() > recorded) {
            stack.remove(stack.size() - 1);
        }
        analyseRaces();
        if (!freeRun) {
            analyseBlockedAcquires(unfinished);
        }
        backtrack();
    }

    /** @return the number of executions run so far (each a distinct trace unless sleep-set blocked) */
    public long executions() {
        return executions;
    }

    /** @return executions abandoned as redundant because every enabled thread was asleep (0 when optimal) */
    public long sleepBlockedExecutions() {
        return sleepBlocked;
    }

    /** @return wakeup branches dropped because their thread turned out to be disabled (an infeasible reversal) */
    public long infeasibleBranches() {
        return infeasibleBranches;
    }

    /**
     * @return whether exploration finished with every trace explored: no preemption bound pruned anything, the
     * execution limit was not hit with work left, and nothing diverged
     */
    public boolean exhaustive() {
        return started && !moreWork && !inExecution && !boundPruned && !limitHit && divergence == null;
    }

    /**
     * @return the number of states of the current execution and the wakeup-tree steps pending along it, the only
     * memory the engine keeps between executions
     */
    public long retainedSteps() {
        long n = stack.size();
        for (Node node : stack) {
            n += node.pending.steps();
            if (node.continuation != null) {
                n += node.continuation.steps();
            }
        }
        return n;
    }

    /** @return the pending wakeup trees along the current execution, for debugging */
    String describePending() {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < stack.size(); k++) {
            Node n = stack.get(k);
            if (!n.pending.isEmpty() || !n.sleep.entries().isEmpty()) {
                b.append("  @").append(k).append(" sleep=").append(n.sleep).append(" pending=").append(n.pending)
                        .append('\n');
            }
        }
        return b.toString();
    }

    /** @return whether the preemption bound pruned some execution */
    public boolean boundPruned() {
        return boundPruned;
    }

    /** @return the divergence that stopped exploration, if any */
    public Optional<Divergence> divergence() {
        return Optional.ofNullable(divergence);
    }

    private int replay(List<ThreadState> threads) {
        Choice expected = stack.get(step).taken;
        ThreadState actual = find(threads, expected.thread());
        if (actual == null || !actual.enabled() || !actual.pending().equals(expected.op())) {
            diverge(expected.toString(), describe(actual, expected.thread()));
            return fallback(threads, -1);
        }
        return expected.thread();
    }

    private Node freshNode() {
        if (step == 0) {
            return new Node(new SleepSet(), new WakeupTree(), -1, 0);
        }
        Node parent = stack.get(step - 1);
        WakeupTree pending = parent.continuation != null ? parent.continuation : new WakeupTree();
        return new Node(parent.sleep.after(parent.taken), pending, parent.taken.thread(), parent.preemptionsAfter());
    }

    /** Follows the leftmost pending wakeup branch, or picks freely among awake enabled threads. */
    private int takeNext(Node node, List<ThreadState> threads) {
        WakeupTree.Branch branch;
        while ((branch = node.pending.pollFirst()) != null) {
            Choice c = branch.step();
            ThreadState actual = find(threads, c.thread());
            if (actual == null || !actual.pending().equals(c.op())) {
                diverge(c.toString(), describe(actual, c.thread()));
                return fallback(threads, -1);
            }
            if (!actual.enabled()) {
                infeasibleBranches++;
                continue;
            }
            node.taken = c;
            node.continuation = branch.rest();
            return c.thread();
        }
        ThreadState pick = null;
        for (ThreadState t : threads) {
            if (!t.enabled() || node.sleep.contains(t.id())) {
                continue;
            }
            if (t.id() == node.previousThread) {
                pick = t;
                break;
            }
            if (pick == null || t.id() < pick.id()) {
                pick = t;
            }
        }
        if (pick == null) {
            sleepBlocked++;
            stack.remove(stack.size() - 1);
            freeRun = true;
            return fallback(threads, node.previousThread);
        }
        node.taken = new Choice(pick.id(), pick.pending());
        node.continuation = null;
        return pick.id();
    }

    /** Race analysis at the end of a maximal execution (JACM 2017, Algorithm 2, lines 3-7). */
    private void analyseRaces() {
        int races = record.raceCount();
        for (int r = 0; r < races; r++) {
            int e = record.raceFirst(r);
            int ePrime = record.raceSecond(r);
            insert(e, record.reversal(e, ePrime));
        }
    }

    /** A thread blocked for good on a lock races with the acquire that holds it out (a deadlock's other order). */
    private void analyseBlockedAcquires(List<ThreadState> unfinished) {
        for (ThreadState t : unfinished) {
            if (t.enabled() || t.pending().kind() != OpKind.LOCK_ACQUIRE) {
                continue;
            }
            int e = record.blockedAcquireRace(t.id(), t.pending().target());
            if (e >= 0) {
                insert(e, record.reversalTo(e, new Choice(t.id(), t.pending())));
            }
        }
    }

    private void insert(int e, List<Choice> v) {
        Node at = stack.get(e);
        if (startsBlocked(at, v)) {
            infeasibleBranches++;
            return;
        }
        if (at.sleep.coversWeakInitialOf(v)) {
            return;
        }
        if (options.preemptionBound() >= 0 && preemptions(at, v, e) > options.preemptionBound()) {
            boundPruned = true;
            insertWithoutPreemption(e, v.get(0).thread());
            return;
        }
        at.pending.insert(v);
    }

    /**
     * When reversing a race would exceed the preemption bound, schedule the racing thread instead at the deepest
     * earlier state where switching to it is no preemption (the previous thread could not continue there), as
     * bounded partial-order reduction does (Coons, Musuvathi, McKinley, OOPSLA 2013), so that the
     * non-preemptive orders stay reachable.
     */
    private void insertWithoutPreemption(int e, int thread) {
        for (int k = e; k >= 0; k--) {
            Node node = stack.get(k);
            if (k > 0 && node.previousEnabled) {
                continue;
            }
            Op op = pendingAt(k, thread);
            if (op != null && node.enabled.get(thread) && !node.sleep.contains(thread)
                    && (node.taken == null || node.taken.thread() != thread)
                    && node.preemptions <= options.preemptionBound()) {
                node.pending.addFirstStep(new Choice(thread, op));
            }
            return;
        }
    }

    /** The operation {@code thread} had pending in state {@code k} of the current execution, or null. */
    private Op pendingAt(int k, int thread) {
        for (int x = k; x < record.size(); x++) {
            if (record.thread(x) == thread) {
                return record.op(x);
            }
        }
        return null;
    }

    /**
     * Whether {@code v} cannot be executed from {@code at}: one of its initials (a thread whose first event in
     * {@code v} depends on nothing before it in {@code v}) is blocked there. Anything that could unblock it would
     * be dependent with it and come before it in {@code v}, so no reordering of {@code v} runs. This is how races
     * that cannot be reversed (an unpark that released a park, a release that let an acquire through) are dropped.
     */
    private static boolean startsBlocked(Node at, List<Choice> v) {
        for (int i = 0; i < v.size(); i++) {
            int thread = v.get(i).thread();
            if (at.enabled.get(thread) || !isInitial(v, i)) {
                continue;
            }
            return true;
        }
        return false;
    }

    private static boolean isInitial(List<Choice> v, int i) {
        Choice c = v.get(i);
        for (int k = 0; k < i; k++) {
            if (Dependence.dependent(v.get(k), c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Estimated preemptions of the prefix up to {@code at} followed by {@code v}: a switch inside {@code v} counts
     * when the thread switched away from still had events later in the execution.
     */
    private int preemptions(Node at, List<Choice> v, int e) {
        int count = at.preemptions;
        int prev = at.previousThread;
        boolean prevEnabled = at.previousEnabled;
        for (Choice c : v) {
            if (prev >= 0 && c.thread() != prev && prevEnabled) {
                count++;
            }
            prev = c.thread();
            prevEnabled = c.op().kind() != OpKind.END && record.lastEventOf(prev) > e;
        }
        return count;
    }

    /** Marks the explored choices as asleep and finds the deepest state with pending wakeup sequences. */
    private void backtrack() {
        for (int k = stack.size() - 1; k >= 0; k--) {
            Node node = stack.get(k);
            if (node.taken != null) {
                node.sleep.add(node.taken);
                node.taken = null;
                node.continuation = null;
            }
            if (!node.pending.isEmpty()) {
                replayDepth = k;
                return;
            }
            stack.remove(k);
        }
        moreWork = false;
    }

    private void diverge(String expected, String actual) {
        if (divergence == null) {
            divergence = new Divergence(executions + 1, step, expected, actual);
        }
        freeRun = true;
    }

    private int fallback(List<ThreadState> threads, int preferred) {
        ThreadState pick = null;
        for (ThreadState t : threads) {
            if (!t.enabled()) {
                continue;
            }
            if (t.id() == preferred) {
                return t.id();
            }
            if (pick == null || t.id() < pick.id()) {
                pick = t;
            }
        }
        if (pick == null) {
            throw new IllegalStateException("choose() needs at least one enabled thread; got " + threads);
        }
        return pick.id();
    }

    private static ThreadState find(List<ThreadState> threads, int id) {
        for (ThreadState t : threads) {
            if (t.id() == id) {
                return t;
            }
        }
        return null;
    }

    private static boolean isEnabled(List<ThreadState> threads, int id) {
        ThreadState t = find(threads, id);
        return t != null && t.enabled();
    }

    private static String describe(ThreadState actual, int id) {
        if (actual == null) {
            return "no thread " + id;
        }
        return actual.id() + ":" + actual.pending() + (actual.enabled() ? "" : " (disabled)");
    }

    private void requireInExecution() {
        if (!inExecution) {
            throw new IllegalStateException("call beginExecution() first");
        }
    }
}
