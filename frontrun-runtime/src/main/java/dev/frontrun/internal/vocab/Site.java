package dev.frontrun.internal.vocab;


/**
 * One instrumented instruction: where it is and what it does.
 *
 * @param className the binary class name ({@code com.acme.Counter})
 * @param method the method name
 * @param file the source file name from the class file, or {@code null}
 * @param line the source line, or -1
 * @param kind the operation performed there
 * @param member the member it touches for field accesses ({@code Counter.count}), else {@code null}
 * @param staticField for an access of a static field, the field in full ({@code com/acme/Counter.total}): the one
 *     resource it is whichever class's code accesses it; else {@code null}
 */
public record Site(String className, String method, String file, int line, OpKind kind, String member,
        String staticField) {

    /** A site that is not an access of a static field. */
    public Site(String className, String method, String file, int line, OpKind kind, String member) {
        this(className, method, file, line, kind, member, null);
    }

    /** @return {@code Counter.java:42}, or the class and method when the line is unknown */
    public String location() {
        String f = file != null ? file : simpleName(className) + ".java";
        return line > 0 ? f + ":" + line : f + " (" + method + ")";
    }

    /** @return the path of the source file relative to a source root, e.g. {@code com/acme/Counter.java} */
    public String sourcePath() {
        int dot = className.lastIndexOf('.');
        String pkg = dot < 0 ? "" : className.substring(0, dot).replace('.', '/') + "/";
        String f = file != null ? file : simpleName(className).replaceAll("\\$.*", "") + ".java";
        return pkg + f;
    }

    static String simpleName(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? className : className.substring(dot + 1);
    }
}
