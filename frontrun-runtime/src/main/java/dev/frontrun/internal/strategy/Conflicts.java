package dev.frontrun.internal.strategy;

import dev.frontrun.internal.sched.Operation;
import dev.frontrun.internal.vocab.OpKind;

/** The dependency relation strategies use: same resource with at least one write, or the same lock. */
final class Conflicts {

    private Conflicts() {
    }

    static boolean conflict(Operation a, Operation b) {
        if (a.resource() < 0 || a.resource() != b.resource()) {
            return false;
        }
        if (a.kind().isAccess() && b.kind().isAccess()) {
            return a.kind().writes() || b.kind().writes();
        }
        return a.kind() != OpKind.END && b.kind() != OpKind.END;
    }
}
