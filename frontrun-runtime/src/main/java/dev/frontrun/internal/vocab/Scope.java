package dev.frontrun.internal.vocab;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which code one exploration observes. The application's own classes (loaded from a directory on the class path,
 * such as {@code target/classes} and {@code target/test-classes}, or from a path in the system property
 * {@code frontrun.applicationPaths}) and library jars other than {@link Infrastructure} always; classes matching
 * the include patterns in addition (infrastructure packages a user wants observed);
 * never those matching an exclude pattern. Instrumentation stays in the JVM once done, so every hook asks the scope
 * of the exploration that runs now: what an exploration sees does not depend on the explorations before it.
 */
public final class Scope {

    /** System property: extra class path entries (directories or jars) whose classes are the application's. */
    public static final String APPLICATION_PATHS = dev.frontrun.internal.fork.ScenarioConfiguration.APPLICATION_PATHS;

    private static final Set<String> APPLICATION = ConcurrentHashMap.newKeySet();
    private static volatile Scope current = new Scope(List.of(), List.of());

    private final Includes include;
    private final Includes notExcluded;
    private final List<String> includePatterns;
    private volatile byte[] sites = new byte[256];

    private Scope(List<String> include, List<String> exclude) {
        this.include = Includes.of(include, exclude);
        this.notExcluded = Includes.of(List.of("*"), exclude);
        this.includePatterns = List.copyOf(include);
    }

    /**
     * @param include globs of library classes to observe besides the application's
     * @param exclude globs of classes never to observe
     * @return the scope
     * @throws IllegalArgumentException when an include pattern can only name classes that are never instrumented
     */
    public static Scope of(List<String> include, List<String> exclude) {
        for (String p : include) {
            String prefix = p.contains("*") ? p.substring(0, p.indexOf('*')) : p;
            if (!prefix.isEmpty() && Includes.isNeverInstrumented(prefix + "X")) {
                throw new IllegalArgumentException("frontrun.include pattern '" + p + "' names classes frontrun never"
                        + " instruments (the JDK, frontrun itself, test frameworks). Calls your code makes on JDK"
                        + " objects (collections, StringBuilder, ...) are already scheduling points; remove the"
                        + " pattern, or include the package of your own code that uses those objects.");
            }
        }
        return new Scope(include, exclude);
    }

    /** @param scope the scope of the exploration that runs now */
    public static void activate(Scope scope) {
        current = scope;
    }

    /** @return the scope of the exploration that runs now (the last one, between explorations) */
    public static Scope current() {
        return current;
    }

    /** @return the include patterns (library packages) of this scope */
    public List<String> includePatterns() {
        return includePatterns;
    }

    public Includes includes() {
        return include;
    }

    /**
     * @param className a binary class name; a lambda's hidden class counts as the class that declared it
     * @return whether this exploration observes that class's code
     */
    public boolean covers(String className) {
        String name = hostOf(className);
        return (APPLICATION.contains(name) && notExcluded.matches(name)) || include.matches(name);
    }

    /**
     * @param site a site id from instrumented code
     * @return whether the class the site is in belongs to this scope (cached per site)
     */
    public boolean coversSite(int site) {
        byte[] s = sites;
        if (site < s.length && s[site] != 0) {
            return s[site] == 1;
        }
        boolean in = covers(Sites.get(site).className());
        synchronized (this) {
            s = sites;
            if (site >= s.length) {
                s = java.util.Arrays.copyOf(s, Math.max(site + 1, s.length * 2));
            }
            s[site] = (byte) (in ? 1 : 2);
            sites = s;
        }
        return in;
    }

    public static String hostOf(String className) {
        int cut = className.indexOf("$$Lambda");
        return cut > 0 ? className.substring(0, cut) : className;
    }

    /** Records that a class is the application's (it was instrumented as such). */
    public static void markApplication(String className) {
        APPLICATION.add(className);
    }

    /**
     * @param className a binary class name
     * @param domain the class's protection domain, may be {@code null}
     * @return whether the class is observed as the application's code: loaded from a directory, from a path listed
     *     in {@link #APPLICATION_PATHS}, or from a library jar that is not {@link Infrastructure}; and not a class
     *     frontrun never instruments
     */
    public static boolean isApplication(String className, ProtectionDomain domain) {
        if (className == null || Includes.isNeverInstrumented(className) || domain == null
                || domain.getCodeSource() == null || sameSource(domain.getCodeSource(), OWN)) {
            return false;
        }
        CodeSource source = domain.getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null || !"file".equals(location.getProtocol())) {
            return false;
        }
        Path path;
        try {
            path = Path.of(location.toURI());
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return false;
        }
        // a jar is a library: observed unless it is infrastructure (a driver, a framework, logging, tooling)
        return Files.isDirectory(path) || applicationPaths().contains(path.toAbsolutePath().normalize())
                || !Infrastructure.contains(className);
    }

    /** Where frontrun's own classes come from: never the application, even when that is a directory. */
    private static final CodeSource OWN = Scope.class.getProtectionDomain().getCodeSource();

    private static boolean sameSource(CodeSource a, CodeSource b) {
        return b != null && a.getLocation() != null && a.getLocation().equals(b.getLocation());
    }

    private static volatile List<Path> applicationPaths;

    private static List<Path> applicationPaths() {
        List<Path> p = applicationPaths;
        if (p == null) {
            p = new ArrayList<>();
            String value = System.getProperty(APPLICATION_PATHS);
            if (value != null) {
                for (String entry : value.split(java.io.File.pathSeparator)) {
                    if (!entry.isBlank()) {
                        p.add(Path.of(entry.trim()).toAbsolutePath().normalize());
                    }
                }
            }
            applicationPaths = p;
        }
        return p;
    }
}
