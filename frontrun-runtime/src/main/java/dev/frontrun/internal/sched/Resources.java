package dev.frontrun.internal.sched;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gives every resource (an object's field, a static field, an array element, a monitor, a socket endpoint, a SQL
 * row or table) an id that means the same resource in every execution that takes the same path.
 *
 * <p>Resources known by a name alone (static fields, sockets, SQL rows and tables, database row locks) take an id
 * from one JVM-wide table. Resources of an object (keyed by identity) are numbered by the thread that touches them
 * first, in the order that thread first touches them: {@code (thread, n)}. A thread's own sequence of operations is
 * the same whatever the interleaving, so an object only one thread uses keeps its id when DPOR reorders threads;
 * only an object several threads use can change id, when another thread reaches it first.
 */
final class Resources {

    private record Key(Object owner, Object member) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.owner == owner && k.member.equals(member);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(owner) * 31 + member.hashCode();
        }
    }

    /** Named ids start here, far above any count of per-execution objects. */
    private static final int NAMED_BASE = 1 << 30;
    private static final Map<String, Integer> NAMED = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT_NAMED = new AtomicInteger(NAMED_BASE);

    /** Bits of a per-object id below the thread number. */
    private static final int PER_THREAD_BITS = 20;

    private final Identities identities;
    private Map<Object, Integer> initial = new IdentityHashMap<>();
    private FieldNames fields = new FieldNames();
    private final Map<Key, Integer> ids = new HashMap<>();
    private final Map<Integer, Integer> firstTouches = new HashMap<>();
    private final Map<Object, LockState> locks = new IdentityHashMap<>();
    private final Map<Object, Integer> objectNumbers = new IdentityHashMap<>();
    /** A view of a JDK object (an iterator, a key set, a stream, an unmodifiable wrapper) to the object it shows. */
    private final Map<Object, Object> viewed = new IdentityHashMap<>();

    /**
     * Records that {@code view} shows the state of {@code of}: calls on the view are accesses of that state.
     *
     * @param view an object a JDK call returned (an iterator, a key set, a stream, a wrapper)
     * @param of the object it was obtained from
     */
    void view(Object view, Object of) {
        Object root = viewed(of);
        if (view != root) {
            viewed.put(view, root);
            if (!initial.containsKey(root) && initial.containsKey(view)) {
                // the state reaches the object only through the view (a synchronized wrapper's map): the object
                // takes the view's number, so its id does not depend on which thread touches it first
                initial.put(root, initial.get(view));
            }
        }
    }

    /** @return the object whose state {@code o} shows: {@code o} itself unless it is a view */
    Object viewed(Object o) {
        Object of = viewed.get(o);
        return of != null ? of : o;
    }

    /**
     * @param owner the object (or array) whose field (or element) it is
     * @param member the field name or element index
     * @param by the thread touching it
     * @return its id
     */
    int id(Object owner, Object member, ManagedThread by) {
        return ids.computeIfAbsent(new Key(owner, member), k -> {
            Integer n = initial.get(owner);
            return n != null ? identities.initial(n, member) : next(by);
        });
    }

    Resources(Identities identities) {
        this.identities = identities;
    }

    /**
     * @param numbers the numbers of the objects the workers start from ({@link InitialState})
     * @param fields the fields through which they were reached, for their names
     */
    void initialState(Map<Object, Integer> numbers, FieldNames fields) {
        this.initial = new IdentityHashMap<>(numbers);
        this.fields = fields;
    }

    private int next(ManagedThread by) {
        int thread = by == null ? 0 : by.id + 1;
        int n = firstTouches.merge(thread, 1, Integer::sum);
        return (thread << PER_THREAD_BITS) | n;
    }

    /**
     * @param name a resource name that means the same thing in every execution ({@code users(id=1)})
     * @return its id, the same in every execution of this JVM
     */
    static int named(String name) {
        return NAMED.computeIfAbsent(name, k -> NEXT_NAMED.getAndIncrement());
    }

    /** @return the model of a monitor an operation already refers to */
    LockState lock(Object monitor) {
        return lock(monitor, null);
    }

    /**
     * @param monitor the monitor 
     * @param by the thread about to use it
     * @return its model, created on first use
     */
    LockState lock(Object monitor, ManagedThread by) {
        LockState s = locks.get(monitor);
        if (s == null) {
            Integer n = initial.get(monitor);
            // a class's monitor (static synchronized methods, synchronized (X.class)) is one object in every
            // execution: named, so that its id does not depend on which thread takes it first
            int id = monitor instanceof Class<?> c ? named("monitor of " + c.getName())
                    : n != null ? identities.initial(n, "monitor") : next(by);
            s = new LockState(id, describe(monitor));
            locks.put(monitor, s);
        }
        return s;
    }

    /**
     * @param key a database lock of the model (a row lock, a unique key, a commit gate), one object per name
     * @return its model, created on first use, with an id and a display name given by its name
     */
    LockState databaseLock(Object key) {
        LockState s = locks.get(key);
        if (s == null) {
            s = new LockState(named(key.toString()), key.toString());
            locks.put(key, s);
        }
        return s;
    }

    LockState existingLock(Object monitor) {
        return locks.get(monitor);
    }

    /**
     * @param lock a lock of the model (a monitor, or a database lock)
     * @param t the thread about to take it
     * @return whether {@code t} may take it now: nobody else owns it and, for a {@link SharedLock}, no conflicting
     *     mode is held
     */
    boolean freeFor(Object lock, ManagedThread t) {
        return lock(lock).freeFor(t) && !(lock instanceof SharedLock s && s.conflicting() != null
                && blocker(lock) != null);
    }

    /**
     * @param lock a lock of the model
     * @return a thread that keeps it from being taken: the holder of a conflicting mode of a {@link SharedLock}
     *     (the first in the order they were asked for), or the owner of an exclusive lock; else {@code null}
     */
    ManagedThread blocker(Object lock) {
        List<?> conflicting = lock instanceof SharedLock s ? s.conflicting() : null;
        if (conflicting == null) {
            return lock(lock).owner;
        }
        for (Object other : conflicting) {
            LockState l = existingLock(other);
            if (l != null && l.owner != null) {
                return l.owner;
            }
        }
        return null;
    }

    Iterable<Map.Entry<Object, LockState>> allLocks() {
        return locks.entrySet();
    }

    /**
     * @return a short name such as {@code Account#2} or {@code class Counter}, numbered by first appearance, with
     *     the field that holds it when one does ({@code ReentrantLock#1 (Account.lock)})
     */
    String describe(Object o) {
        if (o instanceof Class<?> c) {
            return "class " + c.getSimpleName();
        }
        int n = objectNumbers.computeIfAbsent(o, k -> objectNumbers.size() + 1);
        String simple = o.getClass().getSimpleName();
        if (simple.isEmpty()) {
            simple = o.getClass().getName();
        }
        String field = o.getClass().isArray() ? null : fields.of(o);
        return simple + "#" + n + (field == null ? "" : " (" + field + ")");
    }
}
