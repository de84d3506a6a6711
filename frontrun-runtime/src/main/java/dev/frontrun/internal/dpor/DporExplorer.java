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
 *     // start the program; every thread stops before its next visible operation
 *     while (someThreadIsEnabled) {
 *         int t = e.choose(threads);   // each: id, enabled, pending operation (END when about to finish)
 *         // let t perform its pending operation, stop it before its next one
 *         e.executed(t, op);
 *     }
 *     e.endExecution(threadsStillAlive); // empty unless deadlocked or blocked for good
 * }
 * e.exhaustive();
 * }</pre>
 *
 * <p>Each execution explored is a different Mazurkiewicz trace of {@link Dependence}; without a bound, a limit or
 * a divergence, every trace is explored exactly once (the tests check this against brute force).
 *
 * <p>Replay: the steps before the state being branched from repeat the previous execution's choices; if a thread
 * is missing, blocked, or about to do something else than recorded, the program is not deterministic under the
 * scheduler: the engine records a {@link Divergence}, keeps answering {@link #choose} (any enabled thread) so the
 * scheduler can finish the execution, drops the branch it could not reproduce and goes on with the others, so that
 * bugs elsewhere are still found; an exploration with a divergence is never exhaustive.
 *
 * <p>Memory: the engine keeps the current execution (reused arrays) and, per state of it, a sleep set and the
 * wakeup tree of sequences still to explore; nothing is kept per explored execution. Wakeup trees hold the
 * pending frontier of the search, which can be large for programs with very many traces (the known cost of
 * sequence-based optimal DPOR); it is released as exploration proceeds.
 *
 * <p>Not thread-safe: call it from the scheduler's thread only.
 */
public final class DporExplorer {

    private final DporOptions options;
    private final ExecutionRecord record = new ExecutionRecord();
    private final SearchStack stack = new SearchStack();
    private final RaceReversals reversals;
    private final java.util.Random random;

    private boolean started;
    private boolean inExecution;
    private int step;
    /** After a divergence or a sleep-set block the rest of the execution is run without bookkeeping. */
    private boolean freeRun;

    private long executions;
    private long sleepBlocked;
    private long infeasibleBranches;
    private boolean limitHit;
    /** The executions that diverged; exploration goes on without their branches. */
    private final Divergences divergences = new Divergences();
    /** Steps one thread may run in a row before a free choice prefers another (a spin loop without a yield). */
    private static final int SPIN_STEPS = 256;
    /** The thread that ran the last steps, how many in a row, and whether its last step was a yield. */
    private int runThread = -1;
    private int runLength;
    private boolean yielded;

    /** Creates an explorer with the given options. */
    public DporExplorer(DporOptions options) {
        this.options = options;
        this.reversals = new RaceReversals(options, record, stack.nodes());
        this.random = new java.util.Random(options.seed());
    }

    /**
     * Starts the next execution.
     *
     * @return false when exploration is over: everything explored, or the execution limit reached
     */
    public boolean beginExecution() {
        if (inExecution) {
            throw new IllegalStateException("endExecution() was not called for execution " + executions);
        }
        if (!stack.moreWork()) {
            return false;
        }
        if (executions >= options.maxExecutions()) {
            limitHit = true;
            return false;
        }
        started = true;
        inExecution = true;
        freeRun = false;
        divergences.beginExecution();
        step = 0;
        record.reset();
        runThread = -1;
        runLength = 0;
        yielded = false;
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
            return ThreadStates.fallback(threads, -1);
        }
        if (step < stack.replayDepth()) {
            return replay(threads);
        }
        Node node;
        if (step < stack.size()) {
            node = stack.get(step);
        } else {
            node = stack.push(step);
        }
        node.previousEnabled = node.previousThread >= 0 && ThreadStates.isEnabled(threads, node.previousThread);
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
        runLength = thread == runThread ? runLength + 1 : 1;
        runThread = thread;
        yielded = op.isYield();
        step++;
    }

    /** Ends the current execution in which every thread finished: analyses its races and plans the next one. */
    public void endExecution() {
        endExecution(List.of());
    }

    /**
     * Ends the current execution: analyses its races and plans the next one. Normally called when no thread is
     * enabled any more; called earlier (an execution the scheduler aborted), the events so far are analysed as if
     * the execution had ended there.
     *
     * @param unfinished the threads still alive when no thread was enabled any more (a deadlock, or threads
     *                   blocked forever); their pending lock acquires race with the acquires that blocked them
     */
    public void endExecution(List<ThreadState> unfinished) {
        requireInExecution();
        inExecution = false;
        executions++;
        int recorded = record.size();
        // after a divergence this drops the branch that could not be reproduced (and what was pending below it)
        stack.truncate(recorded);
        reversals.analyse(freeRun ? List.of() : unfinished);
        stack.backtrack();
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
        return infeasibleBranches + reversals.infeasible();
    }

    /**
     * @return whether exploration finished with every trace explored: no preemption bound pruned anything, the
     * execution limit was not hit with work left, and nothing diverged
     */
    public boolean exhaustive() {
        return started && !stack.moreWork() && !inExecution && !reversals.boundPruned() && !limitHit
                && divergences.first().isEmpty();
    }

    /**
     * @return the number of states of the current execution and the wakeup-tree steps pending along it, the only
     * memory the engine keeps between executions
     */
    public long retainedSteps() {
        return stack.retainedSteps();
    }

    /**
     * @return the events of the current (or just ended) execution so far, in order: the schedule that replays it
     * (after a divergence or a sleep-set block, only the events up to that point)
     */
    public List<Choice> currentExecution() {
        List<Choice> out = new ArrayList<>(record.size());
        for (int i = 0; i < record.size(); i++) {
            out.add(record.choice(i));
        }
        return out;
    }

    /** @return whether the preemption bound pruned some execution */
    public boolean boundPruned() {
        return reversals.boundPruned();
    }

    /** @return the first divergence, if any (exploration went on without the branch it happened in) */
    public Optional<Divergence> divergence() {
        return divergences.first();
    }

    /** @return how many executions diverged from their replayed prefix */
    public long divergences() {
        return divergences.count();
    }

    private int replay(List<ThreadState> threads) {
        Choice expected = stack.get(step).taken;
        ThreadState actual = ThreadStates.find(threads, expected.thread());
        if (actual == null || !actual.enabled() || !actual.pending().equals(expected.op())) {
            diverge(expected.toString(), ThreadStates.describe(actual, expected.thread()));
            return ThreadStates.fallback(threads, -1);
        }
        return expected.thread();
    }

    /** Follows the leftmost pending wakeup branch, or picks freely among awake enabled threads. */
    private int takeNext(Node node, List<ThreadState> threads) {
        WakeupTree.Branch branch;
        while ((branch = node.pending.pollFirst()) != null) {
            Choice c = branch.step();
            ThreadState actual = ThreadStates.find(threads, c.thread());
            if (actual == null || !actual.pending().equals(c.op())) {
                diverge(c.toString(), ThreadStates.describe(actual, c.thread()));
                return ThreadStates.fallback(threads, -1);
            }
            if (!actual.enabled()) {
                infeasibleBranches++;
                continue;
            }
            node.taken = c;
            node.continuation = branch.rest();
            return c.thread();
        }
        List<ThreadState> candidates = new ArrayList<>(threads.size());
        for (ThreadState t : threads) {
            if (t.enabled() && !node.sleep.contains(t.id())) {
                candidates.add(t);
            }
        }
        SearchOrder order = options.preemptionBound() < 0 ? options.order() : SearchOrder.DEPTH_FIRST;
        // a thread that yields (a spin loop's Thread.yield or onSpinWait), or that ran alone for long, waits for
        // another: the free choice runs the next thread instead, or a spin loop would spin until the time limit
        boolean spinning = node.previousThread == runThread && (yielded || runLength >= SPIN_STEPS);
        ThreadState pick = candidates.isEmpty() ? null : spinning
                ? SearchOrder.after(candidates, node.previousThread)
                : order.pick(candidates, threads, node.previousThread, random);
        if (pick == null) {
            sleepBlocked++;
            stack.truncate(stack.size() - 1);
            freeRun = true;
            return ThreadStates.fallback(threads, node.previousThread);
        }
        node.taken = new Choice(pick.id(), pick.pending());
        node.continuation = null;
        return pick.id();
    }

    private void diverge(String expected, String actual) {
        divergences.record(executions + 1, step, expected, actual);
        freeRun = true;
    }

    private void requireInExecution() {
        if (!inExecution) {
            throw new IllegalStateException("call beginExecution() first");
        }
    }
}
