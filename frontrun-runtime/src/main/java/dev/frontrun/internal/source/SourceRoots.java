package dev.frontrun.internal.source;

import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the runtime reads application sources (trace markers, source lines in explanations): the paths in the system
 * property {@value #PROPERTY} (separated by {@link File#pathSeparator}; the Maven plugin sets it to the project's
 * compile and test source roots), else {@code src/main/java} and {@code src/test/java} under the working directory,
 * which is the module directory under Maven Surefire and exec.
 */
public final class SourceRoots {

    /** System property naming the source roots. */
    public static final String PROPERTY = "frontrun.sourceRoots";

    private SourceRoots() {
    }

    /** @return the configured roots, or the Maven default layout */
    public static List<Path> configured() {
        String property = System.getProperty(PROPERTY);
        List<Path> roots = new ArrayList<>();
        if (property != null && !property.isBlank()) {
            int start = 0;
            while (start <= property.length()) {
                int end = property.indexOf(File.pathSeparatorChar, start);
                String part = property.substring(start, end < 0 ? property.length() : end);
                if (!part.isBlank()) {
                    roots.add(Paths.get(part.strip()));
                }
                start = end < 0 ? property.length() + 1 : end + 1;
            }
            return roots;
        }
        Path base = Paths.get(System.getProperty("user.dir"));
        roots.add(base.resolve("src/main/java"));
        roots.add(base.resolve("src/test/java"));
        return roots;
    }
}
