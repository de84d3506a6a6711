package dev.frontrun.internal.jdbc;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small synchronized map with weakly held keys compared by identity, so that driver objects (which may override
 * {@code equals}) are neither confused nor kept alive.
 *
 * @param <K> key type
 * @param <V> value type
 */
final class WeakIdentityMap<K, V> {

    private final Map<Key, V> map = new HashMap<>();
    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();

    synchronized V get(K key) {
        expunge();
        return map.get(new Key(key, null));
    }

    synchronized V computeIfAbsent(K key, Function<K, V> create) {
        expunge();
        V v = map.get(new Key(key, null));
        if (v == null) {
            v = create.apply(key);
            map.put(new Key(key, queue), v);
        }
        return v;
    }

    synchronized void put(K key, V value) {
        expunge();
        map.put(new Key(key, queue), value);
    }

    synchronized int size() {
        expunge();
        return map.size();
    }

    private void expunge() {
        Object ref;
        while ((ref = queue.poll()) != null) {
            map.remove(ref);
        }
    }

    private static final class Key extends WeakReference<Object> {
        private final int hash;

        Key(Object referent, ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            Object mine = get();
            return o instanceof Key k && mine != null && mine == k.get();
        }
    }
}
