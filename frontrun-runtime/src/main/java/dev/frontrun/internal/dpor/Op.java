package dev.frontrun.internal.dpor;

import java.util.Objects;

/**
 * One visible operation: a kind and a target (a resource id, a lock id or a thread id depending on the kind).
 * Immutable; equal operations are interchangeable. Replay compares operations with {@link #equals}.
 *
 * @param kind   what the operation does
 * @param target what it does it to: a resource id for data kinds, a lock id for monitor kinds, a thread id for
 *               {@link OpKind#SPAWN}, {@link OpKind#JOIN}, {@link OpKind#PARK} and {@link OpKind#UNPARK}; 0 for
 *               {@link OpKind#END}
 */
public record Op(OpKind kind, long target, Footprint footprint) {

    private static final Op END = new Op(OpKind.END, 0);

    /** Checks the kind is present, and a footprint exactly for {@link OpKind#FOOTPRINT}. */
    public Op {
        Objects.requireNonNull(kind, "kind");
        if ((kind == OpKind.FOOTPRINT) != (footprint != null)) {
            throw new IllegalArgumentException("a footprint belongs to FOOTPRINT operations only: " + kind);
        }
    }

    /**
     * @param kind what the operation does (not {@link OpKind#FOOTPRINT})
     * @param target what it does it to
     */
    public Op(OpKind kind, long target) {
        this(kind, target, null);
    }

    /** @return an operation that reads and writes the resources of {@code footprint} */
    public static Op footprint(Footprint footprint) {
        return new Op(OpKind.FOOTPRINT, 0, Objects.requireNonNull(footprint, "footprint"));
    }

    /** @return a read of {@code resource} */
    public static Op read(long resource) {
        return new Op(OpKind.READ, resource);
    }

    /** @return a write of {@code resource} */
    public static Op write(long resource) {
        return new Op(OpKind.WRITE, resource);
    }

    /** @return an atomic read-modify-write of {@code resource} */
    public static Op readModifyWrite(long resource) {
        return new Op(OpKind.READ_MODIFY_WRITE, resource);
    }

    /** @return an acquire of {@code lock} */
    public static Op acquire(long lock) {
        return new Op(OpKind.LOCK_ACQUIRE, lock);
    }

    /** @return a release of {@code lock} */
    public static Op release(long lock) {
        return new Op(OpKind.LOCK_RELEASE, lock);
    }

    /** @return the start of thread {@code child} */
    public static Op spawn(int child) {
        return new Op(OpKind.SPAWN, child);
    }

    /** @return a join of thread {@code thread} */
    public static Op join(int thread) {
        return new Op(OpKind.JOIN, thread);
    }

    /** @return the end of the executing thread */
    public static Op end() {
        return END;
    }

    @Override
    public String toString() {
        return kind == OpKind.END ? "END" : kind == OpKind.FOOTPRINT ? "FOOTPRINT(" + footprint + ")"
                : kind + "(" + target + ")";
    }
}
