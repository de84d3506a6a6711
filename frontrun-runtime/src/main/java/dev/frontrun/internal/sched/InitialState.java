package dev.frontrun.internal.sched;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.frontrun.internal.vocab.Scope;

/**
 * Numbers the objects the workers start from: everything reachable from the execution's state and the worker bodies
 * (the variables they capture) through the application's fields, arrays and the JDK's collections, in
 * breadth-first order. The same setup builds the same
 * graph in every execution, so these numbers name the same objects whatever order the threads later touch them
 * in, which keeps resource ids (and so DPOR's replays) independent of the interleaving.
 */
final class InitialState {

    /** Beyond this many objects the rest are numbered as the threads first touch them. */
    private static final int LIMIT = 100_000;

    private InitialState() {
    }

    /**
     * @param root the execution's state
     * @param more further roots: the worker bodies, whose captured variables the workers share too
     * @param scope the exploration's scope: whose fields are followed
     * @return each reachable object's number
     */
    static Map<Object, Integer> number(Object root, List<?> more, Scope scope) {
        return number(root, more, scope, new FieldNames());
    }

    /**
     * @param root the execution's state
     * @param more further roots: the worker bodies, whose captured variables the workers share too
     * @param scope the exploration's scope: whose fields are followed
     * @param names where to note the field through which each object was first reached
     * @return each reachable object's number
     */
    static Map<Object, Integer> number(Object root, List<?> more, Scope scope, FieldNames names) {
        Map<Object, Integer> numbers = new IdentityHashMap<>();
        Deque<Object> queue = new ArrayDeque<>();
        visit(root, numbers, queue);
        for (Object o : more) {
            visit(o, numbers, queue);
            if (o != null) {
                names.statics(o.getClass().getNestHost());
            }
        }
        while (!queue.isEmpty() && numbers.size() < LIMIT) {
            Object o = queue.poll();
            Class<?> type = o.getClass();
            if (type.isArray()) {
                if (!type.getComponentType().isPrimitive()) {
                    for (int i = 0, n = Array.getLength(o); i < n; i++) {
                        visit(Array.get(o, i), numbers, queue);
                    }
                }
            } else if (o instanceof Collection<?> c && isJdk(type)) {
                for (Object e : c.toArray()) {
                    visit(e, numbers, queue);
                }
            } else if (o instanceof Map<?, ?> m && isJdk(type)) {
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    visit(e.getKey(), numbers, queue);
                    visit(e.getValue(), numbers, queue);
                }
            } else if (scope.covers(type.getName())) {
                fields(o, type, numbers, queue, names);
            }
        }
        return numbers;
    }

    private static void fields(Object o, Class<?> type, Map<Object, Integer> numbers, Deque<Object> queue,
            FieldNames names) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            names.statics(c);
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    Object value = f.get(o);
                    names.reached(value, c, f);
                    visit(value, numbers, queue);
                } catch (RuntimeException | IllegalAccessException inaccessible) {
                    // a field the module system hides: its object is numbered when a thread first touches it
                }
            }
        }
    }

    private static void visit(Object o, Map<Object, Integer> numbers, Deque<Object> queue) {
        if (o != null && !numbers.containsKey(o) && numbers.size() < LIMIT) {
            numbers.put(o, numbers.size());
            queue.add(o);
        }
    }

    private static boolean isJdk(Class<?> type) {
        String n = type.getName();
        return n.startsWith("java.util.");
    }
}
