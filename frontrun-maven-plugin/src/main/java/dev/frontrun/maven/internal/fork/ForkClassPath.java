package dev.frontrun.maven.internal.fork;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;

/** Finds the class path entry (jar or classes directory) a class was loaded from. */
public final class ForkClassPath {

    private ForkClassPath() {
    }

    /**
     * Returns where a class comes from, e.g. the plugin jar for the fork's main class.
     *
     * @param type a class loaded from a jar or a directory
     * @return that jar or directory
     * @throws IllegalStateException for JDK classes and classes without a code source
     */
    public static Path locationOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException(type.getName() + " has no code source (a JDK class?)");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unusable code source of " + type.getName() + ": " + source.getLocation(), e);
        }
    }
}
