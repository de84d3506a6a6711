package dev.frontrun.internal.sched;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gives every resource (an object's field, a static field, an array element, a monitor, a socket endpoint, a SQL
 * row or table) an id. Resources of an object are numbered in order of first use, so their ids are stable across
 * executions that take the same path; objects are keyed by identity. Resources known by a name alone (static
 * fields, sockets, SQL rows and tables, database row locks) take an id from one JVM-wide table instead, so their ids
 * are the same in every execution whatever the order in which the threads first touch them.
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

    private final Map<Key, Integer> ids = new HashMap<>();
    private final Map<Object, LockState> locks = new IdentityHashMap<>();
    private final Map<Object, Integer> objectNumbers = new IdentityHashMap<>();

    int id(Object owner, Object member) {
        return ids.computeIfAbsent(new Key(owner, member), k -> ids.size() + locks.size());
    }

    /**
     * @param name a resource name that means the same thing in every execution ({@code users(id=1)})
     * @return its id, the same in every execution of this JVM
     */
    static int named(String name) {
        return NAMED.computeIfAbsent(name, k -> NEXT_NAMED.getAndIncrement());
    }

    LockState lock(Object monitor) {
        LockState s = locks.get(monitor);
        if (s == null) {
            int id = monitor instanceof RowLocks.Key k ? named(k.toString()) : ids.size() + locks.size();
            s = new LockState(id, describe(monitor));
            locks.put(monitor, s);
        }
        return s;
    }

    LockState existingLock(Object monitor) {
        return locks.get(monitor);
    }

    Iterable<Map.Entry<Object, LockState>> allLocks() {
        return locks.entrySet();
    }

    /** @return a short name such as {@code Account#2} or {@code class Counter}, numbered by first appearance */
    String describe(Object o) {
        if (o instanceof RowLocks.Key k) {
            return k.toString();
        }
        if (o instanceof Class<?> c) {
            return "class " + c.getSimpleName();
        }
        int n = objectNumbers.computeIfAbsent(o, k -> objectNumbers.size() + 1);
        String simple = o.getClass().getSimpleName();
        if (simple.isEmpty()) {
            simple = o.getClass().getName();
        }
        return simple + "#" + n;
    }
}
