package dev.frontrun.internal.marker;

/**
 * The static entry that instrumented marked lines and {@code Frontrun.marker} call.
 *
 * <p>It costs one volatile read on threads no {@link MarkerCoordinator} manages.
 */
public final class MarkerHook {

    private static final ThreadLocal<MarkerCoordinator.Worker> CURRENT = new ThreadLocal<>();
    private static volatile int managed;

    private MarkerHook() {
    }

    /**
     * Called before a marked line runs.
     *
     * @param name the marker name
     * @param file the source path relative to its root
     * @param line the marked line
     */
    public static void reached(String name, String file, int line) {
        if (managed == 0) {
            return;
        }
        MarkerCoordinator.Worker worker = CURRENT.get();
        if (worker != null) {
            worker.reached(name, file, line);
        }
    }

    /**
     * Called by {@code Frontrun.marker(name)}: the caller's frame gives the location.
     *
     * @param name the marker name
     */
    public static void explicit(String name) {
        if (managed == 0 || CURRENT.get() == null) {
            return;
        }
        StackWalker.StackFrame caller = StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !f.getClassName().equals(MarkerHook.class.getName())
                        && !f.getClassName().equals("dev.frontrun.Frontrun"))
                .findFirst().orElse(null));
        String file = caller == null || caller.getFileName() == null ? "?" : caller.getFileName();
        int line = caller == null ? -1 : caller.getLineNumber();
        reached(name, file, line);
    }

    static synchronized void bind(MarkerCoordinator.Worker worker) {
        CURRENT.set(worker);
        managed++;
    }

    static synchronized void unbind() {
        CURRENT.remove();
        managed--;
    }
}
