package dev.frontrun.internal.dpor;

/**
 * The dependency relation that defines which executions are equivalent (Mazurkiewicz traces): two events are
 * dependent when they belong to the same thread, or when swapping them could change what either observes or whether
 * either is enabled. Over-approximating is safe (it costs extra executions); missing a dependency is not.
 */
public final class Dependence {

    private Dependence() {
    }

    /**
     * @return whether {@code a} and {@code b} are dependent
     */
    public static boolean dependent(Choice a, Choice b) {
        return dependent(a.thread(), a.op(), b.thread(), b.op());
    }

    /**
     * @return whether operation {@code opA} of thread {@code a} and operation {@code opB} of thread {@code b} are
     * dependent
     */
    public static boolean dependent(int a, Op opA, int b, Op opB) {
        if (a == b) {
            return true;
        }
        if (opA.footprint() != null && opB.footprint() != null && opA.footprint().conflicts(opB.footprint())) {
            return true; // also for operations of other kinds that carry further data accesses (Op#alsoWriting)
        }
        OpKind.Space sa = opA.kind().space();
        OpKind.Space sb = opB.kind().space();
        if (sa == OpKind.Space.THREAD || sb == OpKind.Space.THREAD) {
            return threadDependent(a, opA, b, opB) || threadDependent(b, opB, a, opA);
        }
        if (sa != sb) {
            return false;
        }
        if (opA.kind() == OpKind.FOOTPRINT || opB.kind() == OpKind.FOOTPRINT) {
            return Footprint.of(opA).conflicts(Footprint.of(opB));
        }
        if (opA.target() != opB.target()) {
            return false;
        }
        return sa != OpKind.Space.DATA || opA.kind() != OpKind.READ || opB.kind() != OpKind.READ;
    }

    /** A spawn precedes everything its child does; a join follows the end of the joined thread. */
    private static boolean threadDependent(int a, Op opA, int b, Op opB) {
        return switch (opA.kind()) {
            case SPAWN -> opA.target() == b;
            case JOIN -> opB.kind() == OpKind.END && opA.target() == b;
            default -> false;
        };
    }
}
