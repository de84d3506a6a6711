package dev.frontrun.internal.instrument;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.type.TypeDefinition;
import net.bytebuddy.pool.TypePool;

/**
 * Answers what the instrumenter needs to know about referenced fields (final? volatile? declared where?) by reading
 * class files through a {@link TypePool}, so no class is loaded. Unresolvable fields are treated as plain non-final
 * fields.
 */
final class Members {

    record FieldInfo(String declaringClass, boolean isFinal, boolean isVolatile) {
    }

    private static final Map<String, FieldInfo> FIELDS = new ConcurrentHashMap<>();
    /** Application method (owner.name+descriptor) to the JDK type it is inherited from, "" when it is not. */
    private static final Map<String, String> INHERITED = new ConcurrentHashMap<>();

    private final TypePool pool;

    Members(TypePool pool) {
        this.pool = pool;
    }

    FieldInfo field(String owner, String name) {
        return FIELDS.computeIfAbsent(owner + "." + name, k -> resolveField(owner, name));
    }

    /**
     * @param owner a class or interface outside the JDK that a call names
     * @param name the method name
     * @param descriptor the method descriptor
     * @return the internal name of the JDK class or interface whose method the call runs when neither {@code owner}
     *     nor a class between them declares it ({@code class Cache extends LinkedHashMap}: {@code cache.get(k)} runs
     *     {@code LinkedHashMap.get}), or {@code null}
     */
    String inheritedFromJdk(String owner, String name, String descriptor) {
        String found = INHERITED.computeIfAbsent(owner + "." + name + descriptor, k -> {
            try {
                String jdk = inherited(pool.describe(owner.replace('/', '.')).resolve(), name, descriptor);
                return jdk == null ? "" : jdk;
            } catch (RuntimeException unresolvable) {
                return "";
            }
        });
        return found.isEmpty() ? null : found;
    }

    private static String inherited(TypeDefinition type, String name, String descriptor) {
        String internal = type.asErasure().getInternalName();
        if (internal.startsWith("java/") || internal.startsWith("javax/")) {
            return internal.equals("java/lang/Object") ? null : internal;
        }
        for (var m : type.asErasure().getDeclaredMethods()) {
            if (m.getInternalName().equals(name) && m.getDescriptor().equals(descriptor)) {
                return null; // the application's own method: instrumented like any other
            }
        }
        TypeDefinition superClass = type.getSuperClass();
        if (superClass != null) {
            String viaClass = inherited(superClass, name, descriptor);
            if (viaClass != null) {
                return viaClass;
            }
        }
        for (TypeDefinition i : type.getInterfaces()) {
            String viaInterface = inherited(i, name, descriptor);
            if (viaInterface != null) {
                return viaInterface;
            }
        }
        return null;
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
}
