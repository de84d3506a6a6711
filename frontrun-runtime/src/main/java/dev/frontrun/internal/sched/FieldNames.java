package dev.frontrun.internal.sched;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The field through which the application reaches an object of the initial state, for the texts: a lock held in
 * {@code Account.lock} is {@code ReentrantLock#1 (Account.lock)}. An instance field is noted when the walk of
 * {@link InitialState} first reaches the object through it (the shortest path from the state); a static field of a
 * class that walk meets (the state's classes, the classes whose methods the workers are) when it holds the object.
 * Fields of synthetic classes (a lambda's captured variables) are no name a reader would know, and are left out.
 */
final class FieldNames {

    private final Map<Object, String> names = new IdentityHashMap<>();
    private final Set<Class<?>> scanned = new HashSet<>();

    /**
     * @param value the object a field holds
     * @param owner the class declaring the field
     * @param field the field
     */
    void reached(Object value, Class<?> owner, Field field) {
        if (value != null && !owner.isSynthetic() && !owner.isHidden() && !field.isSynthetic()) {
            names.putIfAbsent(value, owner.getSimpleName() + "." + field.getName());
        }
    }

    /** Notes the objects {@code type}'s static reference fields hold (once per class). */
    void statics(Class<?> type) {
        if (type == null || !scanned.add(type) || type.isSynthetic() || type.isHidden()) {
            return;
        }
        for (Field f : type.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                continue;
            }
            try {
                f.setAccessible(true);
                reached(f.get(null), type, f);
            } catch (RuntimeException | IllegalAccessException | LinkageError inaccessible) {
                // a field the module system hides, or a class that cannot initialise: no name for its object
            }
        }
    }

    /**
     * @param o an object
     * @return the field it was reached through ({@code Account.lock}), or {@code null}
     */
    String of(Object o) {
        return names.get(o);
    }
}
