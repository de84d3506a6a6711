package dev.frontrun.soundness;

/**
 * One operation of a generated program ({@link DiffProgram}): what {@link DiffInterpreter} does to the shared
 * {@link DiffWorld} and the worker's register.
 *
 * @param kind what it does
 * @param arg which field (0 = x, 1 = y), array index or map key
 */
record DiffOp(Kind kind, int arg) {

    /** The operations; the feature is the column of the differential test's breakdown. */
    enum Kind {
        READ("field"), WRITE("field"), INC("field"),
        ARRAY_READ("array"), ARRAY_WRITE("array"), ARRAY_INC("array"),
        SYNC_BLOCK_INC("sync block"), SYNC_METHOD_INC("sync method"), SYNC_METHOD_READ("sync method"),
        STATIC_SYNC_INC("static sync"), LOCK_INC("ReentrantLock"), LOCK_READ("ReentrantLock"),
        MAP_GET("HashMap"), MAP_PUT("HashMap"), MAP_PUT_IF_MISSING("HashMap"), MAP_SIZE("HashMap"),
        LIST_ADD("ArrayList"), LIST_SIZE("ArrayList"),
        ATOMIC_INC("AtomicInteger"), ATOMIC_GET("AtomicInteger"), ATOMIC_SET("AtomicInteger"),
        CHM_GET("ConcurrentHashMap"), CHM_PUT_IF_MISSING("ConcurrentHashMap"),
        QUEUE_OFFER("LinkedBlockingQueue"), QUEUE_POLL("LinkedBlockingQueue"),
        VECTOR_ADD("Vector + views"), VECTOR_COPY_SIZE("Vector + views"), VECTOR_ITER_SUM("Vector + views"),
        VECTOR_VIEW_SIZE("Vector + views"), VECTOR_SORT("Vector + views"),
        SYNC_MAP_PUT("synchronizedMap"), SYNC_MAP_ENTRY_SUM("synchronizedMap"),
        ARRAY_COPY_READ("array to JDK call"), ARRAY_FILL("array to JDK call"), ARRAY_COPY_OF_SUM("array to JDK call"),
        ARRAY_SHIFT("array to JDK call"), BOXES_LIST_SET("Arrays.asList view"), BOXES_READ("Arrays.asList view"),
        STATIC_INC_HERE("static field, two classes"), STATIC_INC_THERE("static field, two classes"),
        THREAD_INC("new Thread"), EXECUTOR_INC_TWICE("ExecutorService");

        final String feature;

        Kind(String feature) {
            this.feature = feature;
        }

        boolean startsThreads() {
            return this == THREAD_INC || this == EXECUTOR_INC_TWICE;
        }
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + "(" + arg + ")";
    }
}
