package dev.frontrun.internal.sched;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Gives every resource (an object's field, a static field, an array element, a monitor, a socket endpoint) an id
 * in order of first use, so ids are stable across executions that take the same path. Objects are keyed by
 * identity.
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

    private final Map<Key, Integer> ids = new HashMap<>();
    private final Map<Object, LockState> locks = new IdentityHashMap<>();
    private final Map<Object, Integer> objectNumbers = new IdentityHashMap<>();

    int id(Object owner, Object member) {
        return ids.computeIfAbsent(new Key(owner, member), k -> ids.size() + locks.size());
    }

    LockState lock(Object monitor) {
        LockState s = locks.get(monitor);
        if (s == null) {
            s = new LockState(ids.size() + locks.size(), describe(monitor));
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
