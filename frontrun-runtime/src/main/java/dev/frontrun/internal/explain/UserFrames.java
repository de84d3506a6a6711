package dev.frontrun.internal.explain;

/**
 * Finds the user's own line in a stack: the first frame that is neither the JDK's nor frontrun's (its internal
 * packages, its API types and the scenario API), so that advice points at the code to look at.
 */
public final class UserFrames {

    private UserFrames() {
    }

    /**
     * @param stack a stack, innermost first
     * @return the innermost user frame, or null when there is none
     */
    public static StackTraceElement first(StackTraceElement[] stack) {
        for (StackTraceElement e : stack) {
            if (!isFrameworkClass(e.getClassName())) {
                return e;
            }
        }
        return null;
    }

    /**
     * @param stack a stack, innermost first
     * @return {@code Class.method(File.java:line)} of the innermost user frame (else of the innermost frame outside
     *         the JDK and frontrun's internals, else the innermost frame), or {@code "an unknown line"} for an empty
     *         stack
     */
    public static String describe(StackTraceElement[] stack) {
        StackTraceElement e = first(stack);
        for (int i = 0; e == null && i < stack.length; i++) {
            String c = stack[i].getClassName();
            if (!c.startsWith("java.") && !c.startsWith("jdk.") && !c.startsWith("sun.")
                    && !c.startsWith("dev.frontrun.internal.")) {
                e = stack[i];
            }
        }
        if (e == null) {
            return stack.length == 0 ? "an unknown line" : stack[0].toString();
        }
        String cls = e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1);
        return cls + "." + e.getMethodName() + "(" + (e.getFileName() == null ? "unknown source"
                : e.getFileName() + ":" + e.getLineNumber()) + ")";
    }

    /**
     * @param stack where something was thrown, innermost first
     * @return {@code " at Class.method(File.java:line)"} naming the innermost user frame, or {@code ""} when the
     *         stack has none (frontrun's and the JDK's frames are never named: they are not the code to look at)
     */
    public static String at(StackTraceElement[] stack) {
        return first(stack) == null ? "" : " at " + describe(stack);
    }

    /**
     * @param className a class name
     * @return whether it belongs to the JDK or to frontrun rather than to the user's code
     */
    public static boolean isFrameworkClass(String className) {
        if (className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.")
                || className.startsWith("sun.") || className.startsWith("com.sun.")) {
            return true;
        }
        if (className.startsWith("dev.frontrun.internal.") || className.startsWith("dev.frontrun.scenario.")) {
            return true;
        }
        return className.startsWith("dev.frontrun.") && className.indexOf('.', "dev.frontrun.".length()) < 0;
    }
}
