package dev.frontrun.internal.sched;

import dev.frontrun.internal.vocab.OpKind;

/** The named factories of {@link Operation} for what threads do to each other and to themselves. */
final class ThreadOperations {

    private ThreadOperations() {
    }

    /** @return a {@code Thread.sleep}, timed unless its duration is zero */
    static Operation sleep(int site, boolean timed) {
        Operation o = Operation.plain(OpKind.SLEEP, site);
        o.timed = timed;
        return o;
    }

    /** @return the start of {@code thread}, which becomes managed thread {@code child} */
    static Operation spawn(int child, Thread thread, int site) {
        Operation o = towards(OpKind.SPAWN, child, site);
        o.spawned = thread;
        return o;
    }

    /** @return a {@code Thread.join} of managed thread {@code target} */
    static Operation join(int target, int site, boolean timed) {
        Operation o = towards(OpKind.JOIN, target, site);
        o.timed = timed;
        return o;
    }

    /** @return a park of managed thread {@code self} */
    static Operation park(int self, int site, boolean timed) {
        Operation o = Operation.plain(OpKind.PARK, site);
        o.targetThread = self;
        o.timed = timed;
        return o;
    }

    /** @return an unpark or interrupt ({@code kind}) of managed thread {@code target} */
    static Operation towards(OpKind kind, int target, int site) {
        Operation o = new Operation(kind, -1, "Thread " + target, site, null, false);
        o.targetThread = target;
        return o;
    }
}
