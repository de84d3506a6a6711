package dev.frontrun.internal.sched;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.frontrun.internal.vocab.OpKind;

/**
 * One application call on an executor that creates the futures it then waits for ({@code invokeAll},
 * {@code invokeAny}): the hidden state its steps touch is the executor's domain and that of every
 * {@code java.util.concurrent} object the calling thread creates inside the call (its futures, a completion
 * service's futures with their queue), besides the JDK objects the call was given.
 *
 * <p>The call's first step creates a future and hands it to the pool in one go, so no other thread can touch the
 * future before that step ends: a step of the call need name only the objects created before it began. Every later
 * step inside the call (after a park, an unpark, a thread start, an interrupt) names them all. An object whose
 * domain is not known makes the step's hidden state unknown. The domains are computed when each step begins, after
 * the objects' constructors have returned (a completion service's future is grouped with its queue then).
 *
 * <p>{@code invokeAll} hands every task to the executor before it waits for any of their futures: once the thread
 * parks on a future the call created, the rest of the call touches the futures only (it gets them, and cancels them
 * when interrupted), no longer the executor. {@code invokeAny} submits more tasks after each wait.
 */
final class CallScope {

    private static final StackWalker WALKER = StackWalker.getInstance();

    private long[] domains;
    /** Whether the call submits every task before it waits for the first future ({@code invokeAll}). */
    private boolean submitsFirst;
    /** Whether it waited for a future of its own already: the executor is no longer touched. */
    private boolean submitted;
    private long[] reads;
    private long[] writes;
    private final List<Object> created = new ArrayList<>();

    /**
     * @param domain the executor's domain (known)
     * @param reads the resources the call reads besides it (the JDK objects it is given)
     * @param writes the resources it writes besides it
     * @param submitsFirst whether the call submits every task before it waits for one ({@code invokeAll})
     */
    CallScope(long domain, long[] reads, long[] writes, boolean submitsFirst) {
        this.domains = new long[] {domain};
        this.submitsFirst = submitsFirst;
        this.reads = reads;
        this.writes = writes;
    }

    /**
     * The scope after a point of the thread's own (a point the application reaches): the call it was inside goes on
     * while the thread is still inside it (a task it runs itself, as a caller-runs policy does, reaches points of
     * the application), and a call made there adds its hidden state to it.
     *
     * @param current the scope the thread was in, or null
     * @param opened the scope the point opens (its own call), or null
     */
    static CallScope next(CallScope current, CallScope opened) {
        if (current == null || !insideExecutorCall()) {
            return opened;
        }
        if (opened != null) {
            current.submitsFirst = false; // calls within calls: each may submit after the other waited
            current.submitted = false;
            current.domains = concat(current.domains, opened.domains, opened.domains.length);
            current.reads = concat(current.reads, opened.reads, opened.reads.length);
            current.writes = concat(current.writes, opened.writes, opened.writes.length);
        }
        return current;
    }

    private static boolean insideExecutorCall() {
        return WALKER.walk(s -> s.anyMatch(f -> f.getClassName().startsWith("java.util.concurrent.")
                && f.getMethodName().startsWith("invoke")));
    }

    /** Notes an object the calling thread created inside the call (a future, see {@link CreationNumbers}). */
    void created(Object object) {
        created.add(object);
    }

    /**
     * Widens {@code op}, a point the JDK reaches inside the call, by the call's hidden state.
     *
     * @param by the calling thread
     */
    void widen(Operation op, Execution e, ManagedThread by) {
        long[] more = Arrays.copyOf(writes, writes.length + domains.length + created.size());
        int n = writes.length;
        boolean onOwnFuture = false;
        for (Object o : created) {
            long d = e.domains.of(o, e.resources, by);
            if (d < 0) {
                op.touching(JdkDomains.UNKNOWN); // hidden state of unknown extent: the step depends on all of it
            } else {
                more[n++] = d;
                // a park on a future of its own (not on the executor's lock, whose domain a scheduled task shares)
                onOwnFuture |= d == op.hiddenDomain() && !executor(d);
            }
        }
        submitted |= submitsFirst && op.kind() == OpKind.PARK && !op.timed()
                && onOwnFuture;
        if (!submitted) {
            for (long d : domains) {
                more[n++] = d;
            }
        }
        op.alsoTouching(concat(op.alsoReads(), reads, reads.length), concat(op.alsoWrites(), more, n));
    }

    private boolean executor(long domain) {
        for (long d : domains) {
            if (d == domain) {
                return true;
            }
        }
        return false;
    }

    private static long[] concat(long[] a, long[] b, int bLength) {
        long[] out = Arrays.copyOf(a, a.length + bLength);
        System.arraycopy(b, 0, out, a.length, bLength);
        return out;
    }
}
