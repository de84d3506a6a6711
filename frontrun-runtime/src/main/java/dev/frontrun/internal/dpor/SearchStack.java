package dev.frontrun.internal.dpor;

import java.util.ArrayList;
import java.util.List;

/**
 * The states of the current execution, each with its sleep set and the wakeup tree still to explore from it: the
 * depth-first search of the exploration. After an execution, {@link #backtrack()} marks the choices taken as asleep
 * and keeps the states down to the deepest one with pending work; the next execution replays the choices above it.
 */
final class SearchStack {

    private final List<Node> nodes = new ArrayList<>();
    /** Steps below this index replay the choices of the previous execution. */
    private int replayDepth;
    private boolean moreWork = true;

    /** @return the states, for the race analysis (which adds wakeup sequences to them) */
    List<Node> nodes() {
        return nodes;
    }

    int size() {
        return nodes.size();
    }

    Node get(int step) {
        return nodes.get(step);
    }

    /** @return whether some state still has wakeup sequences to explore */
    boolean moreWork() {
        return moreWork;
    }

    /** @return the number of steps the next execution replays */
    int replayDepth() {
        return replayDepth;
    }

    /** @return a new state for {@code step} (the next one), reached by the choice taken in the state before it */
    Node push(int step) {
        Node node;
        if (step == 0) {
            node = new Node(new SleepSet(), new WakeupTree(), -1, 0);
        } else {
            Node parent = nodes.get(step - 1);
            WakeupTree pending = parent.continuation != null ? parent.continuation : new WakeupTree();
            node = new Node(parent.sleep.after(parent.taken), pending, parent.taken.thread(),
                    parent.preemptionsAfter());
        }
        nodes.add(node);
        return node;
    }

    /** Drops the states from {@code size} on. */
    void truncate(int size) {
        while (nodes.size() > size) {
            nodes.remove(nodes.size() - 1);
        }
    }

    /** Marks the explored choices as asleep and finds the deepest state with pending wakeup sequences. */
    void backtrack() {
        for (int k = nodes.size() - 1; k >= 0; k--) {
            Node node = nodes.get(k);
            if (node.taken != null) {
                node.sleep.add(node.taken);
                node.taken = null;
                node.continuation = null;
            }
            if (!node.pending.isEmpty()) {
                replayDepth = k;
                return;
            }
            nodes.remove(k);
        }
        moreWork = false;
    }

    /** @return the number of states and the wakeup-tree steps pending along them */
    long retainedSteps() {
        long n = nodes.size();
        for (Node node : nodes) {
            n += node.pending.steps();
        }
        Node last = nodes.isEmpty() ? null : nodes.get(nodes.size() - 1);
        if (last != null && last.continuation != null) {
            n += last.continuation.steps(); // the others' continuations are their successors' pending trees
        }
        return n;
    }
}
