package dev.frontrun.internal.sched;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;

import dev.frontrun.internal.agent.Agents;

/**
 * The hidden state of {@code java.util.concurrent} objects, grouped into domains for DPOR's dependency relation.
 *
 * <p>JDK code between two scheduling points reads and writes state no point shows: a lock's wait queue, a pool's
 * work queue and worker set, a future's waiters. Such a step must depend on every step that may touch the same
 * hidden state. For the classes listed here the hidden state of a step is known to stay inside one object and the
 * synchronizers it owns (a pool with its work queue, main lock, conditions and workers; a queue with its locks; a
 * lock with its synchronizer; a future alone): their steps get that group as their <em>domain</em>, and steps of
 * different domains are independent. Any other {@code java.util.concurrent} object, or an object met too late to be
 * grouped soundly, has no known domain ({@link #UNKNOWN}): its steps depend on every other such step, as before.
 *
 * <p>Owned synchronizers are found by reading the object's fields once, when the execution first meets it. A
 * domain is named after the object first met in it: by its {@link CreationNumbers creation} when a managed thread
 * created it, else like a resource (initial state, or first touch).
 */
final class JdkDomains {

    /** The operation continues in application code: no hidden state. */
    static final long NONE = -2;
    /** The operation touches hidden state of an unknown extent. */
    static final long UNKNOWN = -1;

    /**
     * JDK classes whose methods touch only their own state and that of the synchronizers they own. A JDK subclass
     * not listed may touch more and has no domain. A scheduled pool's task touches its pool too (a periodic one
     * queues itself again, a cancelled one leaves the queue), and owns it through its outer instance; a completion
     * service's future touches its completion queue, which it owns.
     */
    private static final Set<String> MODELLED = Set.of("java.util.concurrent.ThreadPoolExecutor",
            "java.util.concurrent.ThreadPoolExecutor$Worker", "java.util.concurrent.ScheduledThreadPoolExecutor",
            "java.util.concurrent.ScheduledThreadPoolExecutor$DelayedWorkQueue",
            "java.util.concurrent.Executors$DelegatedExecutorService",
            "java.util.concurrent.Executors$FinalizableDelegatedExecutorService",
            "java.util.concurrent.Executors$AutoShutdownDelegatedExecutorService",
            "java.util.concurrent.Executors$DelegatedScheduledExecutorService",
            "java.util.concurrent.FutureTask", "java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask",
            "java.util.concurrent.ExecutorCompletionService$QueueingFuture", "java.util.concurrent.LinkedBlockingQueue",
            "java.util.concurrent.ArrayBlockingQueue", "java.util.concurrent.LinkedBlockingDeque",
            "java.util.concurrent.PriorityBlockingQueue", "java.util.concurrent.ConcurrentHashMap",
            "java.util.concurrent.ConcurrentLinkedQueue", "java.util.concurrent.ConcurrentLinkedDeque",
            "java.util.concurrent.CopyOnWriteArrayList", "java.util.concurrent.CopyOnWriteArraySet",
            "java.util.concurrent.ConcurrentSkipListMap", "java.util.concurrent.ConcurrentSkipListSet",
            "java.util.concurrent.CountDownLatch", "java.util.concurrent.CountDownLatch$Sync",
            "java.util.concurrent.Semaphore", "java.util.concurrent.Semaphore$Sync",
            "java.util.concurrent.Semaphore$NonfairSync", "java.util.concurrent.Semaphore$FairSync",
            "java.util.concurrent.CyclicBarrier", "java.util.concurrent.locks.ReentrantLock",
            "java.util.concurrent.locks.ReentrantLock$Sync", "java.util.concurrent.locks.ReentrantLock$NonfairSync",
            "java.util.concurrent.locks.ReentrantLock$FairSync", "java.util.concurrent.locks.ReentrantReadWriteLock",
            "java.util.concurrent.locks.ReentrantReadWriteLock$Sync",
            "java.util.concurrent.locks.ReentrantReadWriteLock$NonfairSync",
            "java.util.concurrent.locks.ReentrantReadWriteLock$FairSync",
            "java.util.concurrent.locks.ReentrantReadWriteLock$ReadLock",
            "java.util.concurrent.locks.ReentrantReadWriteLock$WriteLock",
            "java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject");

