package dev.frontrun.internal.dpor;

import java.util.ArrayList;
import java.util.List;

/**
 * An ordered tree of wakeup sequences still to be explored from one state (JACM 2017, section 6.2). Children are
 * ordered by insertion; the leftmost is explored first. Only the pending part lives here: a branch is removed
 * when exploration starts down it, and its subtree goes with it to the next state.
 *
 * <p>Stored as first-child / next-sibling links, one small object per step, because the pending sequences are
 * the only memory the engine keeps across executions.
 */
final class WakeupTree {

    /** One step of a stored sequence, with its first continuation and its next sibling. */
    private static final class Step {
        final Choice choice;
        Step child;
        Step sibling;

        Step(Choice choice) {
            this.choice = choice;
        }
    }

    /** A first step and the sequences that continue it. */
    record Branch(Choice step, WakeupTree rest) {
    }

    private Step first;

    WakeupTree() {
    }

    private WakeupTree(Step first) {
        this.first = first;
    }

    boolean isEmpty() {
        return first == null;
    }

    /** @return the number of branches at the root */
    int size() {
        int n = 0;
        for (Step s = first; s != null; s = s.sibling) {
            n++;
        }
        return n;
    }

    /** @return the number of steps stored in this tree */
    int steps() {
        return count(first);
    }

    private static int count(Step s) {
        int n = 0;
        for (; s != null; s = s.sibling) {
            n += 1 + count(s.child);
        }
        return n;
    }

    /** Removes and returns the leftmost branch, or null when empty. */
    Branch pollFirst() {
        Step s = first;
        if (s == null) {
            return null;
        }
        first = s.sibling;
        return new Branch(s.choice, new WakeupTree(s.child));
    }

    /**
     * Inserts the sequence {@code v} unless an existing branch already covers it: walks down the leftmost child
     * whose step is a weak initial of what remains of {@code v}; reaching a leaf (or using up {@code v}) means an
     * equivalent sequence will be explored anyway, otherwise the remainder becomes a new rightmost branch.
     *
     * @return whether the tree changed
     */
    boolean insert(List<Choice> v) {
        List<Choice> w = new ArrayList<>(v);
        Step parent = null;
        Step children = first;
        while (!w.isEmpty()) {
            Step next = null;
            for (Step child = children; child != null; child = child.sibling) {
                int at = weakInitialIndex(child.choice, w);
                if (at == NOT_INITIAL) {
                    continue;
                }
                if (child.child == null) {
                    return false;
                }
                if (at >= 0) {
                    w.remove(at);
                }
                next = child;
                break;
            }
            if (next == null) {
                appendChain(parent, w);
                return true;
            }
            parent = next;
            children = next.child;
        }
        return false;
    }

    /**
     * Adds {@code step} as a one-step branch unless a branch already starts with its thread. Unlike
     * {@link #insert}, a branch that merely commutes with it does not count: used under a preemption bound, where
     * commuting steps may still lead to different (non-preemptive) executions.
     *
     * @return whether the tree changed
     */
    boolean addFirstStep(Choice step) {
        for (Step s = first; s != null; s = s.sibling) {
            if (s.choice.thread() == step.thread()) {
                return false;
            }
        }
        appendChain(null, List.of(step));
        return true;
    }

    static final int NOT_INITIAL = -2;
    static final int INDEPENDENT = -1;

    /**
     * Whether {@code p} is a weak initial of {@code w}: either {@code p}'s thread has an event in {@code w} that
     * nothing before it in {@code w} depends on (returns its index), or the thread has no event in {@code w} and
     * {@code p} is independent of all of {@code w} (returns {@link #INDEPENDENT}). Otherwise {@link #NOT_INITIAL}.
     */
    static int weakInitialIndex(Choice p, List<Choice> w) {
        int n = w.size();
        for (int i = 0; i < n; i++) {
            if (w.get(i).thread() == p.thread()) {
                Choice firstOfThread = w.get(i);
                for (int k = 0; k < i; k++) {
                    if (Dependence.dependent(w.get(k), firstOfThread)) {
                        return NOT_INITIAL;
                    }
                }
                return i;
            }
        }
        for (int i = 0; i < n; i++) {
            if (Dependence.dependent(p, w.get(i))) {
                return NOT_INITIAL;
            }
        }
        return INDEPENDENT;
    }

    /** Appends {@code w} as a chain under {@code parent} (the root when null), after its existing children. */
    private void appendChain(Step parent, List<Choice> w) {
        Step head = null;
        Step tail = null;
        for (Choice c : w) {
            Step s = new Step(c);
            if (head == null) {
                head = s;
            } else {
                tail.child = s;
            }
            tail = s;
        }
        if (parent == null) {
            first = appendSibling(first, head);
        } else {
            parent.child = appendSibling(parent.child, head);
        }
    }

    private static Step appendSibling(Step list, Step s) {
        if (list == null) {
            return s;
        }
        Step last = list;
        while (last.sibling != null) {
            last = last.sibling;
        }
        last.sibling = s;
        return list;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("[");
        for (Step s = first; s != null; s = s.sibling) {
            b.append(s.choice).append(s.child == null ? "" : " " + new WakeupTree(s.child)).append(s.sibling == null ? "" : ", ");
        }
        return b.append(']').toString();
    }
}
