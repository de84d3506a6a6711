package dev.frontrun.internal.dpor;

import java.util.Objects;

/**
 * One visible operation: a kind and a target (a resource id, a lock id or a thread id depending on the kind).
 * Immutable; equal operations are interchangeable. Replay compares operations with {@link #equals}.
 *
 * <p>Any operation may also carry a footprint of further data accesses (its {@link #alsoWriting} form): an
 * operation that keeps its own kind's semantics (a monitor acquire, a join) but also touches shared data.
 *
 * @param kind   what the operation does
 * @param target what it does it to: a resource id for data kinds, a lock id for monitor kinds, a thread id for
 *               {@link OpKind#SPAWN}, {@link OpKind#JOIN}, {@link OpKind#PARK} and {@link OpKind#UNPARK}; 0 for
 *               {@link OpKind#END}
 */
public record Op(OpKind kind, long target, Footprint footprint) {

    private static final Op END = new Op(OpKind.END, 0);
    /** The resource of a yield: read by yields only, so a yield depends on nothing. */
    private static final long YIELD_RESOURCE = Long.MIN_VALUE + 3;
    private static final Op YIELD = new Op(OpKind.READ, YIELD_RESOURCE);

    /** Checks the kind is present, and a footprint for {@link OpKind#FOOTPRINT} (optional for the others). */
    public Op {
        Objects.requireNonNull(kind, "kind");
        if (kind == OpKind.FOOTPRINT && footprint == null) {
            throw new IllegalArgumentException("a FOOTPRINT operation needs its footprint");
        }
    }

    /**
     * @param resource a data resource
     * @return this operation, also writing {@code resource} (it then depends on every operation that touches it)
     */
    public Op alsoWriting(long resource) {
        if (footprint == null) {
            return new Op(kind, target, Footprint.of(new long[] {resource}, new long[0]));
        }
        return new Op(kind, target, footprint.plus(resource, true));
    }

    /**
     * @param resource a data resource
     * @return this operation, also reading {@code resource} (it then depends on every operation that writes it)
     */
    public Op alsoReading(long resource) {
        if (footprint == null) {
            return new Op(kind, target, Footprint.of(new long[0], new long[] {resource}));
        }
        return new Op(kind, target, footprint.plus(resource, false));
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
    /**
     * @return a yield ({@code Thread.yield}, {@code Thread.onSpinWait}): independent of everything, and the hint that
     *     the thread waits for another (so a free choice runs another thread next)
     */
    public static Op yieldHint() {
        return YIELD;
    }

    /** @return whether this is {@link #yieldHint} */
    public boolean isYield() {
        return this.equals(YIELD);
    }

    public static Op end() {
        return END;
    }

    @Override
    public String toString() {
        return kind == OpKind.END ? "END" : kind == OpKind.FOOTPRINT ? "FOOTPRINT(" + footprint + ")"
                : kind + "(" + target + ")";
    }
}
