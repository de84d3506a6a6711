package dev.frontrun.internal.dpor;

import java.util.BitSet;

/**
 * One state of the current execution (the state before event {@code depth}): its sleep set, the wakeup
 * sequences still to explore from it, and the choice taken from it in the current execution.
 */
final class Node {

    final SleepSet sleep;
    final WakeupTree pending;
    /** Thread of the event before this state, or -1 at the root. */
    final int previousThread;
    /** Preemptions among the events before this state. */
    final int preemptions;

    /** Whether {@link #previousThread} could have continued from this state (known once the state is reached). */
    boolean previousEnabled;
    /** The threads enabled in this state (the state is the same whenever it is replayed). */
    final BitSet enabled = new BitSet();
    /** The choice taken from this state in the current execution, or null. */
    Choice taken;
    /** The wakeup sequences that continue {@link #taken}; they become the next state's pending tree. */
    WakeupTree continuation;

    Node(SleepSet sleep, WakeupTree pending, int previousThread, int preemptions) {
        this.sleep = sleep;
        this.pending = pending;
        this.previousThread = previousThread;
        this.preemptions = preemptions;
    }

    /** Preemptions before the next state, given the choice taken here. */
    int preemptionsAfter() {
        boolean preempts = taken != null && previousThread >= 0 && previousEnabled && taken.thread() != previousThread;
        return preemptions + (preempts ? 1 : 0);
    }
}
