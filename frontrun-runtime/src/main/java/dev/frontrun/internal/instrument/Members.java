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

    private final TypePool pool;

    Members(TypePool pool) {
        this.pool = pool;
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
}