    private static final ClassValue<Boolean> KNOWN = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return modelled(type);
        }
    };

    private static final ClassValue<List<Field>> OWNED_FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            return ownedFields(type);
        }
    };

    private static volatile Boolean opened;

    private final Map<Object, Object> parent = new IdentityHashMap<>();
    private final Map<Object, Long> ids = new IdentityHashMap<>();
    final CreationNumbers creations = new CreationNumbers();
    private final Set<Object> unknown = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * @param object a {@code java.util.concurrent} object an operation touches (a receiver, a park's blocker)
     * @param resources the execution's resources, which number the domain
     * @param by the thread performing the operation
     * @return the id of the object's domain (stable like any resource id), or {@link #UNKNOWN}
     */
    long of(Object object, Resources resources, ManagedThread by) {
        if (object == null || !KNOWN.get(object.getClass()) || !accessible()) {
            return UNKNOWN;
        }
        if (!parent.containsKey(object)) {
            register(object);
        }
        Object root = find(object);
        if (unknown.contains(root)) {
            return UNKNOWN;
        }
        return ids.computeIfAbsent(root, r -> {
            Long created = creations.of(r);
            return created != null ? created : (long) resources.id(r, "jdk-domain", by);
        });
    }

    /** Groups a newly met object with the synchronizers it owns, and those with theirs. */
    private void register(Object first) {
        Deque<Object> todo = new ArrayDeque<>();
        parent.put(first, first);
        todo.add(first);
        while (!todo.isEmpty()) {
            Object o = todo.poll();
            List<Field> fields = OWNED_FIELDS.get(o.getClass());
            if (fields == null) {
                markUnknown(o);
                continue;
            }
            for (Field f : fields) {
                Object v;
                try {
                    v = f.get(o);
                } catch (IllegalAccessException | RuntimeException e) {
                    markUnknown(o);
                    continue;
                }
                if (v == null || v instanceof Future<?> || !KNOWN.get(v.getClass())) {
                    continue; // a future (a pool worker's first task) is a domain of its own, touched by its own steps
                }
                if (!parent.containsKey(v)) {
                    parent.put(v, v);
                    todo.add(v);
                }
                union(o, v);
            }
        }
    }

    private void union(Object a, Object b) {
        Object ra = find(a);
        Object rb = find(b);
        if (ra == rb) {
            return;
        }
        if (creations.of(ra) == null && creations.of(rb) != null) {
            Object t = ra; // the group is named after an object a managed thread created, when it has one
            ra = rb;
            rb = t;
        }
        parent.put(rb, ra);
        Long ia = ids.get(ra);
        Long ib = ids.remove(rb);
        if (unknown.remove(rb) || ia != null && ib != null) {
            // both groups were used apart already: the steps recorded under either id cannot be related to the new
            // group's, so its steps from now on depend on every java.util.concurrent step
            unknown.add(ra);
        } else if (ib != null) {
            ids.put(ra, ib);
        }
    }

    private void markUnknown(Object o) {
        unknown.add(find(o));
    }

    private Object find(Object o) {
        Object p = parent.get(o);
        while (p != o) {
            Object next = parent.get(p);
            parent.put(o, next);
            o = p;
            p = next;
        }
        return o;
    }

    /** @return whether the type's hidden state is known: a listed JDK class, or an application subclass of one */
    private static boolean modelled(Class<?> type) {
        Class<?> c = type;
        while (c != null && !isJdk(c.getName())) {
            c = c.getSuperclass();
        }
        return c != null && MODELLED.contains(c.getName());
    }

    private static boolean isJdk(String name) {
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.");
    }

    /**
     * @return the instance fields of reference type declared by the type's java.util.concurrent classes, or
     *     {@code null} when they cannot be read
     */
    private static List<Field> ownedFields(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (!c.getName().startsWith("java.util.concurrent.")) {
                continue;
            }
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
                    try {
                        f.setAccessible(true);
                        out.add(f);
                    } catch (RuntimeException e) {
                        return null; // not opened: objects of this type have no known domain
                    }
                }
            }
        }
        return out;
    }

    /** Opens java.util.concurrent to frontrun, once, so that owned synchronizers can be read. */
    static boolean accessible() {
        Boolean o = opened;
        if (o == null) {
            synchronized (JdkDomains.class) {
                o = opened;
                if (o == null) {
                    o = open();
                    opened = o;
                }
            }
        }
        return o;
    }

    private static boolean open() {
        try {
            Module base = Object.class.getModule();
            Module me = JdkDomains.class.getModule();
            Set<Module> to = Set.of(me);
            Agents.instrumentation().redefineModule(base, Set.of(), Map.of(),
                    Map.of("java.util.concurrent", to, "java.util.concurrent.locks", to), Set.of(), Map.of());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
