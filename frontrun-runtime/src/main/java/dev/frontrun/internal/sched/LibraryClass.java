package dev.frontrun.internal.sched;

import java.util.Set;

import dev.frontrun.internal.vocab.AdvisedAtomics;

/** What a call on an object of a library class means to the scheduler, decided once per class. */
enum LibraryClass {
    /** Not shared state to the scheduler: immutable values, classes modelled otherwise, non-JDK libraries. */
    IGNORED,
    /** A JDK class that is not thread-safe: unordered calls from two threads are a data race. */
    UNSAFE,
    /** A thread-safe JDK class, or one frontrun knows nothing about: each call is atomic. */
    ATOMIC;

    private static final ClassValue<LibraryClass> CACHE = new ClassValue<>() {
        @Override
        protected LibraryClass computeValue(Class<?> type) {
            return classify(type);
        }
    };

    /** Top-level JDK classes that are not thread-safe (their nested classes, such as iterators and views, too). */
    private static final Set<String> UNSAFE_CLASSES = Set.of("java.util.HashMap", "java.util.LinkedHashMap",
            "java.util.TreeMap", "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet",
            "java.util.ArrayList", "java.util.LinkedList", "java.util.ArrayDeque", "java.util.PriorityQueue",
            "java.util.IdentityHashMap", "java.util.WeakHashMap", "java.util.EnumMap", "java.util.RegularEnumSet",
            "java.util.JumboEnumSet", "java.util.BitSet", "java.util.Arrays", "java.lang.StringBuilder",
            "java.text.SimpleDateFormat", "java.text.DecimalFormat", "java.text.MessageFormat",
            "java.text.ChoiceFormat", "java.util.GregorianCalendar", "java.util.Calendar", "java.util.Formatter",
            "java.util.regex.Matcher", "java.util.Scanner", "java.util.StringJoiner");

    /** JDK classes whose observing methods change them all the same (access order, lazy fields, expunging). */
    private static final Set<String> MUTATE_ON_READ = Set.of("java.util.LinkedHashMap", "java.util.WeakHashMap",
            "java.text.SimpleDateFormat", "java.text.DecimalFormat", "java.text.MessageFormat",
            "java.text.ChoiceFormat", "java.util.GregorianCalendar", "java.util.Calendar", "java.util.regex.Matcher",
            "java.util.Scanner");

    static LibraryClass of(Class<?> type) {
        return CACHE.get(type);
    }

    boolean mutatesOnRead(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (MUTATE_ON_READ.contains(topLevel(c.getName()))) {
                return true;
            }
        }
        return false;
    }

    private static LibraryClass classify(Class<?> type) {
        String name = type.getName();
        boolean jdk = name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.") || name.startsWith("com.sun.");
        if (!jdk && type.getSuperclass() != null && type.getSuperclass() != Object.class && !type.isEnum()
                && !type.isRecord()) {
            return of(type.getSuperclass()); // a class extending a JDK class is, for the calls it inherits, that class
        }
        if (!jdk || type.isEnum() || type.isRecord() || type.isArray() || ignored(name)
                || Thread.class.isAssignableFrom(type)) {
            return IGNORED;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (UNSAFE_CLASSES.contains(topLevel(c.getName())) && !threadSafeView(c.getName())) {
                return UNSAFE;
            }
        }
        return ATOMIC;
    }

    /**
     * @param type the class of an object a JDK call returned
     * @return whether such an object can show another's state: a JDK wrapper (unmodifiable, synchronized, checked),
     *     or a JDK class nested in another (an iterator, a key set, an entry, a sublist) or a stream stage; not a
     *     top-level collection (a copy, or an element that is a collection of its own)
     */
    static boolean isView(Class<?> type) {
        String n = type.getName();
        if (n.startsWith("java.util.Collections$Unmodifiable") || n.startsWith("java.util.Collections$Synchronized")
                || n.startsWith("java.util.Collections$Checked") || n.startsWith("java.util.stream.")) {
            return true;
        }
        return n.indexOf('$') > 0 && of(type) != IGNORED;
    }

    private static boolean threadSafeView(String name) {
        return name.startsWith("java.util.Collections$Synchronized");
    }

    private static boolean ignored(String name) {
        return name.startsWith("java.lang.String") && !name.startsWith("java.lang.StringB")
                || name.startsWith("java.lang.Integer") || name.startsWith("java.lang.Long")
                || name.startsWith("java.lang.Double") || name.startsWith("java.lang.Float")
                || name.startsWith("java.lang.Short") || name.startsWith("java.lang.Byte")
                || name.startsWith("java.lang.Character") || name.startsWith("java.lang.Boolean")
                || name.startsWith("java.lang.Class") || name.startsWith("java.lang.invoke.")
                || name.startsWith("java.lang.reflect.") || name.startsWith("java.time.")
                || name.startsWith("java.math.") || name.equals("java.util.Optional") || name.equals("java.util.UUID")
                || name.startsWith("java.util.ImmutableCollections") || name.startsWith("java.util.Collections$Unmodifiable")
                || name.startsWith("java.util.Collections$Empty") || name.startsWith("java.util.Collections$Singleton")
                || AdvisedAtomics.NAMES.contains(name) || name.equals("java.util.concurrent.locks.LockSupport")
                || name.startsWith("java.util.concurrent.locks.ReentrantLock")
                || name.startsWith("java.util.concurrent.locks.ReentrantReadWriteLock")
                || name.equals("java.util.concurrent.CountDownLatch") || name.equals("java.util.concurrent.Semaphore")
                || name.startsWith("java.sql.") || name.startsWith("javax.sql.");
    }

    private static String topLevel(String name) {
        int dollar = name.indexOf('$');
        return dollar < 0 ? name : name.substring(0, dollar);
    }
}
