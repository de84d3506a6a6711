package dev.frontrun.internal.dpor;

import java.util.List;

/**
 * The race-reversal phase of optimal DPOR (JACM 2017, Algorithm 2, lines 3-7), run at the end of every maximal
 * execution: for each race {@code e ≲ e'}, the sequence {@code v = notdep(e, E).e'} goes into the wakeup tree of
 * the state before {@code e}, unless a sleeping thread is a weak initial of it (an equivalent execution was
 * explored), it cannot start there (a blocked initial: the race is not reversible), or the preemption bound
 * forbids it.
 */
final class RaceReversals {

    private final DporOptions options;
    private final ExecutionRecord record;
    private final List<Node> stack;
    private long infeasible;
    private boolean boundPruned;

    RaceReversals(DporOptions options, ExecutionRecord record, List<Node> stack) {
        this.options = options;
        this.record = record;
        this.stack = stack;
    }

    /** Reversals dropped because they could not start: races that cannot be reversed. */
    long infeasible() {
        return infeasible;
    }

    /** Whether the preemption bound dropped a reversal. */
    boolean boundPruned() {
        return boundPruned;
    }

    /**
     * Inserts the reversals of the current execution's races.
     *
     * @param unfinished the threads left blocked at its end
     */
    void analyse(List<ThreadState> unfinished) {
        analyseRaces();
        analyseBlockedAcquires(unfinished);
    }

    private void analyseRaces() {
        RaceList races = record.races();
        for (int r = 0; r < races.size(); r++) {
            int e = races.first(r);
            int ePrime = races.second(r);
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
            infeasible++;
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
     * when the thread switched away from has more events later in the execution (it may have been blocked there,
     * so this can over-count and prune a little more than the bound says).
     */
    private int preemptions(Node at, List<Choice> v, int e) {
        int count = at.preemptions;
        int prev = at.previousThread;
        boolean prevEnabled = at.previousEnabled;
        int x = e;
        for (Choice c : v) {
            if (prev >= 0 && c.thread() != prev && prevEnabled) {
                count++;
            }
            prev = c.thread();
            x = indexAfter(x, c);
            prevEnabled = c.op().kind() != OpKind.END && x < record.size() && record.lastEventOf(prev) > x;
        }
        return count;
    }

    /** The index of event {@code c} (the record's own instance) after {@code from}, or the size if absent. */
    private int indexAfter(int from, Choice c) {
        for (int x = from + 1; x < record.size(); x++) {
            if (record.choice(x) == c) {
                return x;
            }
        }
        return record.size();
    }
}
