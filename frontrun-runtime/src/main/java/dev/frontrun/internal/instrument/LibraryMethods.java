package dev.frontrun.internal.instrument;

import java.util.Set;

import dev.frontrun.internal.vocab.AdvisedAtomics;

/**
 * Which calls from application code on JDK objects become scheduling points (the call is an access of the
 * receiver), and which of them only observe the receiver. The receiver's class is checked again when the call runs
 * (see the scheduler's library-call hook); this static filter only leaves out calls that are never shared state or
 * that the scheduler already models by other means.
 */
final class LibraryMethods {

    /** Packages (internal names) whose objects are modelled otherwise or are never shared mutable state. */
    private static final String[] SKIPPED_PREFIXES = {
        "java/lang/String", "java/lang/Integer", "java/lang/Long", "java/lang/Short", "java/lang/Byte",
        "java/lang/Character", "java/lang/Boolean", "java/lang/Double", "java/lang/Float", "java/lang/Number",
        "java/lang/Enum", "java/lang/Record", "java/lang/Class", "java/lang/Thread", "java/lang/ThreadLocal",
        "java/lang/reflect/", "java/lang/invoke/MethodHandle", "java/lang/invoke/MethodHandles", "java/lang/ref/", "java/lang/Throwable", "java/lang/Exception",
        "java/lang/Error", "java/lang/RuntimeException", "java/lang/Math", "java/lang/Runnable",
        "java/lang/AutoCloseable", "java/util/concurrent/locks/LockSupport",
        "java/util/concurrent/locks/ReentrantLock", "java/util/concurrent/locks/ReentrantReadWriteLock",
        "java/util/concurrent/CountDownLatch", "java/util/concurrent/Semaphore", "java/util/function/",
        "java/sql/", "javax/sql/", "java/time/", "java/math/", "java/util/UUID", "java/util/Optional",
        "java/lang/constant/", "java/lang/StackTraceElement",
    };

