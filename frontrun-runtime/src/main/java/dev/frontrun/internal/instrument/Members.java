package dev.frontrun.internal.instrument;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDefinition;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.pool.TypePool;

/**
 * Answers what the instrumenter needs to know about referenced members (is a field final or volatile, is a
 * method synchronized and which class is its monitor) by reading class files through a {@link TypePool}, so no
 * class is loaded. Unresolvable members are treated as plain non-final fields and unsynchronized methods.
 */
final class Members {

    record FieldInfo(String declaringClass, boolean isFinal, boolean isVolatile) {
    }

    private static final Map<String, FieldInfo> FIELDS = new ConcurrentHashMap<>();
    private static final Map<String, String> SYNC = new ConcurrentHashMap<>();
    private static final String NONE = "";

    private final TypePool pool;
    private final Includes includes;

    Members(TypePool pool, Includes includes) {
        this.pool = pool;
        this.includes = includes;
    }

    boolean instrumented(String internalName) {
        return includes.matches(internalName.replace('/', '.'));
    }

    FieldInfo field(String owner, String name) {
        return FIELDS.computeIfAbsent(owner + "." + name, k -> resolveField(owner, name));
    }

    private FieldInfo resolveField(String owner, String name) {
        try {
            TypeDefinition type = pool.describe(owner.replace('/', '.')).resolve();
            while (type != null) {
                for (FieldDescription.InDefinedShape f : type.asErasure().getDeclaredFields()) {
                    if (f.getName().equals(name)) {
                        return new FieldInfo(type.asErasure().getInternalName(), f.isFinal(), f.isVolatile());
                    }
                }
                type = type.getSuperClass();
            }
        } catch (RuntimeException unresolvable) {
            // fall through
        }
        return new FieldInfo(owner, false, false);
    }

    /** @return the internal name of the class whose monitor the method takes, or {@code null} if not synchronized */
    String synchronizedMethod(String owner, String name, String descriptor, boolean isStatic) {
        String r = SYNC.computeIfAbsent(owner + "." + name + descriptor, k -> resolveSync(owner, name, descriptor));
        return r.isEmpty() ? null : r;
    }

    private String resolveSync(String owner, String name, String descriptor) {
        try {
            TypeDefinition type = pool.describe(owner.replace('/', '.')).resolve();
            while (type != null) {
                TypeDescription erasure = type.asErasure();
                for (MethodDescription.InDefinedShape m : erasure.getDeclaredMethods()) {
                    if (m.getInternalName().equals(name) && m.getDescriptor().equals(descriptor)) {
                        return m.isSynchronized() && instrumented(erasure.getInternalName())
                                ? erasure.getInternalName() : NONE;
                    }
                }
                type = type.getSuperClass();
            }
        } catch (RuntimeException unresolvable) {
            // fall through
        }
        return NONE;
    }
}
