package dev.frontrun.internal.vocab;

import java.util.List;

/**
 * The atomic classes whose own methods are scheduling points (advice inside the JDK reports each read, write and
 * update). A call on any other atomic ({@code LongAdder}, {@code LongAccumulator}) is an ordinary call on a
 * thread-safe JDK object.
 */
public final class AdvisedAtomics {

    /** Their binary names. */
    public static final List<String> NAMES = List.of("java.util.concurrent.atomic.AtomicInteger",
            "java.util.concurrent.atomic.AtomicLong", "java.util.concurrent.atomic.AtomicBoolean",
            "java.util.concurrent.atomic.AtomicReference", "java.util.concurrent.atomic.AtomicIntegerArray",
            "java.util.concurrent.atomic.AtomicLongArray", "java.util.concurrent.atomic.AtomicReferenceArray");

    private AdvisedAtomics() {
    }
}
