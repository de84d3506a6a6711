package dev.frontrun.internal.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Selects the JDK classes whose class file names {@code nanoTime}, {@code currentTimeMillis} or {@code sleep} in its
 * constant pool: only they can call the clocks {@link ClockInstrumentation} redirects, so only they are worth
 * retransforming (about a fifth of the loaded {@code java.util.concurrent} classes). A method call's name is always
 * in the calling class's constant pool, so no caller is missed; a class that merely mentions the name is transformed
 * for nothing, which is harmless. A class file that cannot be read is selected.
 */
final class ClockCallers extends ElementMatcher.Junction.AbstractBase<TypeDescription> {

    private static final String[] NAMES = {"nanoTime", "currentTimeMillis", "sleep", "currentInstant"};

    /** Each class's answer, read once (the search for missed classes asks again before every exploration). */
    private final java.util.Map<String, Boolean> answers = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public boolean matches(TypeDescription type) {
        return answers.computeIfAbsent(type.getName(), n -> callsClock(type));
    }

    private static boolean callsClock(TypeDescription type) {
        return callsClock(type.getName());
    }

    /**
     * @param className a JDK class's binary name
     * @return whether its class file (read from the system class loader) names a clock; true when unreadable
     */
    static boolean callsClock(String className) {
        byte[] bytes = classFile(className);
        return bytes == null || namesClock(bytes);
    }

    /**
     * @param className a JDK class's binary name
     * @return its class file as the JDK ships it, or null when it cannot be read
     */
    static byte[] classFile(String className) {
        try (InputStream in = ClassLoader.getSystemResourceAsStream(className.replace('.', '/') + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * @param bytes a class file
     * @return whether its constant pool may name a clock
     */
    static boolean namesClock(byte[] bytes) {
        // one byte a character: the JDK's own (intrinsic) search, where a loop of ours ran interpreted at start-up
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        for (String name : NAMES) {
            if (text.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