    /** Methods every object has that say nothing about shared state (or are modelled: wait/notify). */
    private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "equals", "toString", "getClass", "wait",
            "notify", "notifyAll", "clone", "finalize", "close");

    /** Methods that only observe their receiver. Everything else counts as changing it. */
    private static final Set<String> OBSERVERS = Set.of("get", "getOrDefault", "containsKey", "containsValue",
            "contains", "containsAll", "size", "isEmpty", "indexOf", "lastIndexOf", "iterator", "listIterator",
            "spliterator", "stream", "parallelStream", "forEach", "keySet", "values", "entrySet", "toArray",
            "peek", "element", "getFirst", "getLast", "peekFirst", "peekLast", "first", "last", "firstKey",
            "lastKey", "firstEntry", "lastEntry", "floor", "ceiling", "higher", "lower", "floorKey", "ceilingKey",
            "higherKey", "lowerKey", "floorEntry", "ceilingEntry", "higherEntry", "lowerEntry", "headMap",
            "tailMap", "subMap", "headSet", "tailSet", "subSet", "subList", "charAt", "length", "substring",
            "comparator", "descendingIterator", "hasNext", "capacity", "codePointAt", "navigableKeySet",
            "descendingMap", "descendingSet", "descendingKeySet", "isDone", "isCancelled", "getKey", "getValue",
            "cardinality");

    /** Argument types that are never shared mutable JDK state (or are modelled otherwise). */
    private static final String[] VALUE_ARGUMENTS = {"java/lang/String", "java/lang/Integer", "java/lang/Long",
        "java/lang/Short", "java/lang/Byte", "java/lang/Character", "java/lang/Boolean", "java/lang/Double",
        "java/lang/Float", "java/lang/Class", "java/lang/Runnable", "java/lang/Thread", "java/lang/ClassLoader",
        "java/util/function/", "java/util/concurrent/Callable", "java/util/concurrent/TimeUnit", "java/time/",
        "java/math/", "java/lang/invoke/", "java/lang/reflect/", "java/util/Locale", "java/nio/charset/",
    };

    /** Methods that return a view of their receiver's state (or, for a stream, the next stage of it). */
    private static final Set<String> VIEWS = Set.of("iterator", "listIterator", "spliterator", "keySet", "values",
            "entrySet", "subList", "headMap", "tailMap", "subMap", "headSet", "tailSet", "subSet", "descendingMap",
            "descendingSet", "descendingKeySet", "descendingIterator", "navigableKeySet", "stream", "parallelStream",
            "keys", "elements", "reversed", "sequencedKeySet", "sequencedValues", "sequencedEntrySet", "next",
            "previous", "firstEntry", "lastEntry", "floorEntry", "ceilingEntry", "higherEntry", "lowerEntry");

    /** Static {@code Collections} methods that change the collection they are given first. */
    private static final Set<String> COLLECTIONS_WRITERS = Set.of("sort", "shuffle", "reverse", "swap", "fill",
            "copy", "addAll", "rotate", "replaceAll");

    private LibraryMethods() {
    }

    /**
     * @param descriptor a method descriptor
     * @return the indices of the arguments that may be JDK objects with state, or arrays (whose elements the call
     *     reads or writes, and which may hold such objects: varargs); not values or lambdas
     */
    static int[] sharedArguments(String descriptor) {
        net.bytebuddy.jar.asm.Type[] args = net.bytebuddy.jar.asm.Type.getArgumentTypes(descriptor);
        int[] found = new int[args.length];
        int n = 0;
        for (int i = 0; i < args.length; i++) {
            // an array: its elements are read or written by the call (and an array of objects may be varargs)
            boolean array = args[i].getSort() == net.bytebuddy.jar.asm.Type.ARRAY;
            if (array || args[i].getSort() == net.bytebuddy.jar.asm.Type.OBJECT && !value(args[i].getInternalName())) {
                found[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(found, n);
    }

    /** @return whether objects of {@code type} (an internal name) are values: never shared mutable state */
    static boolean value(String type) {
        for (String p : VALUE_ARGUMENTS) {
            if (type.startsWith(p) && (p.endsWith("/") || type.length() == p.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return whether the value an instance call returns may be a view of its receiver's state: an iterator, a key
     *     set, an entry, a sublist, a stream stage (the scheduler keeps only JDK views, see its library calls)
     */
    static boolean returnsView(String owner, String name, String descriptor) {
        if (!descriptor.endsWith(";")) {
            return false;
        }
        return VIEWS.contains(name) || owner.startsWith("java/util/stream/");
    }

    /**
     * @return whether a static call returns a view of its first argument: {@code Collections.unmodifiableList}, or
     *     an object backed by the array it is given ({@code Arrays.asList}, {@code Arrays.stream},
     *     {@code ByteBuffer.wrap})
     */
    static boolean wrapsFirstArgument(String owner, String name, String descriptor) {
        if (!descriptor.endsWith(";") || descriptor.startsWith("()")) {
            return false;
        }
        if (descriptor.startsWith("([")) {
            return owner.equals("java/util/Arrays") && (name.equals("asList") || name.equals("stream")
                    || name.equals("spliterator")) || owner.startsWith("java/nio/") && name.equals("wrap");
        }
        return owner.equals("java/util/Collections")
                && (name.startsWith("unmodifiable") || name.startsWith("synchronized") || name.startsWith("checked"));
    }

    /** @return whether a static call changes the first object it is given ({@code Collections.sort(list)}) */
    static boolean writesFirstArgument(String owner, String name) {
        return owner.equals("java/util/Collections") && COLLECTIONS_WRITERS.contains(name);
    }

    /**
     * @param owner the internal name of the class or interface the call names
     * @param name the method name
     * @return whether the call gets a library-call scheduling point
     */
    static boolean observed(String owner, String name) {
        if (!(owner.startsWith("java/") || owner.startsWith("javax/")) || OBJECT_METHODS.contains(name)
                || name.equals("<init>")) {
            return false;
        }
        if (owner.equals("java/lang/Object") || AdvisedAtomics.NAMES.contains(owner.replace('/', '.'))) {
            return false;
        }
        for (String p : SKIPPED_PREFIXES) {
            if (owner.startsWith(p) && (p.endsWith("/") || owner.length() == p.length()
                    || owner.charAt(p.length()) == '$')) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param name a method name
     * @return whether the method only observes its receiver (by name; unknown methods change it)
     */
    static boolean observes(String name) {
        return OBSERVERS.contains(name) || name.startsWith("is") && name.length() > 2
                && Character.isUpperCase(name.charAt(2));
    }
}
