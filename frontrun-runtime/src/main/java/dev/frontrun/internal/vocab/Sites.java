package dev.frontrun.internal.vocab;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;


/**
 * The process-wide table of sites. Instrumented code passes a site id as an {@code int} constant; everything that
 * needs the location looks it up here. Sites found at run time (stack walks from JDK hooks) are interned.
 */
public final class Sites {

    private static final Map<Site, Integer> INTERNED = new HashMap<>();
    private static volatile Site[] table = new Site[1024];
    private static int size;
    /** Sites of reference reads the code compares with {@code null} right away. */
    private static final Set<Integer> NULL_TESTS = ConcurrentHashMap.newKeySet();

    private Sites() {
    }

    /**
     * Registers a site.
     *
     * @param site the site
     * @return its id
     */
    public static synchronized int register(Site site) {
        Integer known = INTERNED.get(site);
        if (known != null) {
            return known;
        }
        int id = size;
        Site[] t = table;
        if (id == t.length) {
            t = java.util.Arrays.copyOf(t, t.length * 2);
        }
        t[id] = site;
        table = t;
        size = id + 1;
        INTERNED.put(site, id);
        return id;
    }

    /** @param id the site of a reference read that the next instruction compares with {@code null} */
    public static void markNullTest(int id) {
        NULL_TESTS.add(id);
    }

    /**
     * @param id a site id, or -1
     * @return whether the read there is compared with {@code null} right away ({@code if (instance == null)})
     */
    public static boolean isNullTest(int id) {
        return NULL_TESTS.contains(id);
    }

    /**
     * @param id a site id
     * @return the site
     */
    public static Site get(int id) {
        return table[id];
    }

    /**
     * Finds the innermost caller frame in an instrumented class (else the innermost non-JDK frame) (not JDK, not frontrun) and registers it.
     *
     * @param kind the operation performed there
     * @return the site id, or -1 when no application frame is on the stack
     */
    public static int caller(OpKind kind) {
        StackWalker.StackFrame frame = StackWalker.getInstance().walk(s -> {
            StackWalker.StackFrame firstApplication = null;
            for (StackWalker.StackFrame f : (Iterable<StackWalker.StackFrame>) s::iterator) {
                String n = f.getClassName();
                if (isApplication(n)) {
                    if (Scope.current().covers(n)) {
                        return f;
                    }
                    if (firstApplication == null) {
                        firstApplication = f;
                    }
                }
            }
            return firstApplication;
        });
        if (frame == null) {
            return -1;
        }
        return register(new Site(frame.getClassName(), frame.getMethodName(), frame.getFileName(),
                frame.getLineNumber(), kind, null));
    }

    private static boolean isApplication(String name) {
        return !(name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.") || name.startsWith("com.sun.") || name.startsWith("dev.frontrun.internal.")
                || name.startsWith("org.junit.") || Includes.isFrontrunApi(name));
    }
}
