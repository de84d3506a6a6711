package dev.frontrun.internal.dpor;

import java.util.Arrays;

/**
 * The resources an operation of kind {@link OpKind#FOOTPRINT} reads and writes: an operation whose effect is not one
 * access of one resource (a step inside a library that changes its hidden state and a thread's permit, say). Two
 * operations conflict when one writes a resource the other reads or writes.
 */
public final class Footprint {

    private final long[] writes;
    private final long[] reads;

    private Footprint(long[] writes, long[] reads) {
        this.writes = writes;
        this.reads = reads;
    }

    /**
     * @param writes the resources written (read too)
     * @param reads the resources only read
     * @return the footprint
     */
    public static Footprint of(long[] writes, long[] reads) {
        long[] w = writes.clone();
        long[] r = reads.clone();
        Arrays.sort(w);
        Arrays.sort(r);
        return new Footprint(w, r);
    }

    /**
     * @param op a data operation (a read, write, read-modify-write or footprint)
     * @return the resources it reads and writes
     */
    static Footprint of(Op op) {
        if (op.kind() == OpKind.FOOTPRINT) {
            return op.footprint();
        }
        long[] one = {op.target()};
        return op.kind() == OpKind.READ ? of(new long[0], one) : of(one, new long[0]);
    }

    /**
     * @param op a data operation
     * @param reads resources it also reads
     * @param writes resources it also writes
     * @return {@code op} widened by those resources (a call on one JDK object that is given others); an operation
     *     that is no data access keeps its kind and carries them as further accesses
     */
    public static Op widen(Op op, long[] reads, long[] writes) {
        if (reads.length == 0 && writes.length == 0) {
            return op;
        }
        if (op.kind().space() != OpKind.Space.DATA) { // a spawn inside a JDK call: it stays a spawn
            Op out = op;
            for (long w : writes) {
                out = out.alsoWriting(w);
            }
            for (long r : reads) {
                out = out.alsoReading(r);
            }
            return out;
        }
        Footprint f = of(op);
        if (op.kind() != OpKind.FOOTPRINT && op.footprint() != null) { // the further accesses it carries already
            for (long w : op.footprint().writes) {
                f = f.plus(w, true);
            }
            for (long r : op.footprint().reads) {
                f = f.plus(r, false);
            }
        }
        for (long w : writes) {
            f = f.plus(w, true);
        }
        for (long r : reads) {
            f = f.plus(r, false);
        }
        return Op.footprint(f);
    }

    /** @return this footprint, also writing ({@code write}) or reading {@code resource} */
    Footprint plus(long resource, boolean write) {
        if (writes(resource) || (!write && touches(resource))) {
            return this;
        }
        long[] more = Arrays.copyOf(write ? writes : reads, (write ? writes : reads).length + 1);
        more[more.length - 1] = resource;
        return write ? of(more, reads) : of(writes, more);
    }

    int writeCount() {
        return writes.length;
    }

    long write(int i) {
        return writes[i];
    }

    int readCount() {
        return reads.length;
    }

    long read(int i) {
        return reads[i];
    }

    boolean writes(long resource) {
        return Arrays.binarySearch(writes, resource) >= 0;
    }

    boolean touches(long resource) {
        return writes(resource) || Arrays.binarySearch(reads, resource) >= 0;
    }

    /** @return whether this and {@code other} access a common resource, at least one of them writing it */
    boolean conflicts(Footprint other) {
        for (long w : writes) {
            if (other.touches(w)) {
                return true;
            }
        }
        for (long r : reads) {
            if (other.writes(r)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Footprint f && Arrays.equals(writes, f.writes) && Arrays.equals(reads, f.reads);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(writes) * 31 + Arrays.hashCode(reads);
    }

    @Override
    public String toString() {
        return "writes " + Arrays.toString(writes) + " reads " + Arrays.toString(reads);
    }
}
