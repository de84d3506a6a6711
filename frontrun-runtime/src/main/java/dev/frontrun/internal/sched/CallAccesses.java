package dev.frontrun.internal.sched;

import java.util.Arrays;

import dev.frontrun.internal.vocab.OpKind;
import dev.frontrun.internal.vocab.Site;

/**
 * What one library call touches besides its receiver: the JDK objects and the array elements it is given, read or
 * written in the call's step, and the first of them, on which the step is anchored when the receiver is no shared
 * state.
 */
final class CallAccesses {

    private final Execution e;
    private long[] reads = new long[4];
    private int readCount;
    private long[] writes = new long[4];
    private int writeCount;
    private Object first;
    private ManagedThread by;
    private boolean firstUnsafe;
    private boolean firstWritten;

    CallAccesses(Execution e) {
        this.e = e;
    }

    void first(Object state, ManagedThread me, boolean unsafe, boolean written) {
        if (first == null) {
            first = state;
            by = me;
            firstUnsafe = unsafe;
            firstWritten = written;
        }
    }

    void add(long resource, boolean write) {
        if (write) {
            if (writeCount == writes.length) {
                writes = Arrays.copyOf(writes, writeCount * 2);
            }
            writes[writeCount++] = resource;
        } else {
            if (readCount == reads.length) {
                reads = Arrays.copyOf(reads, readCount * 2);
            }
            reads[readCount++] = resource;
        }
    }

    /**
     * The elements of an array the call is given (or that the receiver, a view of the array, shows), each the
     * resource an element access in application code uses ({@link ArrayElements#slot}).
     */
    void array(Object array, ManagedThread me, boolean write) {
        int n = ArrayElements.resources(array);
        for (int i = 0; i < n; i++) {
            add(e.resources.id(array, i, me), write);
        }
        first(array, me, false, write);
    }

    boolean none() {
        return first == null;
    }

    long[] reads() {
        return Arrays.copyOf(reads, readCount);
    }

    long[] writes() {
        return Arrays.copyOf(writes, writeCount);
    }

    /** A step of its own for the objects a call is given when its receiver is no shared state: on the first. */
    Operation anchor(Site s, int site) {
        int rid = e.resources.id(first, "state", by);
        // on an object that is not thread-safe, an unordered access by another thread is a data race, as for calls
        OpKind kind = firstWritten ? OpKind.WRITE : OpKind.READ;
        return CallOperations.libraryCall(kind, rid, e.resources.describe(first), site, s.member(), firstUnsafe,
                false).alsoTouching(reads(), writes());
    }
}
