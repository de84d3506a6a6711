package dev.frontrun.internal.dpor;

import java.util.ArrayList;
import java.util.List;

/**
 * An ordered tree of wakeup sequences still to be explored from one state (JACM 2017, section 6.2). Children are
 * ordered by insertion; the leftmost is explored first. Only the pending part lives here: a branch is removed
 * when exploration starts down it, and its subtree goes with it to the next state.
 */
final class WakeupTree {

    private final List<Branch> children = new ArrayList<>(2);

    /** A first step and the sequences that continue it. */
    record Branch(Choice step, WakeupTree rest) {
    }

    boolean isEmpty() {
        return children.isEmpty();
    }

    int size() {
        return children.size();
    }

    /** Removes and returns the leftmost branch, or null when empty. */
    Branch pollFirst() {
        return children.isEmpty() ? null : children.remove(0);
    }

    /**
     * Inserts the sequence {@code v} unless an existing branch already covers it: walks down the leftmost child
     * whose step is a weak initial of what remains of {@code v}; reaching a leaf (or using up {@code v}) means an
     * equivalent sequence will be explored anyway, otherwise the remainder becomes a new rightmost branch.
     *
     * @return whether the tree changed
     */
    boolean insert(List<Choice> v) {
        WakeupTree node = this;
        List<Choice> w = new ArrayList<>(v);
        while (!w.isEmpty()) {
            Branch next = null;
            for (Branch child : node.children) {
                int at = weakInitialIndex(child.step(), w);
                if (at == NOT_INITIAL) {
                    continue;
                }
                if (child.rest().isEmpty()) {
                    return false;
                }
                if (at >= 0) {
                    w.remove(at);
                }
                next = child;
                break;
            }
            if (next == null) {
                node.appendChain(w);
                return true;
            }
            node = next.rest();
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
        for (Branch child : children) {
            if (child.step().thread() == step.thread()) {
                return false;
            }
        }
        children.add(new Branch(step, new WakeupTree()));
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
                Choice first = w.get(i);
                for (int k = 0; k < i; k++) {
                    if (Dependence.dependent(w.get(k), first)) {
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

    private void appendChain(List<Choice> w) {
        WakeupTree node = this;
        for (Choice c : w) {
            WakeupTree rest = new WakeupTree();
            node.children.add(new Branch(c, rest));
            node = rest;
        }
    }

    @Override
    public String toString() {
        return children.toString();
    }
}
